import Foundation

/// Bytes to text for the text-based readers: UTF-8 (a byte order mark dropped), UTF-16, mostly
/// UTF-8 with a few bad bytes, or Windows-1252; binary files are refused with their kind.
///
/// ```swift
/// let (text, warnings) = try TextDecoding.decode(Data([0x63, 0x6F, 0xF6]))
/// // "coö", ["not UTF-8: read as Windows-1252"]
/// ```
enum TextDecoding {
    /// Decodes `data`, or throws ``SkipReason`` `empty` or `binary`.
    static func decode(_ data: Data) throws(SkipReason) -> (text: String, warnings: [String]) {
        if data.isEmpty { throw SkipReason(code: "empty", message: "empty file") }
        // Nearly every letter: UTF-8 without NUL bytes and no binary signature, read where the
        // bytes are (the path below copies them first).
        let plain = data.withUnsafeBytes { raw -> String? in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard memchr(raw.baseAddress!, 0, raw.count) == nil, binaryKind(bytes) == nil else { return nil }
            return String(validating: bytes, as: UTF8.self)
        }
        if let plain { return (withoutByteOrderMark(plain), []) }
        let bytes = [UInt8](data)
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return (try utf16(bytes.dropFirst(2), littleEndian: bytes[0] == 0xFF), ["UTF-16: converted to UTF-8"])
        }
        if let kind = binaryKind(bytes) {
            throw SkipReason(code: "binary", message: "binary file (\(kind))")
        }
        var warnings: [String] = []
        var text = bytes
        let nulCount = bytes.withUnsafeBufferPointer { buffer in
            memchr(buffer.baseAddress!, 0, buffer.count) == nil ? 0 : buffer.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        }
        if nulCount > 0 {
            if let littleEndian = utf16WithoutMark(bytes) {
                return (try utf16(bytes[...], littleEndian: littleEndian), ["UTF-16 without byte order mark: converted to UTF-8"])
            }
            if nulCount * 100 > bytes.count && nulCount > 2 {
                throw SkipReason(code: "binary", message: "binary file (\(nulCount) NUL bytes)")
            }
            text.removeAll { $0 == 0 }
            warnings.append("\(nulCount) NUL byte\(nulCount == 1 ? "" : "s") removed")
        }
        if let utf8 = String(validating: text, as: UTF8.self) {
            return (withoutByteOrderMark(utf8), warnings)
        }
        let controls = text.reduce(0) { $0 + ($1 < 9 || ($1 > 13 && $1 < 32) || $1 == 127 ? 1 : 0) }
        if controls * 100 > text.count {
            throw SkipReason(code: "binary", message: "binary file (not UTF-8, \(controls) control bytes)")
        }
        let (valid, invalid) = utf8SequenceCounts(text)
        if valid > invalid {
            let decoded = String(decoding: text, as: UTF8.self)
            warnings.append("\(invalid) invalid UTF-8 byte\(invalid == 1 ? "" : "s") replaced by U+FFFD")
            return (withoutByteOrderMark(decoded), warnings)
        }
        warnings.append("not UTF-8: read as Windows-1252")
        return (windows1252(text), warnings)
    }

    /// The kind of a file whose first bytes are a known binary signature.
    static func binaryKind(_ bytes: some Sequence<UInt8>) -> String? {
        signatures.first { bytes.starts(with: $0.bytes) }?.kind
    }

    /// Binary signatures and what they announce.
    private static let signatures: [(bytes: [UInt8], kind: String)] = [
        ([0x50, 0x4B, 0x03, 0x04], "zip archive, e.g. .docx or .odt"),
        ([0x50, 0x4B, 0x05, 0x06], "zip archive, e.g. .docx or .odt"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "Office document, e.g. .doc"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF8".utf8), "GIF image"),
        ([0x49, 0x49, 0x2A, 0x00], "TIFF image"),
        ([0x4D, 0x4D, 0x00, 0x2A], "TIFF image"),
        ([0x1F, 0x8B], "gzip archive"),
        (Array("BZh".utf8), "bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz archive"),
        ([0x37, 0x7A, 0xBC, 0xAF], "7-Zip archive"),
        (Array("Rar!".utf8), "RAR archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        (Array("SQLite format 3".utf8), "SQLite database"),
        (Array("{\\rtf".utf8), "RTF document, not supported"),
    ]

    /// Whether NUL bytes sit in every other position, as in UTF-16 without a byte order mark;
    /// `true` for little-endian.
    static func utf16WithoutMark(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 8, bytes.count % 2 == 0 else { return nil }
        var evenNul = 0
        var oddNul = 0
        for index in stride(from: 0, to: bytes.count, by: 2) {
            if bytes[index] == 0 { evenNul += 1 }
            if bytes[index + 1] == 0 { oddNul += 1 }
        }
        let pairs = bytes.count / 2
        if oddNul * 10 >= pairs * 7 && evenNul * 20 < pairs { return true }
        if evenNul * 10 >= pairs * 7 && oddNul * 20 < pairs { return false }
        return nil
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) throws(SkipReason) -> String {
        guard bytes.count % 2 == 0 else {
            throw SkipReason(code: "binary", message: "binary file (UTF-16 marked, odd length)")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw SkipReason(code: "binary", message: "binary file (invalid UTF-16)")
        }
        return withoutByteOrderMark(text)
    }

    /// `text` without a leading byte order mark (U+FEFF).
    private static func withoutByteOrderMark(_ text: String) -> String {
        text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// Well-formed multi-byte UTF-8 sequences and bytes that belong to none.
    static func utf8SequenceCounts(_ bytes: [UInt8]) -> (valid: Int, invalid: Int) {
        var valid = 0
        var invalid = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0
            if length > 0, index + length <= bytes.count,
                bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 })
            {
                valid += 1
                index += length
            } else {
                invalid += 1
                index += 1
            }
        }
        return (valid, invalid)
    }

    /// Windows-1252 to String: Latin-1 plus the 0x80–0x9F punctuation block.
    static func windows1252(_ bytes: [UInt8]) -> String {
        let high: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
            0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
            0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = byte >= 0x80 && byte < 0xA0 ? high[Int(byte - 0x80)] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
