import Foundation
import LetterIndex

/// What one sync did.
public struct SyncSummary: Sendable, Codable {
    /// Feed pages read.
    public var pages = 0
    /// Feed entries read (documents, dossiers, deletions).
    public var entries = 0
    /// Documents fetched for the first time.
    public var added = 0
    /// Documents fetched again because the feed changed them (or only their metadata changed).
    public var updated = 0
    /// Documents the feed deleted, removed from the folder and the index.
    public var removed = 0
    /// Documents already synced and unchanged.
    public var unchanged = 0
    /// Documents of other kinds, or older than `--since`.
    public var passedOver = 0
    /// Files downloaded, and their bytes.
    public var filesFetched = 0
    public var bytesFetched = 0
    /// Documents not synced, with the reason; those that may work later are tried again next run.
    public var skipped: [SyncSkip] = []
    /// Documents waiting to be tried again.
    public var pending = 0
    /// Feed entries that could not be read.
    public var problems: [String] = []
    /// What the ingest of the folder did.
    public var ingest: IngestSummary?
    /// Why the run stopped before the end of the feed, if it did.
    public var stopped: String?
    public var seconds = 0.0

    public init() {}

    enum CodingKeys: String, CodingKey {
        case pages, entries, added, updated, removed, unchanged, skipped, pending, problems, ingest, stopped, seconds
        case passedOver = "passed_over"
        case filesFetched = "files_fetched"
        case bytesFetched = "bytes_fetched"
    }

    /// The one-line summary the CLI prints.
    public var line: String {
        "synced \(pages) pages, \(entries) entries: added \(added), updated \(updated), removed \(removed), "
            + "unchanged \(unchanged), passed over \(passedOver), skipped \(skipped.count)"
            + (pending > 0 ? " (\(pending) to try again)" : "")
            + "; fetched \(filesFetched) files, \(bytesFetched / 1000) kB — \(String(format: "%.1f", seconds)) s"
    }
}

/// A document not synced.
public struct SyncSkip: Sendable, Codable, Hashable {
    /// The feed GUID and document number.
    public var id: String
    public var number: String
    public var reason: String
    /// Whether the next sync tries it again.
    public var retried: Bool
}

/// Where a sync stands, for a progress line.
public struct SyncProgress: Sendable {
    public var category: String
    public var pages: Int
    public var entries: Int
    public var filesFetched: Int
}
