/// A per-word cache of analyses: an open-addressing hash table from raw word bytes to the
/// word's tokens. Each word is one record in a byte arena (``WordRecord``: a header, the key,
/// the tokens, the part ends, back to back), so a lookup allocates nothing and reads only its
/// slot and its record, and a hit copies the tokens out in one go.
///
/// Records are valid until the next insert (the arena may move then).
final class WordTable {
    /// Per slot: the hash's upper 36 bits above the record's offset in 8-byte units plus one
    /// (``referenceBits`` bits); 0 is an empty slot. A word's first slot is its hash's upper
    /// bits, so growing needs no record.
    private var slots: UnsafeMutablePointer<UInt64>
    private var mask: Int
    /// 64 minus the number of bits of a slot number.
    private var shift: UInt64
    private static let referenceBits: UInt64 = 28
    private static let tagMask: UInt64 = ~0 << referenceBits
    /// The records, each starting at a multiple of 8 bytes.
    private var arena: UnsafeMutableRawPointer
    private var arenaCapacity: Int
    private var arenaCount = 0

    /// Records stored.
    private(set) var count = 0
    /// At this many records the table is full: ``isFull``.
    let limit: Int
    /// Bytes the arena may hold: no record starts past this, so references fit in ``referenceBits``.
    private static let arenaLimit = 1 << 30

    init(capacity: Int = 1 << 16, limit: Int = 1_000_000) {
        self.limit = limit
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        arenaCapacity = max(capacity * 48, 1024)
        arena = .allocate(byteCount: arenaCapacity, alignment: 8)
    }

    deinit {
        slots.deallocate()
        arena.deallocate()
    }

    /// Whether the table should be emptied (``removeAll()``) before another insert.
    var isFull: Bool { count >= limit || arenaCount > Self.arenaLimit }

    /// A hash of the bytes that reads eight at a time.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        guard let base = key.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var h = UInt64(truncatingIfNeeded: key.count) &* multiplier
        var offset = 0
        while key.count - offset > 8 {
            h = (h ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
            h ^= h >> 29
            offset += 8
        }
        h = (h ^ ByteLanes.chunk(raw + offset, count: key.count - offset)) &* multiplier
        h ^= h >> 32
        h = h &* multiplier
        return h ^ (h >> 29)
    }

    /// The record of `key`, or nil.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> WordRecord? {
        guard let keyBase = key.baseAddress else { return nil }
        let tag = hash & Self.tagMask
        var slot = Int(truncatingIfNeeded: hash >> shift)
        while true {
            let value = slots[slot]
            if value == 0 { return nil }
            if value & Self.tagMask == tag {
                let record = WordRecord(arena + (Int(truncatingIfNeeded: value & ~Self.tagMask) &- 1) &<< 3)
                if record.keyCount == key.count, ByteLanes.equal(record.key, keyBase, count: key.count) {
                    return record
                }
            }
            slot = (slot &+ 1) & mask
        }
    }

    /// The value of the first slot of `hash`: read for several words before their lookups, so
    /// that the cache misses overlap.
    @inline(__always)
    func firstSlot(hash: UInt64) -> UInt64 {
        slots[Int(truncatingIfNeeded: hash >> shift)]
    }

    /// Reads the head of the record a slot value (from ``firstSlot(hash:)``) refers to, when its
    /// tag matches `hash`, and returns a value made from it: a lookup soon after finds the record
    /// in the cache.
    @inline(__always)
    func touch(slot value: UInt64, hash: UInt64) -> UInt64 {
        guard value & Self.tagMask == hash & Self.tagMask, value != 0 else { return value }
        return value &+ UInt64(arena.load(fromByteOffset: (Int(truncatingIfNeeded: value & ~Self.tagMask) &- 1) &<< 3, as: UInt32.self))
    }

    /// Adds `key` (known to be absent) with its tokens (the stem, its first `stemCount` bytes,
    /// then the parts, which end at `partEnds`), and returns its record.
    @discardableResult
    func insert(
        _ key: UnsafeBufferPointer<UInt8>, hash: UInt64, tokens: UnsafeRawBufferPointer, stemCount: Int, partEnds: [Int]
    ) -> WordRecord {
        let base = reserve(WordRecord.size(keyCount: key.count, tokensCount: tokens.count, partCount: partEnds.count))
        var at = WordRecord.writeHeader(
            at: base, keyCount: key.count, tokensCount: tokens.count, stemCount: stemCount, partCount: partEnds.count)
        at = Self.append(UnsafeRawBufferPointer(key), at: at)
        at = Self.append(tokens, at: at)
        for end in partEnds {
            at.storeBytes(of: UInt32(end), as: UInt32.self)
            at += 4
        }
        return place(base, hash: hash)
    }

    /// Adds a copy of `record` (from another table; its key known to be absent here) and returns the copy.
    @discardableResult
    func insert(copyOf record: WordRecord, hash: UInt64) -> WordRecord {
        let size = record.size
        let base = reserve(size)
        base.copyMemory(from: record.base, byteCount: size)
        return place(base, hash: hash)
    }

    /// Copies `bytes` to `at` and returns the end of the copy.
    @inline(__always)
    private static func append(_ bytes: UnsafeRawBufferPointer, at: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer {
        guard let source = bytes.baseAddress else { return at }
        at.copyMemory(from: source, byteCount: bytes.count)
        return at + bytes.count
    }

    /// Forgets every record, keeping the storage.
    func removeAll() {
        slots.update(repeating: 0, count: mask + 1)
        arenaCount = 0
        count = 0
    }

    /// Room for a record of `size` bytes at the arena's end, which is taken.
    private func reserve(_ size: Int) -> UnsafeMutableRawPointer {
        let start = arenaCount
        let end = start + (size + 7) & ~7
        if end > arenaCapacity {
            var capacity = arenaCapacity * 2
            while capacity < end { capacity *= 2 }
            let bigger = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 8)
            bigger.copyMemory(from: arena, byteCount: arenaCount)
            arena.deallocate()
            arena = bigger
            arenaCapacity = capacity
        }
        arenaCount = end
        return arena + start
    }

    /// Puts the record at `base` in its slot.
    private func place(_ base: UnsafeMutableRawPointer, hash: UInt64) -> WordRecord {
        if (count + 1) * 2 > mask + 1 { grow() }
        count += 1
        let reference = UInt64((base - arena) >> 3 + 1)
        var slot = Int(truncatingIfNeeded: hash >> shift)
        while slots[slot] != 0 { slot = (slot &+ 1) & mask }
        slots[slot] = hash & Self.tagMask | reference
        return WordRecord(UnsafeRawPointer(base))
    }

    /// Doubles the slots, placing every record again.
    private func grow() {
        let size = (mask + 1) * 2
        let newShift = shift - 1
        let bigger = UnsafeMutablePointer<UInt64>.allocate(capacity: size)
        bigger.initialize(repeating: 0, count: size)
        for index in 0...mask where slots[index] != 0 {
            let value = slots[index]
            var slot = Int(truncatingIfNeeded: value >> newShift)
            while bigger[slot] != 0 { slot = (slot + 1) & (size - 1) }
            bigger[slot] = value
        }
        slots.deallocate()
        slots = bigger
        mask = size - 1
        shift = newShift
    }
}
