/// An open-addressing hash table from word bytes to entry numbers, keys kept in one byte
/// arena, so a lookup allocates nothing. The analyzer's per-word cache.
struct WordTable {
    private var slots: [Int32]
    private var keyStarts: [Int32] = []
    private var keyEnds: [Int32] = []
    private var hashes: [UInt32] = []
    private var arena: [UInt8] = []
    private var mask: Int

    /// Entries stored.
    var count: Int { keyStarts.count }

    init(capacity: Int = 1 << 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        arena.reserveCapacity(capacity * 12)
    }

    /// FNV-1a over the bytes.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The entry for `key`, or nil.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        let short = UInt32(truncatingIfNeeded: hash >> 32)
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            if hashes[entry] == short, equal(entry, key) { return entry }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `key` (known to be absent) and returns its entry number.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        if (count + 1) * 2 > slots.count { grow() }
        let entry = count
        keyStarts.append(Int32(arena.count))
        arena.append(contentsOf: key)
        keyEnds.append(Int32(arena.count))
        hashes.append(UInt32(truncatingIfNeeded: hash >> 32))
        place(entry, hash: hash)
        return entry
    }

    /// Forgets every entry, keeping the storage.
    mutating func removeAll() {
        for index in slots.indices { slots[index] = -1 }
        keyStarts.removeAll(keepingCapacity: true)
        keyEnds.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        arena.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    private func equal(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(keyStarts[entry])
        let end = Int(keyEnds[entry])
        guard end - start == key.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            var i = 0
            while i < key.count {
                if stored[start + i] != key[i] { return false }
                i += 1
            }
            return true
        }
    }

    private mutating func place(_ entry: Int, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for entry in 0..<count {
            let start = Int(keyStarts[entry])
            let end = Int(keyEnds[entry])
            let hash = arena.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start..<end])) }
            place(entry, hash: hash)
        }
    }
}
