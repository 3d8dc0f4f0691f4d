import DutchText

/// Scalar-level reading shared by the minister, ministry and person recognizers: folding Latin
/// letters to lowercase ASCII (through `Folding.latinLetters`), reading words of letters with
/// inner `-`, `'` and `.`, and skipping space on UTF-8 text. ``LetterBytes`` is the ASCII layer
/// below it, ``NameFolding`` the gazetteer keys beside it.
enum MinisterText {
    /// The first folded letter of U+00C0...U+017F (``Folding/latinLetters``); 0 where the table
    /// folds nothing.
    private static let latinFold: [UInt8] = Folding.latinLetters.map { $0.first ?? 0 }

    /// The scalar starting at `index` and its length in bytes (invalid bytes read as U+FFFD, length 1).
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (UInt32, Int) {
        let b0 = bytes[index]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let count = bytes.count
        if b0 & 0xE0 == 0xC0, index + 1 < count {
            return ((UInt32(b0 & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if b0 & 0xF0 == 0xE0, index + 2 < count {
            let value = (UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6)
                | UInt32(bytes[index + 2] & 0x3F)
            return (value, 3)
        }
        if b0 & 0xF8 == 0xF0, index + 3 < count {
            let value = (UInt32(b0 & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
                | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F)
            return (value, 4)
        }
        return (0xFFFD, 1)
    }

    /// The scalar folded to a lowercase ASCII letter or digit; 1 for other letters; 0 for non-letters.
    @inline(__always)
    static func fold(_ value: UInt32) -> UInt8 {
        if value < 0x80 {
            let b = UInt8(value)
            if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") { return b }
            if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { return b | ASCII.caseBit }
            if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { return b }
            return 0
        }
        if value >= 0xC0 && value < 0x180 {
            let letter = latinFold[Int(value) - 0xC0]
            if letter != 0 { return letter }
        }
        if value == 0xAD || value == 0xFFFD { return 0 }
        if let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic { return 1 }
        return 0
    }

    /// Whether the scalar is an uppercase letter.
    @inline(__always)
    static func isUpper(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= UInt32(ascii: "A") && value <= UInt32(ascii: "Z") }
        if value >= 0xC0 && value <= 0xDE { return value != 0xD7 }
        return Unicode.Scalar(value)?.properties.isUppercase ?? false
    }

    /// Whether the scalar is a letter (any script).
    @inline(__always)
    static func isLetter(_ value: UInt32) -> Bool {
        let folded = fold(value)
        return folded != 0 && (folded > UInt8(ascii: "9") || folded == 1)
    }

    /// Lowercase, diacritics removed, runs of space collapsed; letters, digits, `-`, `'` and `&` kept.
    ///
    /// `folded("Financiën  ")` is `"financien"`.
    static func folded(_ text: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let f = fold(value)
            if f > 1 {
                if pendingSpace && !out.isEmpty { out.append(UInt8(ascii: " ")) }
                pendingSpace = false
                out.append(f)
            } else if f == 1 {
                if pendingSpace && !out.isEmpty { out.append(UInt8(ascii: " ")) }
                pendingSpace = false
                out.append(contentsOf: Array(String(scalar).lowercased().utf8))
            } else if value == UInt32(ascii: "-") || value == UInt32(ascii: "'") || value == UInt32(ascii: "&") || value == 0x2019 {
                if pendingSpace && !out.isEmpty { out.append(UInt8(ascii: " ")) }
                pendingSpace = false
                out.append(value == 0x2019 ? UInt8(ascii: "'") : UInt8(value))
            } else if value == UInt32(ascii: " ") || value == UInt32(ascii: "\t") || value == UInt32(ascii: "\n") || value == UInt32(ascii: "\r") || value == 0xA0 {
                pendingSpace = true
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Letters and digits only, folded: `compact("Welzijn, Volksge-zondheid")` is `"welzijnvolksgezondheid"`.
    static func compact(_ text: some StringProtocol) -> [UInt8] {
        var out: [UInt8] = []
        for scalar in text.unicodeScalars {
            let f = fold(scalar.value)
            if f != 0 { out.append(f) }
        }
        return out
    }

    /// Index of the first byte after spaces and tabs (and at most `newlines` line breaks) from `index`.
    @inline(__always)
    static func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, newlines: Int = 1) -> Int {
        var i = index
        var seen = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") {
                i += 1
            } else if b == UInt8(ascii: "\n") {
                if seen == newlines { return i }
                seen += 1
                i += 1
            } else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 {
                i += 2
            } else {
                return i
            }
        }
        return i
    }

    /// The end of the word starting at `index`: letters, digits, and inner `-`, `'`, `.` are part of it.
    @inline(__always)
    static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        var i = index
        while i < bytes.count {
            let (value, length) = scalar(bytes, i)
            if fold(value) != 0 {
                i += length
            } else if (value == UInt32(ascii: "-") || value == UInt32(ascii: "'") || value == 0x2019 || value == 0xAD) && i > index
                && i + length < bytes.count && fold(scalar(bytes, i + length).0) != 0
            {
                i += length
            } else {
                break
            }
        }
        return i
    }

    /// The folded ASCII form of `bytes[start..<end]` (letters and digits; `-` kept).
    static func foldedWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var i = start
        while i < end {
            let (value, length) = scalar(bytes, i)
            let f = fold(value)
            if f != 0 { out.append(f) } else if value == UInt32(ascii: "-") { out.append(UInt8(ascii: "-")) }
            i += length
        }
        return out
    }

    /// Whether `bytes[index...]` starts with the ASCII `word` case-insensitively and the word ends there.
    @inline(__always)
    static func hasWord(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let w = word.utf8Start
        for k in 0..<count where bytes[index + k] | ASCII.caseBit != w[k] {
            return false
        }
        if index + count < bytes.count {
            return fold(scalar(bytes, index + count).0) == 0
        }
        return true
    }

    /// Whether the byte before `index` does not continue a word (start of text, space, punctuation).
    @inline(__always)
    static func isWordStart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        if index == 0 { return true }
        var j = index - 1
        while j > 0 && bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return fold(scalar(bytes, j).0) == 0
    }

    /// Index of the start of the line containing `index`.
    @inline(__always)
    static func lineStart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        var i = index
        while i > 0 && bytes[i - 1] != UInt8(ascii: "\n") { i -= 1 }
        return i
    }

    /// Index of the line break ending the line containing `index` (or the end of the text).
    @inline(__always)
    static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        // Paragraphs run to kilobytes: eight bytes at a time.
        LetterBytes.lineBreak(bytes, from: index)
    }

    /// Whether `word` is exactly `literal` (compared without building an array from it).
    @inline(__always)
    static func equals(_ word: [UInt8], _ literal: StaticString) -> Bool {
        guard word.count == literal.utf8CodeUnitCount else { return false }
        let p = literal.utf8Start
        for k in 0..<word.count where word[k] != p[k] { return false }
        return true
    }

    /// Whether `word` begins with `literal`.
    @inline(__always)
    static func starts(_ word: [UInt8], with literal: StaticString) -> Bool {
        guard word.count >= literal.utf8CodeUnitCount else { return false }
        let p = literal.utf8Start
        for k in 0..<literal.utf8CodeUnitCount where word[k] != p[k] { return false }
        return true
    }

    /// The text of `bytes[start..<end]` as a String.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
