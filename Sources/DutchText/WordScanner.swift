/// A word found in UTF-8 text: its byte range and, for hyphenated words, the ranges of its parts.
public struct ScannedWord: Sendable, Hashable {
    /// Byte offset of the word's first byte.
    public var start: Int
    /// Byte offset just past the word.
    public var end: Int
    /// Byte ranges of the hyphen-separated parts; empty for a word without hyphens.
    public var parts: [Range<Int>]
}

/// Splits UTF-8 text into words with byte offsets.
///
/// Words are runs of letters and digits. Kept inside one word: hyphens between word characters
/// (`JBZ-Raad`, with its parts), apostrophes between letters (`auto's`) and in `'s-Gravenhage`,
/// dots and commas between digits (`1.000`, `12,5`) and dots in initials (`J.B.Z.`, `D.M.`).
///
/// ```swift
/// var scanner = WordScanner(bytes)
/// while let word = scanner.next() { ... }
/// ```
public struct WordScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    /// Scans `bytes`, which must stay valid while the scanner is used.
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next word, or nil at the end of the text.
    public mutating func next() -> ScannedWord? {
        guard let word = nextRange() else { return nil }
        guard word.hyphenated else { return ScannedWord(start: word.start, end: word.end, parts: []) }
        let parts = Self.hyphenParts(of: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]))
        return ScannedWord(
            start: word.start, end: word.end,
            parts: parts.map { word.start + $0.lowerBound..<word.start + $0.upperBound })
    }

    /// The next word's byte range and whether it has hyphens, or nil at the end of the text.
    ///
    /// Every hyphen byte inside a word separates two parts, so ``hyphenParts(of:)`` gives them.
    @inline(__always)
    mutating func nextRange() -> (start: Int, end: Int, hyphenated: Bool)? {
        let count = bytes.count
        // Skip to the start of a word.
        while index < count {
            let b = bytes[index]
            if b < 0x80 {
                if Self.isAlphanumeric(b) { break }
                if b == UInt8(ascii: "'"), startsGravenhage(at: index + 1) { break }
            } else if b >= 0xC0 {
                if nonASCIIWordCharLength(at: index) > 0 { break }
                if b == 0xE2, apostropheLength(at: index) == 3, startsGravenhage(at: index + 3) { break }
            }
            index += 1
        }
        guard index < count else { return nil }
        let start = index
        var hyphenated = false
        var lastCharStart = start
        var segmentLetters = 0  // characters since the start or the last dot, for initials
        index += apostropheLength(at: index)
        while index < count {
            let b = bytes[index]
            if b < 0x80 {
                if Self.isAlphanumeric(b) {
                    // A run of ASCII letters and digits, the bulk of the text, eight bytes at
                    // a time: one branch per word instead of one per byte.
                    let runStart = index
                    index = ByteLanes.alphanumericRunEnd(in: bytes, from: index + 1)
                    lastCharStart = index - 1
                    segmentLetters += index - runStart
                    continue
                }
            } else {
                let length = nonASCIIWordCharLength(at: index)
                if length > 0 {
                    lastCharStart = index
                    index += length
                    segmentLetters += 1
                    continue
                }
            }
            let next = index + 1
            if b == UInt8(ascii: "-"), index > start, next < count, wordCharLength(at: next) > 0 {
                hyphenated = true
                index = next
                segmentLetters = 0
                continue
            }
            let apostrophe = apostropheLength(at: index)
            if apostrophe > 0, index > start, isLetter(at: lastCharStart),
                index + apostrophe < count, isLetter(at: index + apostrophe)
            {
                index += apostrophe
                continue
            }
            if (b == UInt8(ascii: ".") || b == UInt8(ascii: ",")), next < count,
                isDigit(at: lastCharStart), isDigit(at: next)
            {
                index = next
                segmentLetters = 0
                continue
            }
            if b == UInt8(ascii: "."), segmentLetters == 1, next + 1 < count,
                isLetter(at: lastCharStart), isLetter(at: next), bytes[next + 1] == UInt8(ascii: ".")
            {
                index = next
                segmentLetters = 0
                continue
            }
            break
        }
        return (start, index, hyphenated)
    }

    /// The parts of a hyphenated word, relative to the word: the runs between its hyphen bytes.
    public static func hyphenParts(of word: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var partStart = 0
        for (offset, byte) in word.enumerated() where byte == UInt8(ascii: "-") {
            parts.append(partStart..<offset)
            partStart = offset + 1
        }
        parts.append(partStart..<word.count)
        return parts
    }

    @inline(__always)
    private static func isAlphanumeric(_ b: UInt8) -> Bool {
        b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26
    }

    /// Length of the word character at `i`, or 0 when the byte there starts no word character.
    @inline(__always)
    private func wordCharLength(at i: Int) -> Int {
        let b = bytes[i]
        if b < 0x80 { return Self.isAlphanumeric(b) ? 1 : 0 }
        return nonASCIIWordCharLength(at: i)
    }

    /// ``wordCharLength(at:)`` for a byte of 0x80 and up, kept out of line: such bytes are rare.
    @inline(never)
    private func nonASCIIWordCharLength(at i: Int) -> Int {
        if bytes[i] & 0xC0 == 0x80 { return 0 }
        let (scalar, length) = UTF8Scan.scalar(bytes, at: i)
        return UTF8Scan.isWordScalar(scalar) ? length : 0
    }

    @inline(__always)
    private func isDigit(at i: Int) -> Bool {
        let b = bytes[i]
        return b >= 0x30 && b <= 0x39
    }

    @inline(__always)
    private func isLetter(at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return (b | 0x20) &- 0x61 < 26 }
        return nonASCIIWordCharLength(at: i) > 0
    }

    /// Length of an apostrophe (`'` or `’`) at `i`, or 0.
    @inline(__always)
    private func apostropheLength(at i: Int) -> Int {
        if bytes[i] == UInt8(ascii: "'") { return 1 }
        if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { return 3 }
        return 0
    }

    /// Whether `s-` and a letter follow at `i`, as in `'s-Gravenhage` and `'s-Hertogenbosch`.
    private func startsGravenhage(at i: Int) -> Bool {
        i + 2 < bytes.count && (bytes[i] == UInt8(ascii: "s") || bytes[i] == UInt8(ascii: "S"))
            && bytes[i + 1] == UInt8(ascii: "-") && isLetter(at: i + 2)
    }
}
