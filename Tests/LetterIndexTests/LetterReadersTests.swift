import Foundation
import PropertyBased
import Testing
@testable import LetterIndex

@Suite struct LetterReadersTests {
    @Test func contentWinsOverTheExtension() throws {
        let readers = LetterReaders()
        let xml = try ReaderFixtures.data("xml", "kst-34104-439", "xml")
        let page = try ReaderFixtures.data("html", "kst-34104-439", "html")
        let pdf = try ReaderFixtures.data("pdf", "kst-19637-3185", "pdf")
        #expect(readers.reader(for: xml, format: "txt").format == "xml")
        #expect(readers.reader(for: page, format: "xml").format == "html")
        #expect(readers.reader(for: pdf, format: "txt").format == "pdf")
        #expect(readers.reader(for: Data("Den Haag, 3 maart".utf8), format: "html").format == "txt")
        #expect(readers.reader(for: Data("Den Haag, 3 maart".utf8), format: "txt").format == "txt")
    }

    @Test func aMismatchIsReadAndNoted() throws {
        let url = try ReaderFixtures.url("xml", "kst-34104-439", "xml")
        let document = try LetterReaders().read(Data(contentsOf: url), url: url, format: "txt")
        #expect(document.format == "xml")
        #expect(document.warnings.first == "named .txt but the content is xml: read as xml")
        #expect(document.metadata.ondernummer == "439")
    }

    @Test func everyReaderFormatIsAScannedExtension() {
        for format in ["txt", "xml", "html", "pdf", "docx"] {
            #expect(CorpusScanner.letterExtensions.contains(format))
        }
    }

    static let sniffCases: [(String, String)] = [
        ("PK\u{03}\u{04}\u{14}\u{00}%PDF-1.4", "zip"),
        ("Den Haag PK\u{03}\u{04}", "none"),
        ("%PDF-1.4\n1 0 obj", "pdf"),
        (String(repeating: "x", count: 1_000) + "%PDF-1.7", "pdf"),
        (String(repeating: "x", count: 1_020) + "%PDF-1.7", "none"),
        ("Den Haag 50% PDF -", "none"),
        ("eindigt op %PDF", "none"),
        ("\u{FEFF} \n\t<?xml version=\"1.0\"?><officiele-publicatie>", "xml"),
        ("<?xml version=\"1.0\"?><root/>", "xml"),
        ("  <!DOCTYPE html><p>brief</p>", "html"),
        ("<div><BODY>brief</BODY></div>", "html"),
        ("<brief>tekst <?xml niet aan het begin", "none"),
        ("Brief met <html> in de tekst", "none"),
    ]

    @Test(arguments: sniffCases)
    func sniffingReadsTheFirstBytes(text: String, expected: String) {
        let found = LetterReaders.sniff(Data(text.utf8)).map { "\($0)" } ?? "none"
        #expect(found == expected)
    }
}

/// Any bytes under any claimed format: a letter or a skip reason, never a trap.
@Suite struct LetterReadersPropertyTests {
    static let bytes: [UInt8] = Array("<>/?!=\"'&;#x a<html><body><p><?xml <officiele-publicatie>%PDF-é\n".utf8)
        + [0x00, 0x80, 0xC3, 0xFE, 0xFF, 0xEF, 0xBB, 0xBF]

    @Test func anyBytesAreReadOrSkippedWithAReason() async {
        let reader = LetterFileReader(readers: LetterReaders(pdf: PDFReader(executable: nil)))
        let input = zip(Gen.element(of: Self.bytes).compactMap { $0 }.array(of: 0...200), Gen.element(of: ["txt", "xml", "html"]))
        await propertyCheck(count: 2_000, input: input) { bytes, format in
            do {
                let text = try reader.decode(Data(bytes), sha256: "", format: format ?? "txt")
                #expect(text.text.utf8.count <= bytes.count * 4 + 16)
            } catch let error as SkipReason {
                #expect(!error.code.isEmpty)
            } catch {
                Issue.record("not a skip reason: \(error)")
            }
        }
    }
}

/// Foundation's XMLParser traps on names that are not valid UTF-8; the XML reader never lets it see any.
@Suite struct PublicationXMLReaderEncodingTests {
    static let shapes: [[UInt8]] = [
        Array("<brief><ti".utf8) + [0xC3] + Array("tel a".utf8) + [0xFF] + Array("=\"x\">Den Haag</ti".utf8) + [0xC3] + Array("tel></brief>".utf8),
        [0xFE, 0xFF, 0x00, 0x3C, 0xD8, 0x00, 0x00, 0x61, 0x00, 0x3E, 0x00, 0x78, 0x00, 0x3C, 0x00, 0x2F, 0xD8, 0x00, 0x00, 0x61, 0x00, 0x3E],
        Array("<?xml version=\"1.0\" encoding=\"UTF-16\"?><brief><p>Den Haag</p></brief>".utf8),
        Array("<?xml version='1.0' encoding='ISO-8859-1'?><brief><p>co".utf8) + [0xF6] + Array("rdinatie</p></brief>".utf8),
    ]

    @Test(arguments: shapes)
    func xmlWithBadBytesInNamesIsReadOrSkipped(bytes: [UInt8]) {
        do {
            let document = try PublicationXMLReader().read(Data(bytes), url: URL(fileURLWithPath: "/dev/null"))
            #expect(!document.text.isEmpty)
        } catch {
            #expect(!error.code.isEmpty)
        }
    }

    @Test func theEncodingDeclarationIsDroppedAndTheRestKept() {
        let text = PublicationXMLReader.withoutEncodingDeclaration("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>")
        #expect(text == "<?xml version=\"1.0\" ?><a/>")
    }
}
