/// Byte and scalar tests shared by the normalization steps. UTF-8 in, no allocation.
enum NormalizerBytes {
    static let space: UInt8 = 0x20
    static let hyphen: UInt8 = 0x2D
    static let period: UInt8 = 0x2E
    /// Opens a footnote marker kept inside a line until the text is assembled.
    static let markerOpen: UInt8 = 0x01
    /// Closes a footnote marker kept inside a line.
    static let markerClose: UInt8 = 0x02

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isASCIILower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isASCIIUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

    /// Decodes the scalar that starts at `i`; returns it and its length in bytes.
    @inline(__always)
    static func scalar(in bytes: [UInt8], at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let n = bytes.count
        var value: UInt32
        var length: Int
        if b0 >= 0xF0 { value = UInt32(b0 & 0x07); length = 4 }
        else if b0 >= 0xE0 { value = UInt32(b0 & 0x0F); length = 3 }
        else { value = UInt32(b0 & 0x1F); length = 2 }
        var k = 1
        while k < length, i + k < n {
            value = value << 6 | UInt32(bytes[i + k] & 0x3F)
            k += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", k)
    }

    /// The start of the scalar that ends just before `end`.
    @inline(__always)
    static func scalarStart(in bytes: [UInt8], before end: Int) -> Int {
        var i = end - 1
        while i > 0, isContinuation(bytes[i]) { i -= 1 }
        return i
    }

    /// Letter case of the scalar starting at `i`: ASCII fast path, Unicode properties otherwise.
    @inline(__always)
    static func isLetter(_ bytes: [UInt8], at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return isASCIILower(b) || isASCIIUpper(b) }
        if isContinuation(b) { return false }
        return scalar(in: bytes, at: i).0.properties.isAlphabetic
    }

    @inline(__always)
    static func isLowercaseLetter(_ bytes: [UInt8], at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return isASCIILower(b) }
        if isContinuation(b) { return false }
        let s = scalar(in: bytes, at: i).0.properties
        return s.isLowercase && s.isAlphabetic
    }

    @inline(__always)
    static func isUppercaseLetter(_ bytes: [UInt8], at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return isASCIIUpper(b) }
        if isContinuation(b) { return false }
        let s = scalar(in: bytes, at: i).0.properties
        return s.isUppercase && s.isAlphabetic
    }

    /// Whether `bytes[from...]` begins with `prefix`.
    @inline(__always)
    static func hasPrefix(_ bytes: [UInt8], _ prefix: [UInt8], at from: Int = 0) -> Bool {
        if bytes.count - from < prefix.count { return false }
        var k = 0
        while k < prefix.count {
            if bytes[from + k] != prefix[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether `prefix` occurs anywhere in `bytes`.
    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var i = 0
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first, hasPrefix(bytes, needle, at: i) { return true }
            i += 1
        }
        return false
    }

    /// ASCII-lowercased copy of a byte range (non-ASCII bytes copied as they are).
    static func asciiLowercased(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        for b in bytes { out.append(isASCIIUpper(b) ? b | 0x20 : b) }
        return out
    }
}
