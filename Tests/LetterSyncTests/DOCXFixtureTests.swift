import Foundation
import LetterIndex
import SyncReplay
import Testing
import TestSupport

/// Letters of the shared corpus for the file makers, spread evenly over each folder's sorted files.
enum CorpusSamples {
    static let folders = ["tk-moties", "sgd-historical"]
    static let present = folders.allSatisfy {
        FileManager.default.fileExists(atPath: TemporaryCorpus.shared.appendingPathComponent($0).path)
    }

    /// `count` letters of each folder, as paths relative to the shared corpus; none without it.
    static func letters(perFolder count: Int) -> [String] {
        folders.flatMap { folder -> [String] in
            let url = TemporaryCorpus.shared.appendingPathComponent(folder)
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
                .filter { $0.hasSuffix(".txt") }.sorted()
            guard !names.isEmpty else { return [] }
            let step = max(1, names.count / count)
            return stride(from: 0, to: names.count, by: step).prefix(count).map { "\(folder)/\(names[$0])" }
        }
    }

    /// The lines of a letter.
    static func lines(of path: String) throws -> [String] {
        let data = try Data(contentsOf: TemporaryCorpus.shared.appendingPathComponent(path))
        return String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
    }

    /// What a reader gives back of `lines`, one paragraph a line: white space collapsed to one
    /// space, lines trimmed, empty lines dropped.
    static func paragraphs(_ lines: [String]) -> [String] {
        lines.map(words).filter { !$0.isEmpty }.map { $0.joined(separator: " ") }
    }

    /// The words of `text`: what is between white space.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map(String.init)
    }
}

/// DOCX files made by `DOCXWriter` from corpus letters and by hand, read by `DOCXReader`: the text
/// comes back paragraph for paragraph, and archives that are no whole Word document are refused
/// with `bad-docx` without a trap or a hang.
@Suite struct DOCXFixtureTests {
    static let samples = CorpusSamples.letters(perFolder: 12)
    static let nowhere = URL(fileURLWithPath: "/dev/null")

    @Test(.enabled(if: CorpusSamples.present, "needs ../shared/corpus"), arguments: samples)
    func aCorpusLetterComesBackParagraphForParagraph(path: String) throws {
        let lines = try CorpusSamples.lines(of: path)
        let title = "Brief \(path)"
        let document = try DOCXReader().read(DOCXWriter.document(paragraphs: lines, title: title), url: Self.nowhere)
        #expect(document.text.components(separatedBy: "\n") == CorpusSamples.paragraphs(lines))
        #expect(document.metadata.title == title)
        #expect(document.format == "docx")
        #expect(document.warnings.isEmpty)
    }

    @Test(.enabled(if: CorpusSamples.present, "needs ../shared/corpus"))
    func theSamplesAreTwentyLettersOrMoreFromBothFolders() {
        #expect(Self.samples.count >= 20)
        for folder in CorpusSamples.folders {
            #expect(Self.samples.contains { $0.hasPrefix(folder + "/") })
        }
    }

    @Test func theSameParagraphsGiveTheSameBytes() throws {
        let paragraphs = ["De Kamer,", "gehoord de beraadslaging,"]
        let first = try DOCXWriter.document(paragraphs: paragraphs, title: "Motie")
        #expect(try DOCXWriter.document(paragraphs: paragraphs, title: "Motie") == first)
        #expect(try DOCXWriter.document(paragraphs: paragraphs, title: "Motie 2") != first)
        #expect(try DOCXWriter.document(paragraphs: paragraphs, title: nil) != first)
    }

    @Test func markupTabsLineEndsAndControlCharactersComeBackAsText() throws {
        let paragraphs = ["a < b & \"c\" > d", "kolom 1\tkolom 2", "regel 1\nregel 2", "bel\u{7}teken", "", "  rand  "]
        let data = try DOCXWriter.document(paragraphs: paragraphs, title: "Kop & <staart>")
        let document = try DOCXReader().read(data, url: Self.nowhere)
        #expect(document.text == "a < b & \"c\" > d\nkolom 1 kolom 2\nregel 1\nregel 2\nbel teken\nrand")
        #expect(document.metadata.title == "Kop & <staart>")
    }

    @Test func aDOCXNamedPDFIsReadAsDOCXAndAPDFNamedDOCXAsPDF() throws {
        let readers = LetterReaders(pdf: PDFReader(executable: nil))
        let docx = try DOCXWriter.document(paragraphs: ["Den Haag, 3 maart 2024"], title: nil)
        #expect(readers.reader(for: docx, format: "pdf").format == "docx")
        let document = try readers.read(docx, url: Self.nowhere, format: "pdf")
        #expect(document.text == "Den Haag, 3 maart 2024")
        #expect(document.warnings.first == "named .pdf but the content is docx: read as docx")
        #expect(readers.reader(for: PDFWriter.document(lines: ["Den Haag"]), format: "docx").format == "pdf")
    }

    @Test func aZipThatIsNoWordDocumentIsBadDOCXOrBinaryByItsName() throws {
        let zip = try DOCXWriter.archive([("content.xml", Data("<office:document/>".utf8))])
        let error = #expect(throws: SkipReason.self) { try DOCXReader().read(zip, url: Self.nowhere) }
        #expect(error?.code == "bad-docx")
        #expect(error?.message == "no word/document.xml: a zip archive, but not a Word document")
        let readers = LetterReaders(pdf: PDFReader(executable: nil))
        #expect(throws: SkipReason.self) { try readers.read(zip, url: Self.nowhere, format: "docx") }
        let named = #expect(throws: SkipReason.self) { try readers.read(zip, url: Self.nowhere, format: "txt") }
        #expect(named?.code == "binary")
    }

    @Test func aDocumentOverTheLimitIsRefusedBeforeItIsUnpacked() throws {
        let paragraphs = Array(repeating: "De Kamer, gehoord de beraadslaging,", count: 500)
        let data = try DOCXWriter.document(paragraphs: paragraphs, title: nil)
        var reader = DOCXReader()
        reader.maximumDocumentBytes = 10_000
        let error = #expect(throws: SkipReason.self) { try reader.read(data, url: Self.nowhere) }
        #expect(error?.code == "bad-docx")
        #expect(error?.message.hasPrefix("word/document.xml unpacks to ") == true)
        #expect(error?.message.hasSuffix(" bytes, over the limit of 10000") == true)
    }

    @Test func anArchiveOfTooManyEntriesIsRefused() throws {
        let entries = (0..<6).map { ("word/media/image\($0).png", Data("plaatje".utf8)) }
        let document = ("word/document.xml", Data(DOCXWriter.documentXML(paragraphs: ["Den Haag"]).utf8))
        let data = try DOCXWriter.archive([document] + entries)
        var reader = DOCXReader()
        reader.maximumEntries = 5
        let error = #expect(throws: SkipReason.self) { try reader.read(data, url: Self.nowhere) }
        #expect(error == SkipReason(code: "bad-docx", message: "zip archive of 7 entries, over the limit of 5"))
        reader.maximumEntries = 7
        #expect(try reader.read(data, url: Self.nowhere).text == "Den Haag")
    }

    @Test func aDocumentThatIsNotWellFormedIsRefused() throws {
        let xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
        let data = try DOCXWriter.archive([("word/document.xml", Data(xml.utf8))])
        let error = #expect(throws: SkipReason.self) { try DOCXReader().read(data, url: Self.nowhere) }
        #expect(error?.code == "bad-docx")
        #expect(error?.message.hasPrefix("word/document.xml is not well-formed XML (line 1:") == true)
    }

    @Test func aDocumentWithoutTextIsEmpty() throws {
        let data = try DOCXWriter.document(paragraphs: ["", " \t "], title: "Leeg")
        #expect(throws: SkipReason(code: "empty", message: "no text in word/document.xml")) {
            try DOCXReader().read(data, url: Self.nowhere)
        }
    }

    /// The offset of the central directory entry for `name`.
    static func directoryEntry(_ name: String, in data: Data) throws -> Int {
        let bytes = [UInt8](data)
        let signature: [UInt8] = [UInt8(ascii: "P"), UInt8(ascii: "K"), 1, 2]
        let wanted = Array(name.utf8)
        let found = (0..<(bytes.count - 46)).first { offset in
            Array(bytes[offset..<(offset + 4)]) == signature && bytes[(offset + 46)...].starts(with: wanted)
        }
        return try #require(found)
    }

    /// `data` with the little-endian `value` written at `offset`.
    static func patched(_ data: Data, at offset: Int, _ value: UInt64, width: Int = 4) -> Data {
        var bytes = [UInt8](data)
        for index in 0..<width { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
        return Data(bytes)
    }

    @Test func aDocumentLargerThanItsDirectorySaysIsCutShort() throws {
        let data = try DOCXWriter.document(paragraphs: Array(repeating: "De Kamer,", count: 100), title: nil)
        let entry = try Self.directoryEntry("word/document.xml", in: data)
        let lying = Self.patched(data, at: entry + 24, 100)
        let error = #expect(throws: SkipReason.self) { try DOCXReader().read(lying, url: Self.nowhere) }
        #expect(error?.message
            == "damaged zip archive (word/document.xml unpacks to more than the 100 bytes the directory says)")
    }

    @Test func aCentralDirectoryPastTheEndIsRefused() throws {
        // ZIPFoundation's Archive traps on this one (a range with a negative length in its
        // in-memory file).
        let data = try DOCXWriter.document(paragraphs: ["De Kamer,"], title: nil)
        let end = data.count - 22
        for offset in [UInt64(data.count), 65_535, UInt64(UInt32.max - 1)] {
            let moved = Self.patched(data, at: end + 16, offset)
            let error = #expect(throws: SkipReason.self) { try DOCXReader().read(moved, url: Self.nowhere) }
            #expect(error?.message == "damaged or cut-off zip archive (central directory outside the file)")
        }
        let entry = try Self.directoryEntry("word/document.xml", in: data)
        let headerMoved = Self.patched(data, at: entry + 42, 65_535)
        let error = #expect(throws: SkipReason.self) { try DOCXReader().read(headerMoved, url: Self.nowhere) }
        #expect(error?.message == "damaged zip archive (the local header of word/document.xml is missing)")
    }

    @Test(.timeLimit(.minutes(1)))
    func aDeflateStreamThatDoesNotEndInItsEntryIsRefused() throws {
        // ZIPFoundation's Archive.extract reads such a stream forever on Linux, and with the
        // bytes after the entry 16 KB + 10 long hands zlib a 10-byte buffer as 16 KB.
        let data = try DOCXWriter.document(paragraphs: Array(repeating: "De Kamer,", count: 100), title: nil)
        let entry = try Self.directoryEntry("word/document.xml", in: data)
        let bytes = [UInt8](data)
        func uint16(at offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }
        let header = uint16(at: entry + 42)
        let start = header + 30 + uint16(at: header + 26) + uint16(at: header + 28)
        // A stored block (type 00, not final) of 65535 bytes (LEN FFFF, NLEN 0000): far more than there are.
        var cut = Self.patched(data, at: start, 0x00_00FF_FF00, width: 5)
        cut.append(Data(repeating: UInt8(ascii: " "), count: max(0, 16_384 + 10 - (cut.count - start))))
        let error = #expect(throws: SkipReason.self) { try DOCXReader().read(cut, url: Self.nowhere) }
        #expect(error?.message == "damaged zip archive (the deflate data of word/document.xml ends too early)")
    }
}
