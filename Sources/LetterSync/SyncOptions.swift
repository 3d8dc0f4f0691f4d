import Foundation
import LetterIndex

/// How a sync runs.
public struct SyncOptions: Sendable {
    /// The SyncFeed's base address.
    public static let defaultBase = "https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0"

    /// The SyncFeed's base address (`{base}/Feed?category=…`, `{base}/Resources/{GUID}`).
    public var base = SyncOptions.defaultBase
    /// The corpus folder the index follows; synced files live in its `tk/` folder.
    public var corpus: URL
    /// The kinds fetched; other documents are passed over.
    public var kinds: Set<SyncKind> = Set(SyncKind.allCases)
    /// Documents dated before this day (`yyyy-mm-dd`) are passed over.
    public var since: String?
    /// Requests per second, at most.
    public var requestsPerSecond = 4.0
    /// Tries per request (network errors, timeouts, 429, 5xx, a short file) before giving up.
    public var attempts = 5
    /// The wait before the second try; it doubles each try, up to ``maximumRetryDelay``.
    public var retryDelay: Duration = .seconds(2)
    /// The longest wait between tries, also for a `Retry-After` the service asks for.
    public var maximumRetryDelay: Duration = .seconds(120)
    /// How long one request may take.
    public var timeout: Duration = .seconds(60)
    /// Files larger than this are refused.
    public var maximumFileBytes = 50_000_000
    /// Feed pages larger than this are refused.
    public var maximumPageBytes = 50_000_000
    /// New files indexed after this many are fetched, so a long first sync shows letters early.
    public var ingestEvery = 500
    /// `User-Agent` of every request.
    public var userAgent = "Kamerzoek/2.0 (sync; Dutch government letters search)"
    /// The readers the ingest uses.
    public var readers = LetterReaders()

    /// Options for following the feed into `corpus`.
    public init(corpus: URL) {
        self.corpus = corpus
    }

    /// Whether `value` is a day as `yyyy-mm-dd` (digits and dashes; the calendar is not checked).
    public static func isDay(_ value: some StringProtocol) -> Bool {
        let bytes = Array(value.utf8)
        return bytes.count == 10 && bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-")
            && bytes.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0.element) }
    }

    /// The folder synced files are written to.
    public var folder: URL { corpus.appendingPathComponent("tk", isDirectory: true) }
}
