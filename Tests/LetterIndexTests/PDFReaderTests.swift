import Foundation
import Testing
@testable import LetterIndex

@Suite struct PDFReaderTests {
    static let installed = PDFReader.locatePDFToText() != nil

    /// Words in order; line breaks and page breaks do not matter.
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0.isWhitespace })
    }

    @Test(.enabled(if: installed), arguments: ["jbz-raad-cyprus-januari-2026", "kst-19637-3185"])
    func textOfACorpusLetterComesBackWordForWord(sample: String) throws {
        let url = try ReaderFixtures.url("pdf", sample, "pdf")
        let document = try PDFReader().read(Data(contentsOf: url), url: url)
        let expected = String(decoding: try ReaderFixtures.data("pdf", sample, "txt"), as: UTF8.self)
        #expect(Self.words(document.text) == Self.words(expected))
        #expect(document.format == "pdf")
    }

    @Test(.enabled(if: installed)) func pageBreaksBecomeParagraphBreaks() throws {
        let url = try ReaderFixtures.url("pdf", "jbz-raad-cyprus-januari-2026", "pdf")
        let text = try PDFReader().read(Data(contentsOf: url), url: url).text
        #expect(!text.contains("\u{0C}"))
        #expect(text.contains("\n\nNaar verwachting zal de Raad"))
    }

    @Test func withoutPdftotextPDFsAreSkippedWithThatReason() throws {
        let url = try ReaderFixtures.url("pdf", "kst-19637-3185", "pdf")
        #expect(throws: SkipReason(code: "no-pdftotext", message: "PDF not read: pdftotext (Debian package poppler-utils) is not installed")) {
            try PDFReader(executable: nil).read(Data(contentsOf: url), url: url)
        }
    }

    @Test(.enabled(if: installed)) func damagedPDFIsSkippedAsBadPDF() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kamerzoek-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let damaged = folder.appendingPathComponent("kapot.pdf")
        try Data("%PDF-1.4\n1 0 obj\n<< /Type /Catalog".utf8).write(to: damaged)
        let error = #expect(throws: SkipReason.self) { try PDFReader().read(Data(contentsOf: damaged), url: damaged) }
        #expect(error?.code == "bad-pdf" || error?.code == "empty")
    }
}

extension PDFReaderTests {
    @Test(.enabled(if: installed)) func bytesWithoutTheirFileAreReadFromATemporaryCopy() throws {
        let data = try ReaderFixtures.data("pdf", "kst-19637-3185", "pdf")
        let text = try LetterFileReader().decode(data, sha256: "").text
        #expect(text.contains("plaatsingsbeleid"))
    }
}
