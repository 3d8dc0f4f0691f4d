import Foundation
import LetterIndex
import SyncReplay
import Testing
import TestSupport

/// PDFs made by `PDFWriter` from corpus letters and by hand, read back by `pdftotext` through
/// `PDFReader`: the same words in the same order (pdftotext may wrap lines its own way).
@Suite(.enabled(if: PDFReader.locatePDFToText() != nil, "needs pdftotext (poppler-utils)"))
struct PDFFixtureTests {
    static let samples = CorpusSamples.letters(perFolder: 3)
    static let nowhere = URL(fileURLWithPath: "/dev/null")

    @Test(.enabled(if: CorpusSamples.present, "needs ../shared/corpus"), arguments: samples)
    func aCorpusLetterComesBackWordForWord(path: String) throws {
        let lines = try CorpusSamples.lines(of: path)
        let document = try PDFReader().read(PDFWriter.document(lines: lines), url: Self.nowhere)
        #expect(CorpusSamples.words(document.text) == CorpusSamples.words(PDFWriter.shown(lines.joined(separator: "\n"))))
        #expect(document.format == "pdf")
    }

    @Test func longParagraphsWrapAtSpacesAndRunOverPages() throws {
        let sentence = "De Kamer, gehoord de beraadslaging, verzoekt de regering het aantal verhuizingen te beperken."
        let paragraphs = (1...40).map { "\($0). " + String(repeating: sentence + " ", count: 3) }
        let data = PDFWriter.document(lines: paragraphs)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.components(separatedBy: "/Type /Page ").count - 1 > 2)
        let document = try PDFReader().read(data, url: Self.nowhere)
        #expect(CorpusSamples.words(document.text) == CorpusSamples.words(paragraphs.joined(separator: " ")))
        #expect(document.text.contains("\n\n"))
    }

    @Test func winAnsiPunctuationAndEscapesComeBackAndTheRestIsAQuestionMark() throws {
        let line = "‘Motie’ – “(over) \\ de €50” … ĳs — Zoë café Σ"
        #expect(PDFWriter.shown(line) == "‘Motie’ – “(over) \\ de €50” … ?s — Zoë café ?")
        let document = try PDFReader().read(PDFWriter.document(lines: [line]), url: Self.nowhere)
        #expect(CorpusSamples.words(document.text) == CorpusSamples.words(PDFWriter.shown(line)))
    }

    @Test func theCrossReferenceTableHoldsTheOffsetOfEveryObject() throws {
        let data = PDFWriter.document(lines: ["De Kamer,", "", "gehoord de beraadslaging,"])
        let text = String(decoding: data, as: UTF8.self)
        let start = try #require(text.range(of: "startxref\n"))
        let xref = try #require(Int(text[start.upperBound...].prefix { $0.isNumber }))
        let table = String(decoding: data[xref...], as: UTF8.self)
        #expect(table.hasPrefix("xref\n0 "))
        let rows = table.split(separator: "\n").dropFirst(3).prefix { $0.hasSuffix(" n ") }
        #expect(rows.count == 5)
        for (index, row) in rows.enumerated() {
            let offset = try #require(Int(row.prefix(10)))
            #expect(String(decoding: data[offset...].prefix(12), as: UTF8.self).hasPrefix("\(index + 1) 0 obj\n"))
        }
        #expect(PDFWriter.document(lines: ["De Kamer,"]) == PDFWriter.document(lines: ["De Kamer,"]))
    }
}
