/// A small set of short words (at most eight bytes), each packed into one integer and found
/// by binary search: looking up a word in a hot loop hashes and allocates nothing, where a
/// `Set<[UInt8]>` needs an array and a full hash per lookup.
struct PackedWordSet: Sendable {
    private let keys: [UInt64]

    /// The set of `words`; words longer than eight bytes are not allowed.
    init(_ words: [String]) {
        keys = words.map { word in
            let bytes = Array(word.utf8)
            precondition(!bytes.isEmpty && bytes.count <= 8, "PackedWordSet holds words of one to eight bytes")
            return Self.packed(bytes[...])!
        }.sorted()
    }

    /// The bytes as one integer, first byte highest; `nil` when longer than eight bytes.
    /// Text never holds a zero byte, so words of different lengths never share a value.
    @inline(__always)
    static func packed<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64? {
        guard bytes.count <= 8 else { return nil }
        var value: UInt64 = 0
        for b in bytes { value = value << 8 | UInt64(b) }
        return value
    }

    /// Whether `word` is in the set.
    @inline(__always)
    func contains<Bytes: Collection<UInt8>>(_ word: Bytes) -> Bool {
        guard let key = Self.packed(word) else { return false }
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key
    }
}
