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
        let count = bytes.count
        // Skip to the start of a word.
        while index < count {
            if let length = wordCharLength(at: index) {
                _ = length
                break
            }
            if let length = apostropheLength(at: index), startsGravenhage(at: index + length) {
                break
            }
            index += 1
        }
        guard index < count else { return nil }
        let start = index
        var parts: [Range<Int>] = []
        var partStart = start
        var lastCharStart = start
        var segmentLetters = 0  // characters since the start or the last dot, for initials
        if let length = apostropheLength(at: index) {
            index += length
        }
        while index < count {
            if let length = wordCharLength(at: index) {
                lastCharStart = index
                index += length
                segmentLetters += 1
                continue
            }
            let b = bytes[index]
            let next = index + 1
            if b == UInt8(ascii: "-"), index > start, next < count, wordCharLength(at: next) != nil {
                if partStart < index { parts.append(partStart..<index) }
                index = next
                partStart = next
                segmentLetters = 0
                continue
            }
            if let length = apostropheLength(at: index), index > start, isLetter(at: lastCharStart),
                index + length < count, isLetter(at: index + length)
            {
                index += length
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
        if !parts.isEmpty, partStart < index { parts.append(partStart..<index) }
        return ScannedWord(start: start, end: index, parts: parts)
    }

    /// Length of the word character at `i`, or nil when the byte there starts no word character.
    @inline(__always)
    private func wordCharLength(at i: Int) -> Int? {
        let b = bytes[i]
        if b < 0x80 {
            let isAlnum = (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
            return isAlnum ? 1 : nil
        }
        if b & 0xC0 == 0x80 { return nil }
        let (scalar, length) = UTF8Scan.scalar(bytes, at: i)
        return UTF8Scan.isWordScalar(scalar) ? length : nil
    }

    @inline(__always)
    private func isDigit(at i: Int) -> Bool {
        let b = bytes[i]
        return b >= 0x30 && b <= 0x39
    }

    @inline(__always)
    private func isLetter(at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return b | 0x20 >= 0x61 && b | 0x20 <= 0x7A }
        return wordCharLength(at: i) != nil
    }

    /// Length of an apostrophe (`'` or `’`) at `i`, or nil.
    @inline(__always)
    private func apostropheLength(at i: Int) -> Int? {
        if bytes[i] == UInt8(ascii: "'") { return 1 }
        if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { return 3 }
        return nil
    }

    /// Whether `s-` and a letter follow at `i`, as in `'s-Gravenhage` and `'s-Hertogenbosch`.
    private func startsGravenhage(at i: Int) -> Bool {
        i + 2 < bytes.count && (bytes[i] == UInt8(ascii: "s") || bytes[i] == UInt8(ascii: "S"))
            && bytes[i + 1] == UInt8(ascii: "-") && isLetter(at: i + 2)
    }
}
