import Foundation

/// Word analyses (stem and compound parts) shared by analyzers on different threads: a word
/// one analyzer has stemmed and split is found, not analyzed again, by the others.
///
/// All analyzers look words up in one ``WordTable`` without a lock; a lock is taken only to
/// add a word, once per distinct word. When the table holds `limit` words it takes no more:
/// each analyzer then keeps further words in a small table of its own.
///
/// ```swift
/// let shared = SharedWordAnalyses()
/// let analyzers = (0..<2).map { _ in DutchAnalyzer(shared: shared) }
/// ```
public final class SharedWordAnalyses: @unchecked Sendable {
    private let lock = NSLock()
    /// The words; lookups need no lock.
    let table: WordTable

    /// Analyses of at most `limit` words.
    public convenience init(limit: Int = 1_000_000) {
        self.init(capacity: 1 << 17, limit: limit)
    }

    init(capacity: Int, limit: Int) {
        table = WordTable(capacity: capacity, limit: limit)
    }

    /// Stores the analysis of `key` (the tokens: the stem, its first `stemCount` bytes, then the
    /// parts ending at `partEnds`) and returns its record; if another analyzer stored the word
    /// first, returns that record. Nil when the table is full.
    func insert(
        _ key: UnsafeBufferPointer<UInt8>, hash: UInt64, tokens: UnsafeRawBufferPointer, stemCount: Int, partEnds: [Int]
    ) -> WordRecord? {
        lock.lock()
        defer { lock.unlock() }
        if let stored = table.find(key, hash: hash) { return stored }
        guard !table.isFull else { return nil }
        return table.insert(key, hash: hash, tokens: tokens, stemCount: stemCount, partEnds: partEnds)
    }
}
