import AsyncHTTPClient
import Foundation
import Logging
import Synchronization
import NIOCore
import NIOHTTP1
import NIOPosix

/// A failed request, after its retries: the address, what went wrong, and whether trying again
/// later may help.
public struct FeedFetchError: Error, CustomStringConvertible, Sendable {
    public var url: String
    public var reason: String
    /// A network error, a timeout, 429, 5xx or a short file (not 404 or another 4xx).
    public var transient: Bool
    /// Whether the service was never reached (no route, refused, no name): no point in retrying.
    public var unreachable = false

    public var description: String { "\(url): \(reason)" }
}

/// What one GET returned.
struct FetchedBody: Sendable {
    var bytes: Data
    var contentType: String?
}

/// GETs for the feed and its files: a `User-Agent` naming Kamerzoek, at most
/// ``SyncOptions/requestsPerSecond`` requests, a time limit on each, and retries with doubling
/// waits after network errors, timeouts, 429 and 5xx (a `Retry-After` is honoured, up to a cap).
///
/// The first request of a run is not retried when the service cannot be reached at all, so a
/// machine without network hears so at once.
final class FeedClient: Sendable {
    private let client: HTTPClient
    private let options: SyncOptions
    private let pacer: RequestPacer
    private let reached = ReachedFlag()

    init(options: SyncOptions) {
        self.options = options
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .follow(max: 5, allowCycles: false),
            timeout: .init(connect: .seconds(10), read: TimeAmount(options.timeout)))
        configuration.httpVersion = .http1Only
        client = HTTPClient(
            eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration,
            backgroundActivityLogger: Logger(label: "kamerzoek.sync", factory: { _ in SwiftLogNoOpLogHandler() }))
        pacer = RequestPacer(interval: options.requestsPerSecond > 0 ? .seconds(1 / options.requestsPerSecond) : .zero)
    }

    /// Closes the connections; call once, at the end.
    func shutdown() async {
        try? await client.shutdown()
    }

    /// The body at `url`, at most `maximumBytes`, retried as the options say; `check` may refuse
    /// a body (a short file) as transient, which is retried too.
    func get(
        _ url: String, maximumBytes: Int, check: @Sendable (FetchedBody) -> String? = { _ in nil }
    ) async throws(FeedFetchError) -> FetchedBody {
        var delay = options.retryDelay
        var attempt = 1
        while true {
            let outcome = await once(url, maximumBytes: maximumBytes)
            var failure: FeedFetchError
            var wait = delay
            switch outcome {
            case .success(let body):
                reached.set()
                guard let problem = check(body) else { return body }
                failure = FeedFetchError(url: url, reason: problem, transient: true)
            case .failure(let error):
                failure = error.error
                if let retryAfter = error.retryAfter { wait = retryAfter }
                if failure.unreachable, !reached.value {
                    throw failure
                }
                if !failure.unreachable { reached.set() }
            }
            guard failure.transient, attempt < options.attempts else {
                if attempt > 1 { failure.reason += " (after \(attempt) tries)" }
                throw failure
            }
            try? await Task.sleep(for: min(wait, options.maximumRetryDelay))
            delay = min(delay * 2, options.maximumRetryDelay)
            attempt += 1
        }
    }

    private struct AttemptFailure: Error {
        var error: FeedFetchError
        var retryAfter: Duration?
    }

    private func once(_ url: String, maximumBytes: Int) async -> Result<FetchedBody, AttemptFailure> {
        await pacer.wait()
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "User-Agent", value: options.userAgent)
        request.headers.add(name: "Accept", value: "*/*")
        do {
            let response = try await client.execute(request, timeout: TimeAmount(options.timeout))
            let status = response.status.code
            if status == 429 || status >= 500 {
                let retryAfter = response.headers.first(name: "Retry-After").flatMap(Self.retryAfter)
                return .failure(AttemptFailure(
                    error: FeedFetchError(url: url, reason: "HTTP \(status)", transient: true), retryAfter: retryAfter))
            }
            guard status == 200 else {
                return .failure(AttemptFailure(
                    error: FeedFetchError(url: url, reason: "HTTP \(status)", transient: false), retryAfter: nil))
            }
            let contentType = response.headers.first(name: "Content-Type")
            let buffer = try await withDeadline(options.timeout) {
                try await response.body.collect(upTo: maximumBytes)
            }
            return .success(FetchedBody(bytes: Data(buffer.readableBytesView), contentType: contentType))
        } catch is NIOTooManyBytesError {
            return .failure(AttemptFailure(
                error: FeedFetchError(url: url, reason: "larger than \(maximumBytes) bytes", transient: false), retryAfter: nil))
        } catch {
            return .failure(AttemptFailure(error: Self.describe(error, url: url), retryAfter: nil))
        }
    }

    /// A transport error in words, and whether the service was reached at all.
    static func describe(_ error: any Error, url: String) -> FeedFetchError {
        if error is DeadlineExceeded {
            return FeedFetchError(url: url, reason: "timed out", transient: true)
        }
        if let client = error as? HTTPClientError {
            if client == .connectTimeout {
                return FeedFetchError(url: url, reason: "no connection within 10 s", transient: true, unreachable: true)
            }
            if client == .deadlineExceeded || client == .readTimeout || client == .writeTimeout {
                return FeedFetchError(url: url, reason: "timed out", transient: true)
            }
            if client == .remoteConnectionClosed {
                return FeedFetchError(url: url, reason: "the connection closed before the whole response", transient: true)
            }
            if client == .invalidURL || client == .emptyHost || client == .emptyScheme {
                return FeedFetchError(url: url, reason: "not a usable address (\(client))", transient: false, unreachable: true)
            }
        }
        let text = "\(error)"
        let unreachable = error is NIOConnectionError || text.contains("connectionRefused") || text.contains("Connection refused")
            || text.contains("NXDOMAIN") || text.contains("resolve") || text.contains("Network is unreachable")
        return FeedFetchError(url: url, reason: unreachable ? "cannot connect (\(text))" : text, transient: true, unreachable: unreachable)
    }

    /// `Retry-After` in seconds (`120`) or as an HTTP date.
    static func retryAfter(_ value: String) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed), seconds >= 0 { return .seconds(min(seconds, 86_400)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: trimmed) else { return nil }
        let seconds = max(0, min(date.timeIntervalSinceNow, 86_400))
        return .milliseconds(Int(seconds * 1000))
    }
}

/// Spaces request starts at least `interval` apart.
private actor RequestPacer {
    private let interval: Duration
    private var next = ContinuousClock.now

    init(interval: Duration) {
        self.interval = interval
    }

    func wait() async {
        let now = ContinuousClock.now
        let start = max(now, next)
        next = start + interval
        if start > now { try? await Task.sleep(until: start, clock: .continuous) }
    }
}

/// Whether any request of this run reached the service.
private final class ReachedFlag: Sendable {
    private let storage = Mutex(false)
    var value: Bool { storage.withLock { $0 } }
    func set() { storage.withLock { $0 = true } }
}

struct DeadlineExceeded: Error {}

/// Runs `work`, throwing ``DeadlineExceeded`` when it takes longer than `limit`.
func withDeadline<T: Sendable>(_ limit: Duration, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await work() }
        group.addTask {
            try await Task.sleep(for: limit)
            throw DeadlineExceeded()
        }
        defer { group.cancelAll() }
        guard let first = try await group.next() else { throw DeadlineExceeded() }
        return first
    }
}

extension TimeAmount {
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
