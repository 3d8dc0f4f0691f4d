import DutchText
import Foundation

/// A small pool of analyzers (each keeps a word cache and is not thread-safe) shared by the
/// threads of an ingest or by searches; their word analyses are shared too.
final class AnalyzerPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [DutchAnalyzer] = []
    private let shared = SharedWordAnalyses()

    /// Runs `body` with an analyzer that no other thread uses meanwhile.
    func with<T>(_ body: (DutchAnalyzer) throws -> T) rethrows -> T {
        lock.lock()
        let analyzer = idle.popLast() ?? DutchAnalyzer(shared: shared)
        lock.unlock()
        defer {
            lock.lock()
            if idle.count < 8 { idle.append(analyzer) }
            lock.unlock()
        }
        return try body(analyzer)
    }
}
