import DutchText

/// An open-addressing hash table from folded phrases (words joined by one space) to
/// ``CountryForm``s. Every proper prefix of a phrase is also stored, marked as continuing,
/// so a scanner can extend a match word by word and stop as soon as no phrase goes on.
struct FoldedFormTable: Sendable {
    struct Entry: Sendable {
        var keyStart: Int
        var keyLength: Int
        var hash: UInt64
        var form: CountryForm?
        var continues: Bool
    }

    private var keys: [UInt8] = []
    private(set) var entries: [Entry] = []
    private var slots: [Int32] = Array(repeating: -1, count: 1 << 12)
    /// Per first two key bytes (five low bits of each), a bit for each key length (63 for
    /// longer keys): most capitalized words of a letter fail this test before being hashed.
    private var lengthsByStart = [UInt64](repeating: 0, count: 1 << 10)

    /// ``FNV1a`` over the key bytes.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        FNV1a.hash(key)
    }

    /// Adds `form` under `key` and marks every proper word prefix of `key` as continuing.
    /// An existing form under the same key is kept (first entry wins).
    mutating func insert(_ key: [UInt8], form: CountryForm) {
        var prefixEnd = 0
        while let space = key[prefixEnd...].firstIndex(of: UInt8(ascii: " ")) {
            let index = entryIndex(for: Array(key[..<space]))
            entries[index].continues = true
            prefixEnd = space + 1
        }
        let index = entryIndex(for: key)
        if entries[index].form == nil {
            entries[index].form = form
        }
    }

    /// The entry for `key`, if the key is a phrase or the prefix of one.
    @inline(__always)
    func lookup(_ key: UnsafeBufferPointer<UInt8>) -> Entry? {
        if !key.isEmpty, !mayHold(first: key[0], second: key.count > 1 ? key[1] : 0, length: key.count) { return nil }
        let h = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        return keys.withUnsafeBufferPointer { stored in
            while true {
                let index = Int(slots[slot])
                if index < 0 { return nil }
                let entry = entries[index]
                if entry.hash == h && entry.keyLength == key.count {
                    var same = true
                    for k in 0..<key.count where stored[entry.keyStart + k] != key[k] {
                        same = false
                        break
                    }
                    if same { return entry }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether a key of `length` bytes that starts with `first` and `second` (0 for a one-byte
    /// key) may be in the table; `false` means it is not.
    @inline(__always)
    func mayHold(first: UInt8, second: UInt8, length: Int) -> Bool {
        lengthsByStart[Self.startIndex(first, second)] & Self.lengthBit(length) != 0
    }

    @inline(__always)
    private static func startIndex(_ first: UInt8, _ second: UInt8) -> Int {
        Int(first & 0x1F) << 5 | Int(second & 0x1F)
    }

    @inline(__always)
    private static func lengthBit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }

    private mutating func entryIndex(for key: [UInt8]) -> Int {
        if let found = key.withUnsafeBufferPointer({ existingIndex($0) }) {
            return found
        }
        if (entries.count + 1) * 2 > slots.count {
            grow()
        }
        let h = key.withUnsafeBufferPointer { Self.hash($0) }
        entries.append(Entry(keyStart: keys.count, keyLength: key.count, hash: h, form: nil, continues: false))
        if let first = key.first {
            lengthsByStart[Self.startIndex(first, key.count > 1 ? key[1] : 0)] |= Self.lengthBit(key.count)
        }
        keys.append(contentsOf: key)
        place(entries.count - 1)
        return entries.count - 1
    }

    private func existingIndex(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        let h = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] >= 0 {
            let entry = entries[Int(slots[slot])]
            if entry.hash == h && entry.keyLength == key.count
                && keys[entry.keyStart..<entry.keyStart + entry.keyLength].elementsEqual(key)
            {
                return Int(slots[slot])
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entries[index].hash) & mask
        while slots[slot] >= 0 {
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(index)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for index in entries.indices {
            place(index)
        }
    }
}
