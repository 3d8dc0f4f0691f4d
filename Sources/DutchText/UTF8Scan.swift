/// Decoding and classifying single scalars in UTF-8 bytes, for the byte-level scanners.
public enum UTF8Scan {
    /// The scalar starting at `index` and its length in bytes; invalid bytes decode as U+FFFD, length 1.
    @inline(__always)
    public static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[index])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        let count = bytes.count
        if b0 & 0xE0 == 0xC0, index + 1 < count {
            let value = (b0 & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            if let s = Unicode.Scalar(value) { return (s, 2) }
        } else if b0 & 0xF0 == 0xE0, index + 2 < count {
            let value = (b0 & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            if let s = Unicode.Scalar(value) { return (s, 3) }
        } else if b0 & 0xF8 == 0xF0, index + 3 < count {
            let value = (b0 & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
            if let s = Unicode.Scalar(value) { return (s, 4) }
        }
        return ("\u{FFFD}", 1)
    }

    /// Whether a non-ASCII scalar belongs inside a word: letters, digits and combining marks.
    @inline(__always)
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Latin-1 letters and Latin Extended-A/B, the common case, without property lookups.
        if value >= 0xC0 && value <= 0x24F { return value != 0xD7 && value != 0xF7 }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }
}
