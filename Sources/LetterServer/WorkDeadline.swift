import Dispatch
import Foundation
import Hummingbird

/// The request timeout: runs blocking index work on a dispatch queue (off Swift's small concurrency pool)
/// and stops waiting after `limit`, answering `503` with code `timeout`.
///
/// The work itself runs to its end (SQLite cannot be stopped from here), but the client gets its answer
/// and the server's event loops and concurrency threads stay free.
///
/// ```swift
/// let response = try await WorkDeadline(limit: .seconds(10)).run { try search.search(request) }
/// ```
struct WorkDeadline: Sendable {
    /// How long a request may wait for the index.
    var limit: Duration

    /// The default: ten seconds.
    static let standard = WorkDeadline(limit: .seconds(10))

    /// The result of `work`, or a `503 timeout` when it takes longer than `limit`.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        let limit = self.limit
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let once = ResumeOnce(continuation)
            DispatchQueue.global(qos: .userInitiated).async {
                once.resume(with: Result { try work() })
            }
            let (seconds, attoseconds) = limit.components
            // Clamped to about 285 years so that the sum cannot overflow.
            let clampedSeconds = Int(min(max(seconds, -9_000_000_000), 9_000_000_000))
            let nanoseconds = clampedSeconds * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) {
                once.resume(with: .failure(APIError(
                    .serviceUnavailable, code: "timeout",
                    message: "the request took longer than \(Self.describe(limit)); narrow the query or try again")))
            }
        }
    }
}

extension WorkDeadline {
    /// `10 s`, `250 ms`.
    static func describe(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return seconds >= 1 ? "\(seconds) s" : "\(max(1, attoseconds / 1_000_000_000_000_000)) ms"
    }
}

/// A continuation resumed by whichever of two callers comes first.
private final class ResumeOnce<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?

    init(_ continuation: CheckedContinuation<T, any Error>) {
        self.continuation = continuation
    }

    func resume(with result: Result<T, any Error>) {
        lock.lock()
        let continuation = self.continuation
        self.continuation = nil
        lock.unlock()
        continuation?.resume(with: result)
    }
}
