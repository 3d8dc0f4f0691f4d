/// The analyzer's per-word cache: an open-addressing hash table from raw word bytes to the
/// word's tokens. Each word's bytes and its tokens lie back to back in one byte arena, so a
/// lookup allocates nothing and a hit copies the tokens out in one go.
struct WordTable {
    /// Where one word and its tokens are in the arena: the key, then the stem, then the parts.
    struct Entry {
        /// First byte of the key in the arena; the tokens follow the key.
        var keyStart: Int32
        var keyCount: Int32
        /// Bytes of all tokens together.
        var tokensCount: Int32
        var stemCount: Int32
        /// The parts' ends (relative to the stem's start) are `partEnds[firstPart..<firstPart + partCount]`.
        var firstPart: Int32
        var partCount: Int32

        /// Where the tokens start in the arena.
        @inline(__always)
        var tokensStart: Int { Int(keyStart) + Int(keyCount) }
    }

    /// Per slot: the hash's upper 32 bits above the entry number plus one; 0 is an empty slot.
    private var slots: [UInt64]
    private var mask: Int
    private(set) var entries: [Entry] = []
    /// Keys and tokens of all entries.
    private(set) var arena: [UInt8] = []
    private(set) var partEnds: [Int32] = []

    /// At this many entries the table empties itself before adding another.
    let limit: Int

    /// Entries stored.
    var count: Int { entries.count }

    init(capacity: Int = 1 << 16, limit: Int = 1_000_000) {
        self.limit = limit
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        arena.reserveCapacity(capacity * 24)
    }

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
        h = (h ^ chunk(raw + offset, count: key.count - offset)) &* multiplier
        h ^= h >> 32
        h = h &* multiplier
        return h ^ (h >> 29)
    }

    /// Up to eight bytes as one number; for a given count, different bytes give different numbers.
    @inline(__always)
    private static func chunk(_ bytes: UnsafeRawPointer, count: Int) -> UInt64 {
        if count >= 4 {
            let low = UInt64(bytes.loadUnaligned(as: UInt32.self))
            let high = UInt64(bytes.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            return low | high << 32
        }
        if count > 0 {
            let first = UInt64(bytes.load(as: UInt8.self))
            let middle = UInt64(bytes.load(fromByteOffset: count >> 1, as: UInt8.self))
            let last = UInt64(bytes.load(fromByteOffset: count - 1, as: UInt8.self))
            return first | middle << 8 | last << 16
        }
        return 0
    }

    /// Whether `count` bytes at `a` and `b` are the same.
    @inline(__always)
    private static func same(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, count: Int) -> Bool {
        var offset = 0
        while count - offset > 8 {
            if a.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                != b.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            {
                return false
            }
            offset += 8
        }
        return chunk(a + offset, count: count - offset) == chunk(b + offset, count: count - offset)
    }

    /// The entry number of `key`, or nil.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        guard let keyBase = key.baseAddress else { return nil }
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                entries.withUnsafeBufferPointer { entries in
                    while true {
                        let value = slots[slot]
                        if value == 0 { return nil }
                        if value & 0xFFFF_FFFF_0000_0000 == tag {
                            let entry = Int(truncatingIfNeeded: value & 0xFFFF_FFFF) - 1
                            let stored = entries[entry]
                            if Int(stored.keyCount) == key.count,
                                Self.same(arena.baseAddress! + Int(stored.keyStart), keyBase, count: key.count)
                            {
                                return entry
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The entry number of `key`, added with what `analyze` makes of it when it is new.
    @inline(__always)
    mutating func entry(for key: UnsafeBufferPointer<UInt8>, analyze: (UnsafeBufferPointer<UInt8>) -> WordAnalysis) -> Int {
        let hash = Self.hash(key)
        if let entry = find(key, hash: hash) { return entry }
        return add(key, hash: hash, analyze: analyze)
    }

    @inline(never)
    private mutating func add(
        _ key: UnsafeBufferPointer<UInt8>, hash: UInt64, analyze: (UnsafeBufferPointer<UInt8>) -> WordAnalysis
    ) -> Int {
        if count >= limit || arena.count > 1 << 30 { removeAll() }
        let analysis = analyze(key)
        return insert(key, hash: hash, stem: analysis.stem, parts: analysis.parts)
    }

    /// Adds `key` (known to be absent) with its stem and parts, and returns its entry number.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, stem: [UInt8], parts: [[UInt8]]) -> Int {
        if (count + 1) * 2 > slots.count { grow() }
        let entry = count
        let keyStart = arena.count
        arena.append(contentsOf: key)
        arena.append(contentsOf: stem)
        let firstPart = partEnds.count
        for part in parts {
            arena.append(contentsOf: part)
            partEnds.append(Int32(arena.count - keyStart - key.count))
        }
        entries.append(Entry(
            keyStart: Int32(keyStart), keyCount: Int32(key.count), tokensCount: Int32(arena.count - keyStart - key.count),
            stemCount: Int32(stem.count), firstPart: Int32(firstPart), partCount: Int32(parts.count)))
        place(entry, hash: hash)
        return entry
    }

    /// Forgets every entry, keeping the storage.
    mutating func removeAll() {
        for index in slots.indices { slots[index] = 0 }
        entries.removeAll(keepingCapacity: true)
        arena.removeAll(keepingCapacity: true)
        partEnds.removeAll(keepingCapacity: true)
    }

    /// The token `index` of an entry (0 is the stem, then the parts) as a range of the arena.
    func token(_ index: Int, of entry: Entry) -> Range<Int> {
        let start = entry.tokensStart
        if index == 0 { return start..<start + Int(entry.stemCount) }
        let part = Int(entry.firstPart) + index - 1
        let from = index == 1 ? Int(entry.stemCount) : Int(partEnds[part - 1])
        return start + from..<start + Int(partEnds[part])
    }

    private mutating func place(_ entry: Int, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(entry + 1)
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for entry in 0..<count {
            let start = Int(entries[entry].keyStart)
            let end = start + Int(entries[entry].keyCount)
            let hash = arena.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start..<end])) }
            place(entry, hash: hash)
        }
    }
}
