import Foundation

/// Word analyses (stem and compound parts) shared by analyzers on different threads: a word
/// one analyzer has stemmed and split is copied, not analyzed again, by the others.
///
/// Each ``DutchAnalyzer`` keeps its own lock-free cache and asks this one only on a miss, so
/// the lock is taken once per distinct word per analyzer.
///
/// ```swift
/// let shared = SharedWordAnalyses()
/// let analyzers = (0..<2).map { _ in DutchAnalyzer(shared: shared) }
/// ```
public final class SharedWordAnalyses: @unchecked Sendable {
    private let lock = NSLock()
    private var analyses: [[UInt8]: WordAnalysis] = [:]
    private let limit: Int

    /// A cache that empties itself when it holds `limit` words.
    public init(limit: Int = 1_000_000) {
        self.limit = limit
    }

    func analysis(of word: UnsafeBufferPointer<UInt8>) -> WordAnalysis? {
        let key = Array(word)
        lock.lock()
        defer { lock.unlock() }
        return analyses[key]
    }

    func store(_ analysis: WordAnalysis, for word: UnsafeBufferPointer<UInt8>) {
        let key = Array(word)
        lock.lock()
        defer { lock.unlock() }
        if analyses.count >= limit { analyses.removeAll(keepingCapacity: true) }
        analyses[key] = analysis
    }
}

/// What the analysis of one raw word gives: the folded stem and the stemmed parts.
struct WordAnalysis: Sendable {
    var stem: [UInt8]
    var parts: [[UInt8]]
}
