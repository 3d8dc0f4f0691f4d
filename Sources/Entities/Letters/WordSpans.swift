import DutchText

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
        // Sixty-four, then eight bytes at a time: a bit per byte says whether it is a word
        // byte, and the bits where that changes are the word starts and ends.
        var ends: [Int32] = []
        // Room for the eight offsets past the last that ``flatten(_:offset:into:at:)`` may write.
        let capacity = count / 2 + 1 + 8
        starts = [Int32](unsafeUninitializedCapacity: capacity) { startBuffer, startCount in
            ends = [Int32](unsafeUninitializedCapacity: capacity) { endBuffer, endCount in
                var s = 0
                var e = 0
                var previous: UInt64 = 0  // 1 when the byte before the block is a word byte
                var i = 0
                if let base = bytes.baseAddress, let startBase = startBuffer.baseAddress,
                    let endBase = endBuffer.baseAddress
                {
                    // Sixty-four bytes at a time: one mask of word bytes, its starts and ends
                    // written eight at a time.
                    while i + 64 <= count {
                        var mask: UInt64 = 0
                        for lane in 0..<8 {
                            let x = UnsafeRawPointer(base + i + 8 * lane).loadUnaligned(as: UInt64.self)
                            mask |= Self.wordBits(x) << UInt64(8 * lane)
                        }
                        let before = mask << 1 | previous
                        s = Self.flatten(mask & ~before, offset: i, into: startBase, at: s)
                        e = Self.flatten(~mask & before, offset: i, into: endBase, at: e)
                        previous = mask >> 63
                        i += 64
                    }
                    while i + 8 <= count {
                        let mask = Self.wordBits(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                        let before = (mask << 1 | previous) & 0xFF
                        var starting = mask & ~before
                        var ending = ~mask & before & 0xFF
                        while starting != 0 {
                            startBuffer[s] = Int32(truncatingIfNeeded: i + starting.trailingZeroBitCount)
                            s += 1
                            starting &= starting - 1
                        }
                        while ending != 0 {
                            endBuffer[e] = Int32(truncatingIfNeeded: i + ending.trailingZeroBitCount)
                            e += 1
                            ending &= ending - 1
                        }
                        previous = mask >> 7
                        i += 8
                    }
                }
                var last = Int(previous)
                while i < count {
                    let isWord = Self.wordBit(bytes[i])
                    let offset = Int32(truncatingIfNeeded: i)
                    startBuffer[s] = offset
                    endBuffer[e] = offset
                    s &+= isWord & (last ^ 1)
                    e &+= last & (isWord ^ 1)
                    last = isWord
                    i += 1
                }
                if last == 1 {
                    endBuffer[e] = Int32(truncatingIfNeeded: count)
                    e += 1
                }
                endCount = e
            }
            startCount = ends.count  // one end per start
        }
        self.ends = ends
    }

    /// Bit `j` set when byte `j` of `x` (in memory order) is a letter, digit or multi-byte
    /// scalar byte: the test of ``wordBit(_:)`` on eight lanes at once.
    @inline(__always)
    private static func wordBits(_ x: UInt64) -> UInt64 {
        // Bit 7 of a lane: an ASCII letter or digit, or a byte >= 0x80.
        ByteLanes.highBits(ByteLanes.alphanumericLanes(x) | x)
    }

    /// Writes `offset` plus the position of each set bit of `bits` from `buffer[index]` on and
    /// returns the index past them. Writes eight at a time, so up to seven more slots after
    /// them hold garbage: a branch on the bit count instead of one per bit, which mispredicts.
    @inline(__always)
    private static func flatten(
        _ bits: UInt64, offset: Int, into buffer: UnsafeMutablePointer<Int32>, at index: Int
    ) -> Int {
        let found = bits.nonzeroBitCount
        var bits = bits
        var slot = buffer + index
        let base = Int32(truncatingIfNeeded: offset)
        while bits != 0 {
            for _ in 0..<8 {
                slot.pointee = base &+ Int32(truncatingIfNeeded: bits.trailingZeroBitCount)
                bits &= bits &- 1
                slot += 1
            }
        }
        return index + found
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
        let letter = (b | ASCII.caseBit) &- UInt8(ascii: "a") < 26 ? 1 : 0
        let digit = b &- UInt8(ascii: "0") < 10 ? 1 : 0
        let multiByte = Int(b >> 7)
        return letter | digit | multiByte
    }

    /// Calls `visit` with the offset of each word start, in order, passing over the words that
    /// start before the offset the last call returned (the end of what it read); a call that
    /// returns `nil` read nothing.
    @inline(__always)
    func forEachStart(_ visit: (Int) -> Int?) {
        var resume = 0
        for start in starts {
            let i = Int(start)
            guard i >= resume else { continue }
            if let end = visit(i) { resume = end }
        }
    }

    /// The index of the first word starting at or after `offset`, searching from `index` on.
    @inline(__always)
    func first(startingAtOrAfter offset: Int, from index: Int) -> Int {
        var k = index
        while k < starts.count && Int(starts[k]) < offset { k += 1 }
        return k
    }
}
