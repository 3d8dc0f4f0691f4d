import Foundation

/// Word analyses (stem and compound parts) shared by analyzers on different threads: a word
/// one analyzer has stemmed and split is copied, not analyzed again, by the others.
///
/// Each ``DutchAnalyzer`` keeps its own lock-free cache and asks this one only on a miss, so
/// the lock is taken once per distinct word per analyzer. The words are a ``WordTable`` too,
/// so a hit is one record copied from table to table.
///
/// ```swift
/// let shared = SharedWordAnalyses()
/// let analyzers = (0..<2).map { _ in DutchAnalyzer(shared: shared) }
/// ```
public final class SharedWordAnalyses: @unchecked Sendable {
    private let lock = NSLock()
    private let table: WordTable

    /// A cache that empties itself when it holds `limit` words.
    public init(limit: Int = 1_000_000) {
        table = WordTable(capacity: 1 << 17, limit: limit)
    }

    /// Copies the record of `key` into `local` (where `key` is absent) and returns the copy, or nil.
    func copy(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, into local: WordTable) -> WordRecord? {
        // Most records fit on the stack: the lock is held only while they are copied there.
        withUnsafeTemporaryAllocation(byteCount: 256, alignment: 8) { buffer -> WordRecord? in
            lock.lock()
            guard let record = table.find(key, hash: hash) else {
                lock.unlock()
                return nil
            }
            let size = record.size
            guard size <= buffer.count else {
                defer { lock.unlock() }
                return local.insert(copyOf: record, hash: hash)
            }
            buffer.baseAddress!.copyMemory(from: record.base, byteCount: size)
            lock.unlock()
            return local.insert(copyOf: WordRecord(UnsafeRawPointer(buffer.baseAddress!)), hash: hash)
        }
    }

    /// Keeps a copy of `record`, whose key's hash is `hash`, for the other analyzers.
    func store(_ record: WordRecord, hash: UInt64) {
        let key = UnsafeBufferPointer(start: record.key.assumingMemoryBound(to: UInt8.self), count: record.keyCount)
        lock.lock()
        defer { lock.unlock() }
        if table.find(key, hash: hash) != nil { return }
        if table.isFull { table.removeAll() }
        table.insert(copyOf: record, hash: hash)
    }
}
