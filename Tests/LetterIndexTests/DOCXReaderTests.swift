import Foundation
import PropertyBased
import Testing
@testable import LetterIndex

/// The DOCX fixture (Fixtures/docx/kst-19637-3185.docx) is `DOCXWriter.document(paragraphs:title:)`
/// of the lines of Corpus/tk-moties/kst-19637-3185.txt, titled "Motie kst-19637-3185"; the XML
/// cases below are `word/document.xml` bodies read without their zip.
@Suite struct DOCXReaderTests {
    static let nowhere = URL(fileURLWithPath: "/dev/null")
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static func fixture() throws -> Data {
        try ReaderFixtures.data("docx", "kst-19637-3185", "docx")
    }

    /// A `word/document.xml` of `body`, with `w` bound to the WordprocessingML namespace.
    static func document(_ body: String) -> Data {
        Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"\(wordNamespace)\"><w:body>\(body)</w:body></w:document>"
            .utf8)
    }

    @Test func aCorpusLetterComesBackParagraphForParagraphWithItsTitle() throws {
        let document = try DOCXReader().read(Self.fixture(), url: Self.nowhere)
        #expect(document.text.components(separatedBy: "\n") == (try ReaderFixtures.expectedLines("docx", "kst-19637-3185")))
        #expect(document.metadata.title == "Motie kst-19637-3185")
        #expect(document.format == "docx")
        #expect(document.warnings.isEmpty)
    }

    @Test func deletedAndMovedAwayTextIsLeftOutInsertedTextKept() throws {
        let xml = Self.document("""
            <w:p><w:r><w:t>verzoekt de </w:t></w:r>\
            <w:del w:id="1" w:author="A"><w:r><w:delText>minister </w:delText></w:r></w:del>\
            <w:ins w:id="2" w:author="A"><w:r><w:t>regering </w:t></w:r></w:ins>\
            <w:moveFrom w:id="3" w:author="A"><w:r><w:t>eerder </w:t></w:r></w:moveFrom>\
            <w:r><w:t>te stoppen</w:t></w:r><w:moveTo w:id="4" w:author="A"><w:r><w:t> eerder</w:t></w:r></w:moveTo></w:p>\
            <w:del w:id="5" w:author="A"><w:p><w:r><w:t>Een geschrapte alinea.</w:t></w:r></w:p></w:del>
            """)
        #expect(try DOCXReader.text(ofDocument: xml) == "verzoekt de regering te stoppen eerder")
    }

    @Test func tabsAreSpacesBreaksAreLinesAndOnlyRunTextCounts() throws {
        let xml = Self.document("""
            <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>\
            <w:r><w:t>Nr.</w:t><w:tab/><w:t>3185</w:t><w:br/><w:t>Voorgesteld</w:t><w:cr/><w:t>21 december</w:t></w:r></w:p>\
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>\
            <w:r><w:t>Ceder</w:t><w:noBreakHyphen/><w:t>Koekkoek</w:t></w:r></w:p>\
            <w:p/><w:p><w:r><w:t xml:space="preserve">  De   Kamer,  </w:t></w:r></w:p>
            """)
        #expect(try DOCXReader.text(ofDocument: xml) == "Nr. 3185\nVoorgesteld\n21 december\nCeder-Koekkoek\nDe Kamer,")
    }

    @Test func aTextBoxDrawnTwiceIsReadOnce() throws {
        let xml = Self.document("""
            <w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">\
            <mc:Choice Requires="wps"><w:txbxContent><w:p><w:r><w:t>Kader</w:t></w:r></w:p></w:txbxContent></mc:Choice>\
            <mc:Fallback><w:txbxContent><w:p><w:r><w:t>Kader</w:t></w:r></w:p></w:txbxContent></mc:Fallback>\
            </mc:AlternateContent></w:r><w:r><w:t>Tekst</w:t></w:r></w:p>
            """)
        #expect(try DOCXReader.text(ofDocument: xml) == "Kader\nTekst")
    }

    @Test func elementsAreKnownByNamespaceNotByPrefix() throws {
        let body = "<w:body><w:p><w:r><w:t>Den Haag</w:t></w:r></w:p></w:body>"
        let otherPrefix = "<x:document xmlns:x=\"\(Self.wordNamespace)\">\(body.replacingOccurrences(of: "w:", with: "x:"))</x:document>"
        #expect(try DOCXReader.text(ofDocument: Data(otherPrefix.utf8)) == "Den Haag")
        let otherNamespace = "<w:document xmlns:w=\"urn:iets-anders\">\(body)</w:document>"
        #expect(try DOCXReader.text(ofDocument: Data(otherNamespace.utf8)) == "")
    }

    /// Bodies with bytes that are not UTF-8 in an element or attribute name: a stray lead byte, a
    /// byte that never occurs, an encoded UTF-16 surrogate.
    static let namesThatAreNotUTF8: [[UInt8]] = {
        let paragraph = Array("<w:p><w:r><w:t>Den Haag</w:t></w:r></w:p>".utf8)
        let badAttribute: [UInt8] = Array("<w:p><w:r w:".utf8) + [0xFF]
            + Array("a=\"1\"><w:t>Den Haag</w:t></w:r></w:p>".utf8)
        return [
            paragraph + Array("<w:".utf8) + [0xC3] + Array("x/>".utf8),
            badAttribute,
            paragraph + Array("<w:".utf8) + [0xED, 0xA0, 0x80] + Array("/>".utf8),
        ]
    }()

    /// Foundation's XMLParser traps on names that are not valid UTF-8; the reader never lets it see
    /// any (the comment makes the text mostly UTF-8, so the bad bytes become U+FFFD).
    @Test(arguments: namesThatAreNotUTF8)
    func invalidUTF8InANameIsReadWithoutATrap(body: [UInt8]) throws {
        var xml = Self.document("<!-- één en één -->")
        let close = "</w:body></w:document>".utf8.count
        xml.insert(contentsOf: body, at: xml.count - close)
        #expect(try DOCXReader.text(ofDocument: xml) == "Den Haag")
    }

    @Test(arguments: [
        (Array("Den Haag, 3 maart 2024".utf8), "not a zip archive"),
        ([UInt8(ascii: "P"), UInt8(ascii: "K"), 3, 4] + Array(repeating: UInt8(ascii: "x"), count: 100),
         "damaged or cut-off zip archive (no end of central directory record)"),
    ])
    func bytesThatAreNoZipAreBadDOCX(bytes: [UInt8], message: String) {
        #expect(throws: SkipReason(code: "bad-docx", message: message)) {
            try DOCXReader().read(Data(bytes), url: Self.nowhere)
        }
    }

    @Test func aDOCXCutOffAnywhereIsBadDOCX() throws {
        let data = try Self.fixture()
        #expect(throws: SkipReason(code: "empty", message: "empty file")) {
            try DOCXReader().read(Data(), url: Self.nowhere)
        }
        for length in 1..<data.count {
            let error = #expect(throws: SkipReason.self) { try DOCXReader().read(data.prefix(length), url: Self.nowhere) }
            #expect(error?.code == "bad-docx", "cut at \(length) of \(data.count) bytes")
        }
    }

    @Test func aDOCXIsChosenByItsContentWhateverItsName() throws {
        let readers = LetterReaders(pdf: PDFReader(executable: nil))
        let data = try Self.fixture()
        for format in ["docx", "pdf", "txt", "xml"] {
            #expect(readers.reader(for: data, format: format).format == "docx")
        }
        let named = try readers.read(data, url: Self.nowhere, format: "txt")
        #expect(named.warnings.first == "named .txt but the content is docx: read as docx")
        #expect(try readers.read(data, url: Self.nowhere, format: "docx").warnings.isEmpty)
        #expect(readers.reader(for: try ReaderFixtures.data("pdf", "kst-19637-3185", "pdf"), format: "docx").format == "pdf")
        #expect(CorpusScanner.letterFormat("Brief.DOCX") == "docx")
    }

    @Test func aCutOffDOCXNamedOtherwiseIsBinary() throws {
        let cut = try Self.fixture().prefix(200)
        let error = #expect(throws: SkipReason.self) {
            try LetterReaders(pdf: PDFReader(executable: nil)).read(cut, url: Self.nowhere, format: "txt")
        }
        #expect(error?.code == "binary")
        #expect(error?.message
            == "binary file (zip archive, not a readable DOCX: damaged or cut-off zip archive (no end of central directory record))")
    }

    /// Changed bytes anywhere in a DOCX: a letter or a skip reason, never a trap or a hang.
    @Test func changedBytesAreReadOrSkippedWithAReason() async throws {
        let data = try Self.fixture()
        let changes = zip(Gen.int(in: 0...(data.count - 1)), Gen.int(in: 0...255)).array(of: 1...8)
        await propertyCheck(count: 2_000, input: changes) { changes in
            var bytes = [UInt8](data)
            for (offset, byte) in changes { bytes[offset] = UInt8(byte) }
            do throws(SkipReason) {
                let document = try DOCXReader().read(Data(bytes), url: Self.nowhere)
                #expect(document.text.utf8.count <= 4 * data.count + 64 * 1024)
            } catch {
                #expect(["bad-docx", "empty"].contains(error.code), "\(error.code): \(error.message)")
            }
        }
    }
}
