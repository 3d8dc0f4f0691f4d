import Foundation
import Testing
@testable import LetterIndex

@Suite struct PlainTextReaderTests {
    static func read(_ bytes: [UInt8]) throws(SkipReason) -> LetterDocument {
        try PlainTextReader().read(Data(bytes), url: URL(fileURLWithPath: "/x.txt"))
    }

    static let letter = "Den Haag, 3 maart 1990\nBrief over de coöperatie met België.\n"

    @Test func utf8IsReadAsIsAndTheByteOrderMarkDropped() throws {
        let document = try Self.read([0xEF, 0xBB, 0xBF] + Array(Self.letter.utf8))
        #expect(document.text == Self.letter)
        #expect(document.warnings.isEmpty)
    }

    @Test func windows1252IsConvertedWithAWarning() throws {
        let bytes = Array("Den Haag, 3 maart 1990\nBrief over de co".utf8) + [0xF6] + Array("peratie met Belgi".utf8) + [0xEB, 0x2E, 0x0A]
            + [0x93] + Array("aanhalingen".utf8) + [0x94]
        let document = try Self.read(bytes)
        #expect(document.text == Self.letter + "\u{201C}aanhalingen\u{201D}")
        #expect(document.warnings == ["not UTF-8: read as Windows-1252"])
    }

    @Test func utf16IsConvertedWithAWarning() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in Self.letter.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let document = try Self.read(bytes)
        #expect(document.text == Self.letter)
        #expect(document.warnings.first?.contains("UTF-16") == true)
        var bare: [UInt8] = []
        for unit in Self.letter.utf16 { bare += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try Self.read(bare).text == Self.letter)
    }

    @Test func mostlyUTF8WithABadByteKeepsTheGoodCharacters() throws {
        let bytes = Array("Brief over de coöperatie".utf8) + [0xFF] + Array(" met België.".utf8)
        let document = try Self.read(bytes)
        #expect(document.text == "Brief over de coöperatie\u{FFFD} met België.")
        #expect(document.warnings.first?.contains("invalid UTF-8") == true)
    }

    @Test func aFewNULBytesAreRemovedWithAWarning() throws {
        let bytes = Array("Brief over de begroting van 1990, die de Kamer".utf8) + [0] + Array(" heeft ontvangen.".utf8)
        let document = try Self.read(bytes)
        #expect(document.text == "Brief over de begroting van 1990, die de Kamer heeft ontvangen.")
        #expect(document.warnings == ["1 NUL byte removed"])
    }

    /// Signatures followed by plain ASCII: valid UTF-8, still refused with the kind.
    static let signed: [(bytes: [UInt8], kind: String)] = [
        (Array("{\\rtf1\\ansi Brief".utf8), "RTF document, not supported"),
        (Array("GIF89a brief".utf8), "GIF image"),
        (Array("BZh91AY&SY".utf8), "bzip2 archive"),
        (Array("Rar! archief".utf8), "RAR archive"),
        (Array("SQLite format 3 kopie".utf8), "SQLite database"),
        ([0x50, 0x4B, 0x05, 0x06, 0x20, 0x6C], "zip archive, e.g. .docx or .odt"),
        ([0x4D, 0x4D, 0x00, 0x2A, 0x74, 0x69], "TIFF image"),
        ([0x7F, 0x45, 0x4C, 0x46, 0x65, 0x6C], "ELF executable"),
    ]

    @Test(arguments: signed)
    func filesWithABinarySignatureAreRefusedWithTheirKind(bytes: [UInt8], kind: String) {
        let error = #expect(throws: SkipReason.self) { try Self.read(bytes) }
        #expect(error?.code == "binary")
        #expect(error?.message == "binary file (\(kind))")
    }

    @Test(arguments: [
        ([UInt8](), "empty"),
        (Array("  \n\t \r\n".utf8), "empty"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "binary"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "binary"),
        ((0..<512).map { UInt8(($0 * 7919) % 256) }, "binary"),
        ([0x41, 0, 0, 0x42, 0, 0x43, 0, 0, 0x44, 0x01], "binary"),
    ])
    func unreadableBytesAreSkippedWithTheirCode(bytes: [UInt8], code: String) {
        let error = #expect(throws: SkipReason.self) { try Self.read(bytes) }
        #expect(error?.code == code)
    }
}
