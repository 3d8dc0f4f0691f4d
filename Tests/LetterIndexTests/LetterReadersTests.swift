import Foundation
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
        for format in ["txt", "xml", "html", "pdf"] {
            #expect(CorpusScanner.letterExtensions.contains(format))
        }
    }

    static let sniffCases: [(String, String)] = [
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
