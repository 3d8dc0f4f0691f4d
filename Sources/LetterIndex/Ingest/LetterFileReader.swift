import Foundation

/// Why a file was not indexed.
public struct SkipReason: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable code: `unreadable`, `empty`, `binary`, `too-large`, `not-text`.
    public var code: String
    /// What was wrong, for people.
    public var message: String

    /// A one-line description.
    public var description: String { message }
}

/// The text of one letter file, decoded.
public struct LetterFileText: Sendable {
    /// The decoded text.
    public var text: String
    /// SHA-256 of the file's bytes.
    public var sha256: String
    /// The file size in bytes.
    public var bytes: Int
    /// A note for the summary, e.g. that the file was Windows-1252 and converted.
    public var warning: String?
}

/// Reads a letter file's bytes and decodes them: UTF-8, or Windows-1252 converted with a warning.
public struct LetterFileReader: Sendable {
    /// Files larger than this are skipped.
    public var maximumBytes: Int

    /// A reader that skips files over `maximumBytes` (default 20 MB).
    public init(maximumBytes: Int = 20_000_000) {
        self.maximumBytes = maximumBytes
    }

    /// The file's bytes and hash, before decoding; used to skip unchanged files cheaply.
    public func load(_ url: URL) throws(SkipReason) -> (data: Data, sha256: String) {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw SkipReason(code: "unreadable", message: "cannot read: \(Self.reason(error))")
        }
        if data.count > maximumBytes {
            throw SkipReason(code: "too-large", message: "\(data.count) bytes, over the limit of \(maximumBytes)")
        }
        let sha = data.withUnsafeBytes { SHA256.hex(of: $0) }
        return (data, sha)
    }

    /// Decodes loaded bytes.
    public func decode(_ data: Data, sha256: String) throws(SkipReason) -> LetterFileText {
        if data.isEmpty { throw SkipReason(code: "empty", message: "empty file") }
        var warning: String?
        let text: String
        let nulCount = data.withUnsafeBytes { bytes in bytes.reduce(0) { $0 + ($1 == 0 ? 1 : 0) } }
        if nulCount > 0 {
            throw SkipReason(code: "binary", message: "binary file (\(nulCount) NUL bytes)")
        }
        if let utf8 = String(validating: data, as: UTF8.self) {
            text = utf8.hasPrefix("\u{FEFF}") ? String(utf8.dropFirst()) : utf8
        } else {
            let controls = data.withUnsafeBytes { $0.reduce(0) { $0 + ($1 < 9 || ($1 > 13 && $1 < 32) ? 1 : 0) } }
            if controls * 100 > data.count {
                throw SkipReason(code: "binary", message: "binary file (not UTF-8, \(controls) control bytes)")
            }
            text = Self.windows1252(data)
            warning = "not UTF-8: read as Windows-1252"
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw SkipReason(code: "empty", message: "no text (only white space)")
        }
        return LetterFileText(text: text, sha256: sha256, bytes: data.count, warning: warning)
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue))
        }
        return nsError.localizedDescription
    }

    /// Windows-1252 to String: Latin-1 plus the 0x80–0x9F punctuation block.
    static func windows1252(_ data: Data) -> String {
        let high: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
            0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
            0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        for byte in data {
            let value = byte >= 0x80 && byte < 0xA0 ? high[Int(byte - 0x80)] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
