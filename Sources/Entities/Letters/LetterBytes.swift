import DutchText

/// The UTF-8 bytes of a letter with the byte-level scanning the header parser and the
/// dossier, date, toezegging and organisation recognizers share. Offsets are UTF-8 byte offsets.
///
/// One of three layers, each with one job: `LetterBytes` reads ASCII (lines, words spelled in
/// ASCII, digits, dashes) and treats every byte of a multi-byte scalar as a letter;
/// ``MinisterText`` reads scalars (names and role words with accented letters, folded through
/// `Folding.latinLetters`); ``NameFolding`` turns a word into a gazetteer key. The eight-bytes
/// at a time searches all three need are `ByteLanes`'.
struct LetterBytes {
    /// The text's UTF-8 bytes.
    let bytes: [UInt8]

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    var count: Int { bytes.count }

    /// The lines of the text, each trimmed of surrounding spaces, tabs and `\r`.
    /// Empty lines are kept (with `start == end`) so line numbers follow the text.
    func lines() -> [LetterLine] {
        var result: [LetterLine] = []
        result.reserveCapacity(bytes.count / 60 + 1)
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var lineStart = 0
            while true {
                let i = Self.lineBreak(b, from: lineStart)
                var s = lineStart
                var e = i
                while s < e, Self.isBlank(b[s]) { s += 1 }
                while e > s, Self.isBlank(b[e - 1]) { e -= 1 }
                result.append(LetterLine(start: s, end: e))
                if i == n { break }
                lineStart = i + 1
            }
        }
        return result
    }

    /// The offset of the first `\n` at or after `start`, or the end of `b`; eight bytes at a time.
    @inline(__always)
    static func lineBreak(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        ByteLanes.firstIndex(of: UInt8(ascii: "\n"), in: b, from: start, to: b.count)
    }

    /// The text of `start..<end` as a `String`.
    func string(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    func string(_ line: LetterLine) -> String { string(line.start, line.end) }

    /// Whether the bytes at `i` spell `word`: ASCII lowercase compared case-insensitively, or
    /// byte for byte when `exactly`.
    func matches(_ word: [UInt8], at i: Int, end: Int? = nil, exactly: Bool = false) -> Bool {
        word.withUnsafeBufferPointer { matches($0, at: i, end: end, exactly: exactly) }
    }

    /// ``matches(_:at:end:exactly:)`` for a literal, without building an array from it.
    func matches(_ word: StaticString, at i: Int, end: Int? = nil, exactly: Bool = false) -> Bool {
        word.withUTF8Buffer { matches($0, at: i, end: end, exactly: exactly) }
    }

    private func matches(_ word: UnsafeBufferPointer<UInt8>, at i: Int, end: Int?, exactly: Bool = false) -> Bool {
        let limit = end ?? bytes.count
        guard i >= 0, i + word.count <= limit else { return false }
        if exactly {
            for k in 0..<word.count where bytes[i + k] != word[k] { return false }
        } else {
            for k in 0..<word.count where Self.lower(bytes[i + k]) != word[k] { return false }
        }
        return true
    }

    /// The offset just past `word` when the bytes at `i` spell it (as ``matches(_:at:end:exactly:)``
    /// compares), else `nil`: `text.end(of: "kamerstuk", at: i)`.
    func end(of word: StaticString, at i: Int, end: Int? = nil, exactly: Bool = false) -> Int? {
        matches(word, at: i, end: end, exactly: exactly) ? i + word.utf8CodeUnitCount : nil
    }

    /// Whether the line starts with `word` (lowercase ASCII) followed by a non-letter.
    func lineStarts(_ line: LetterLine, with word: [UInt8]) -> Bool {
        word.withUnsafeBufferPointer { lineStarts(line, with: $0) }
    }

    /// ``lineStarts(_:with:)`` for a literal, without building an array from it.
    func lineStarts(_ line: LetterLine, with word: StaticString) -> Bool {
        word.withUTF8Buffer { lineStarts(line, with: $0) }
    }

    private func lineStarts(_ line: LetterLine, with word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard matches(word, at: line.start, end: line.end) else { return false }
        let after = line.start + word.count
        return after == line.end || !Self.isLetter(bytes[after])
    }

    /// The first occurrence of `word` (lowercase ASCII, case-insensitive) in `start..<end`.
    func find(_ word: [UInt8], from start: Int, to end: Int) -> Int? {
        word.withUnsafeBufferPointer { find($0, from: start, to: end) }
    }

    /// ``find(_:from:to:)`` for a literal, without building an array from it.
    func find(_ word: StaticString, from start: Int, to end: Int) -> Int? {
        word.withUTF8Buffer { find($0, from: start, to: end) }
    }

    private func find(_ word: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard let first = word.first, !Self.isUpperASCII(first), start >= 0, end <= bytes.count, end - start >= word.count
        else { return nil }
        let last = end - word.count
        // The first byte in both cases, so the loop compares bytes without folding them.
        let upper = Self.isLowerASCII(first) ? first & ~ASCII.caseBit : first
        // Eight positions at once on the first and the last byte of the word: a position must
        // hold both, which far fewer do than hold the first byte alone.
        let firstCase = upper == first ? 0 : ByteLanes.caseBits
        let final = word[word.count - 1]
        let finalCase = Self.isLowerASCII(final) ? ByteLanes.caseBits : 0
        return bytes.withUnsafeBufferPointer { b in
            let base = UnsafeRawPointer(b.baseAddress!)
            var i = start
            while i <= last {
                if i + 8 <= last + 1,
                    ByteLanes.pairLanes(
                        base, at: i, first: first, firstCase: firstCase, last: final, lastCase: finalCase,
                        distance: word.count - 1) == 0
                {
                    i += 8
                    continue
                }
                let c = b[i]
                if c == first || c == upper, matches(word, at: i, end: end) { return i }
                i += 1
            }
            return nil
        }
    }

    /// Index past the bytes from `i` on that `holds` accepts.
    @inline(__always)
    func skip(from i: Int, to end: Int, while holds: (UInt8) -> Bool) -> Int {
        var j = i
        while j < end, holds(bytes[j]) { j += 1 }
        return j
    }

    /// Index past the spaces and tabs at `i`.
    func skipBlanks(from i: Int, to end: Int) -> Int { skip(from: i, to: end, while: Self.isBlank) }

    /// Index past the whitespace (including line breaks) at `i`.
    func skipSpace(from i: Int, to end: Int) -> Int { skip(from: i, to: end, while: Self.isSpace) }

    /// Index past the run of ASCII digits at `i`.
    func skipDigits(from i: Int, to end: Int) -> Int { skip(from: i, to: end, while: Self.isDigit) }

    /// The value of the ASCII digits in `start..<end` (at most 9 digits).
    func number(_ start: Int, _ end: Int) -> Int {
        var v = 0
        var i = start
        while i < end, i < start + 9 { v = v * 10 + Int(bytes[i] &- UInt8(ascii: "0")); i += 1 }
        return v
    }

    /// Whether a word may start at `i`: `i` is the text start or follows a byte that is not a
    /// letter or digit.
    func isWordStart(_ i: Int) -> Bool {
        i == 0 || !Self.isAlphanumeric(bytes[i - 1])
    }

    /// Whether a word may end at `i`: `i` is the text end or holds a byte that is not a
    /// letter or digit.
    func isWordEnd(_ i: Int, end: Int? = nil) -> Bool {
        i >= (end ?? bytes.count) || !Self.isAlphanumeric(bytes[i])
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }
    @inline(__always) static func isUpperASCII(_ b: UInt8) -> Bool { b &- UInt8(ascii: "A") < 26 }
    @inline(__always) static func isLowerASCII(_ b: UInt8) -> Bool { b &- UInt8(ascii: "a") < 26 }
    /// ASCII letters and every byte of a multi-byte scalar (accented letters).
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool {
        (b | ASCII.caseBit) &- UInt8(ascii: "a") < 26 || b >= 0x80
    }
    @inline(__always) static func isAlphanumeric(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }
    @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") }
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") || b == UInt8(ascii: "\n") }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpperASCII(b) ? b | ASCII.caseBit : b }
    /// A hyphen or an en or em dash starts at `i`; returns its length in bytes, else 0.
    func dashLength(at i: Int, end: Int) -> Int {
        guard i < end else { return 0 }
        if bytes[i] == UInt8(ascii: "-") { return 1 }
        if bytes[i] == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 {
            return 3
        }
        return 0
    }
}

/// One line of a letter as a byte range (without the line break and surrounding blanks).
struct LetterLine: Equatable {
    var start: Int
    var end: Int
    var isEmpty: Bool { start >= end }
    var length: Int { end - start }
}
