import Foundation

/// Corpus frequencies of folded Dutch words, the candidate parts of compounds.
///
/// The bundled lexicon is `Resources/compound-lexicon.tsv`, made by
/// `scripts/make-compound-lexicon.py` from the corpus: one `word<TAB>count` line per word,
/// with a third column `N` for names (words almost always capitalized inside a sentence).
///
/// ```swift
/// let lexicon = CompoundLexicon(frequencies: ["wapen": 40, "export": 90])
/// lexicon.frequency(of: "export") // 90
/// ```
public struct CompoundLexicon: Sendable {
    /// All words, concatenated; word `i` is `bytes[starts[i]..<starts[i + 1]]`.
    let bytes: [UInt8]
    let starts: [Int32]
    let counts: [Int32]
    let nameFlags: [Bool]
    /// Open addressing table of the entries, probed by FNV-1a hash; each slot holds what a
    /// lookup compares, so a miss reads one slot and a hit the word's bytes too.
    private let slots: [Slot]
    private let mask: Int
    /// Two bits per hash bucket, for the hash of every prefix of every word and of every word:
    /// a clear prefix bit means no word begins with those bytes, a clear word bit that they are
    /// no word. Bucket `b` has its prefix bit at `b & 31` and its word bit 32 higher in
    /// `filter[b >> 5]`, so one load answers both.
    private let filter: [UInt64]

    /// One entry in the lookup table.
    private struct Slot {
        /// The hash's lower 32 bits.
        var hash: UInt32 = 0
        /// The entry's index, or -1 for an empty slot.
        var index: Int32 = -1
        /// Where the word's bytes are in ``CompoundLexicon/bytes``.
        var start: Int32 = 0
        var count: Int32 = 0
    }

    /// The number of words.
    public var count: Int { counts.count }

    /// Creates a lexicon from word frequencies; `names` marks words that are names.
    public init(frequencies: [String: Int], names: Set<String> = []) {
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        var counts: [Int32] = []
        var nameFlags: [Bool] = []
        for (word, count) in frequencies.sorted(by: { $0.key < $1.key }) where !word.isEmpty {
            bytes.append(contentsOf: word.utf8)
            starts.append(Int32(bytes.count))
            counts.append(Int32(clamping: count))
            nameFlags.append(names.contains(word))
        }
        self.init(bytes: bytes, starts: starts, counts: counts, nameFlags: nameFlags)
    }

    /// Reads a lexicon file of `word<TAB>count[<TAB>N]` lines.
    public init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url)
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        var counts: [Int32] = []
        var nameFlags: [Bool] = []
        bytes.reserveCapacity(data.count)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let text = raw.bindMemory(to: UInt8.self)
            var i = 0
            while i < text.count {
                let lineStart = i
                while i < text.count, text[i] != UInt8(ascii: "\t"), text[i] != UInt8(ascii: "\n") { i += 1 }
                let wordEnd = i
                var count: Int32 = 0
                var isName = false
                if i < text.count, text[i] == UInt8(ascii: "\t") {
                    i += 1
                    while i < text.count, text[i] >= UInt8(ascii: "0"), text[i] <= UInt8(ascii: "9") {
                        count = count &* 10 &+ Int32(text[i] - UInt8(ascii: "0"))
                        i += 1
                    }
                    if i + 1 < text.count, text[i] == UInt8(ascii: "\t"), text[i + 1] == UInt8(ascii: "N") {
                        isName = true
                    }
                }
                while i < text.count, text[i] != UInt8(ascii: "\n") { i += 1 }
                i += 1
                if wordEnd > lineStart, count > 0 {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[lineStart..<wordEnd]))
                    starts.append(Int32(bytes.count))
                    counts.append(count)
                    nameFlags.append(isName)
                }
            }
        }
        self.init(bytes: bytes, starts: starts, counts: counts, nameFlags: nameFlags)
    }

    private init(bytes: [UInt8], starts: [Int32], counts: [Int32], nameFlags: [Bool]) {
        self.bytes = bytes
        self.starts = starts
        self.counts = counts
        self.nameFlags = nameFlags
        var size = 16
        while size < counts.count * 2 { size *= 2 }
        var slots = [Slot](repeating: Slot(), count: size)
        var filter = [UInt64](repeating: 0, count: Self.filterBuckets / 32)
        for index in 0..<counts.count {
            var hash = Self.hashSeed
            for i in Int(starts[index])..<Int(starts[index + 1]) {
                hash = Self.hash(hash, bytes[i])
                let bucket = Self.filterBucket(hash)
                filter[bucket >> 5] |= 1 << UInt64(bucket & 31)
            }
            let bucket = Self.filterBucket(hash)
            filter[bucket >> 5] |= 1 << UInt64(bucket & 31 + 32)
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[slot].index >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Slot(
                hash: UInt32(truncatingIfNeeded: hash), index: Int32(index), start: starts[index],
                count: starts[index + 1] - starts[index])
        }
        self.slots = slots
        self.mask = size - 1
        self.filter = filter
    }

    /// The lexicon made from the corpus, shipped as a resource of this module.
    public static let bundled = BundledResource.read("compound-lexicon", "tsv", with: CompoundLexicon.init(contentsOf:))

    /// How often the folded word occurs in the corpus; 0 when it is not in the lexicon.
    public func frequency(of word: some StringProtocol) -> Int {
        let index = entry(of: word)
        return index < 0 ? 0 : Int(counts[index])
    }

    /// Whether the folded word is a name: almost always capitalized inside a sentence.
    public func isName(_ word: some StringProtocol) -> Bool {
        let index = entry(of: word)
        return index >= 0 && nameFlags[index]
    }

    private func entry(of word: some StringProtocol) -> Int {
        var copy = String(word)
        return copy.withUTF8 { utf8 in
            var hash = Self.hashSeed
            for byte in utf8 { hash = Self.hash(hash, byte) }
            return entry(hash: hash, utf8, 0, utf8.count)
        }
    }

    // MARK: Lookup by bytes, for the splitter

    /// The hash of no bytes (``FNV1a``).
    static var hashSeed: UInt64 { FNV1a.offsetBasis }

    /// The hash of a word extended by `byte` (one step of ``FNV1a``).
    @inline(__always)
    static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        FNV1a.step(hash, byte)
    }

    private static let filterBuckets = 1 << 22

    @inline(__always)
    private static func filterBucket(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 42)
    }

    /// What the filter says of the bytes whose hash is `hash`: bit 0 (``mayBeginWord``) is
    /// clear when no word begins with them, bit 1 (``mayBeWord``) when they are no word.
    @inline(__always)
    func filterBits(hash: UInt64) -> Int {
        let bucket = Self.filterBucket(hash)
        let bits = filter[bucket >> 5] >> UInt64(bucket & 31)
        return Int(truncatingIfNeeded: bits & 1 | bits >> 31 & 2)
    }

    /// ``filterBits(hash:)`` bit: some word may begin with the bytes.
    static let mayBeginWord = 1
    /// ``filterBits(hash:)`` bit: the bytes may be a word.
    static let mayBeWord = 2

    /// False when no word begins with the bytes whose hash is `hash`; true when some word may.
    @inline(__always)
    func mayBeginWord(hash: UInt64) -> Bool {
        filterBits(hash: hash) & Self.mayBeginWord != 0
    }

    /// The index of the word `word[from..<to]` whose hash is `hash`, or -1.
    @inline(__always)
    func entry(hash: UInt64, _ word: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { bytes in
                var slot = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let candidate = slots[slot]
                    if candidate.index < 0 { return -1 }
                    if candidate.hash == UInt32(truncatingIfNeeded: hash), Int(candidate.count) == to - from,
                        ByteLanes.equal(bytes.baseAddress! + Int(candidate.start), word.baseAddress! + from, count: to - from)
                    {
                        return Int(candidate.index)
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// The word of entry `index`.
    func word(at index: Int) -> String {
        String(decoding: bytes[Int(starts[index])..<Int(starts[index + 1])], as: UTF8.self)
    }
}
