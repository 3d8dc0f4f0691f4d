/// Where the words of a letter start and end, found once and shared by the recognizers that
/// only look at words: each walks these lists instead of testing every byte of the text.
///
/// A word is a run of letters and digits (`LetterBytes.isAlphanumeric`: ASCII letters and
/// digits, and every byte of a multi-byte scalar). `ends[k]` is the offset just past the word
/// starting at `starts[k]`.
struct WordSpans {
    /// Offsets of the first byte of each word, increasing.
    let starts: [Int32]
    /// Offsets just past each word, increasing.
    let ends: [Int32]

    /// The words of `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        // One branch-free pass: every offset is written, and kept only where a word starts or ends.
        var ends: [Int32] = []
        starts = [Int32](unsafeUninitializedCapacity: count / 2 + 1) { startBuffer, startCount in
            ends = [Int32](unsafeUninitializedCapacity: count / 2 + 1) { endBuffer, endCount in
                var s = 0
                var e = 0
                var previous = 0
                for i in 0..<count {
                    let isWord = Self.wordBit(bytes[i])
                    let offset = Int32(truncatingIfNeeded: i)
                    startBuffer[s] = offset
                    endBuffer[e] = offset
                    s &+= isWord & (previous ^ 1)
                    e &+= previous & (isWord ^ 1)
                    previous = isWord
                }
                if previous == 1 {
                    endBuffer[e] = Int32(truncatingIfNeeded: count)
                    e += 1
                }
                endCount = e
            }
            startCount = ends.count  // one end per start
        }
        self.ends = ends
    }

    /// The words of `text`.
    init(_ text: LetterBytes) {
        self = text.bytes.withUnsafeBufferPointer { WordSpans($0) }
    }

    var count: Int { starts.count }

    /// 1 for a letter or digit byte (`LetterBytes.isAlphanumeric`), else 0; without branches,
    /// which word boundaries would mispredict.
    @inline(__always)
    private static func wordBit(_ b: UInt8) -> Int {
        let letter = (b | 0x20) &- 0x61 < 26 ? 1 : 0
        let digit = b &- 0x30 < 10 ? 1 : 0
        let multiByte = Int(b >> 7)
        return letter | digit | multiByte
    }

    /// The index of the first word starting at or after `offset`, searching from `index` on.
    @inline(__always)
    func first(startingAtOrAfter offset: Int, from index: Int) -> Int {
        var k = index
        while k < starts.count && Int(starts[k]) < offset { k += 1 }
        return k
    }
}
