import Foundation
import Testing
@testable import LetterIndex
import TestSupport

/// A generated corpus of good letters among hostile files: every good letter must be searchable
/// and every bad file reported with its reason; the ingest must go on.
@Suite(.serialized, .tags(.slow)) struct HostileCorpusTests {
    /// A word that is in one letter only, made of letters the analyzer keeps as they are.
    static func marker(_ index: Int) -> String {
        let letters = Array("bcdfghjklmnprstvwz")
        var value = index
        var word = "kzq"
        for _ in 0..<4 {
            word.append(letters[value % letters.count])
            value /= letters.count
        }
        return word + "x"
    }

    /// Letters of the bundled sample corpus, as text.
    static func sampleLetters() throws -> [String] {
        let root = TemporaryCorpus.sample
        let files = try CorpusScanner(root: root).files().filter { $0.format == "txt" }
        return try files.map { String(decoding: try Data(contentsOf: $0.url), as: UTF8.self) }
    }

    struct Expected {
        var good: [String: String] = [:]  // id → marker
        var bad: [String: String] = [:]  // relative path → code
        var warned: [String: String] = [:]  // relative path → part of the warning
    }

    /// Creates a file whose name is raw bytes (not necessarily UTF-8).
    static func createFile(folder: URL, nameBytes: [UInt8], contents: [UInt8]) throws {
        var path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + nameBytes
        path.append(0)
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        try #require(descriptor >= 0)
        _ = contents.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    static func makeCorpus(_ corpus: TemporaryCorpus, maximumBytes: Int) throws -> Expected {
        var expected = Expected()
        let letters = try sampleLetters()
        try #require(letters.count >= 100)
        let pdfInstalled = PDFReader.locatePDFToText() != nil
        var next = 0
        func good(_ id: String, path: String, bytes: [UInt8]? = nil, text: String? = nil, warning: String? = nil) throws {
            let marker = Self.marker(next)
            next += 1
            let body = (text ?? letters[next % letters.count]) + "\nKenmerk \(marker)\n"
            try corpus.write(path, bytes: bytes ?? Array(body.utf8))
            expected.good[id] = marker
            if let warning { expected.warned[path] = warning }
        }
        func markerText(_ index: Int) -> String { letters[index % letters.count] + "\nKenmerk \(Self.marker(index))\n" }

        // Good letters: plain UTF-8 in folders, with odd names.
        for index in 0..<180 { try good("goed/brief-\(index)", path: "goed/brief-\(index).txt") }
        try good("vreemde namen/brief met spaties", path: "vreemde namen/brief met spaties.txt")
        try good("vreemde namen/coöperatie-België-€", path: "vreemde namen/coöperatie-België-€.txt")
        try good("vreemde namen/中文-брief", path: "vreemde namen/中文-брief.txt")
        try good("vreemde namen/regel\neinde", path: "vreemde namen/regel\neinde.txt")
        try good("vreemde namen/'quote' \"dubbel\" \\ %20", path: "vreemde namen/'quote' \"dubbel\" \\ %20.txt")
        // Encodings converted with a warning.
        for index in 0..<10 {
            let marker = Self.marker(next)
            let text = "Den Haag, 3 maart 1990\nBrief over de coöperatie met België, één van de \u{201C}kernpunten\u{201D}.\nKenmerk \(marker)\n"
            let cp1252 = text.unicodeScalars.map { scalar -> UInt8 in
                switch scalar {
                case "\u{201C}": return 0x93
                case "\u{201D}": return 0x94
                default: return UInt8(scalar.value)
                }
            }
            try good("encodings/cp1252-\(index)", path: "encodings/cp1252-\(index).txt", bytes: cp1252, warning: "Windows-1252")
            var utf16: [UInt8] = [0xFF, 0xFE]
            let utf16Marker = Self.marker(next)
            for unit in ("Brief in UTF-16 over de begroting.\nKenmerk \(utf16Marker)\n").utf16 {
                utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            }
            try good("encodings/utf16-\(index)", path: "encodings/utf16-\(index).txt", bytes: utf16, warning: "UTF-16")
            let nul = Array(markerText(next).utf8.prefix(200)) + [0] + Array(markerText(next).utf8.dropFirst(200))
            try good("encodings/nul-\(index)", path: "encodings/nul-\(index).txt", bytes: nul, warning: "NUL")
        }
        // The same content under two names: both indexed, the second with a warning.
        let twin = markerText(9_999)
        try corpus.write("tweeling/a.txt", twin)
        try corpus.write("tweeling/b.txt", twin)
        expected.good["tweeling/a"] = Self.marker(9_999)
        expected.good["tweeling/b"] = Self.marker(9_999)
        expected.warned["tweeling/b.txt"] = "same content as tweeling/a.txt"
        // Other formats: publication XML, HTML, PDF.
        for sample in ReaderFixtures.xmlSamples {
            var xml = String(decoding: try ReaderFixtures.data("xml", sample, "xml"), as: UTF8.self)
            let marker = Self.marker(next)
            xml = xml.replacingOccurrences(of: "<al>De Kamer,</al>", with: "<al>De Kamer, \(marker)</al>")
            try good("xml/\(sample)", path: "xml/\(sample).xml", bytes: Array(xml.utf8))
            expected.good["xml/\(sample)"] = marker
        }
        for index in 0..<5 {
            let marker = Self.marker(next)
            var page = String(decoding: try ReaderFixtures.data("html", "kst-34104-439", "html"), as: UTF8.self)
            page = page.replacingOccurrences(of: "<p class=\"al\">De Kamer,</p>", with: "<p class=\"al\">De Kamer, \(marker)</p>")
            try good("html/pagina-\(index)", path: "html/pagina-\(index).html", bytes: Array(page.utf8))
            expected.good["html/pagina-\(index)"] = marker
        }
        if pdfInstalled {
            let pdf = try ReaderFixtures.data("pdf", "kst-19637-3185", "pdf")
            for index in 0..<3 {
                try corpus.write("pdf/motie-\(index).pdf", bytes: Array(pdf))
                expected.good["pdf/motie-\(index)"] = "plaatsingsbeleid"
                if index > 0 { expected.warned["pdf/motie-\(index).pdf"] = "same content as pdf/motie-0.pdf" }
            }
            // A PDF named .txt is read as a PDF.
            try corpus.write("pdf/vermomd.txt", bytes: Array(pdf))
            expected.good["pdf/vermomd"] = "plaatsingsbeleid"
            expected.warned["pdf/vermomd.txt"] = "content is pdf"
        }

        // Bad files.
        for index in 0..<60 {
            try corpus.write("slecht/leeg-\(index).txt", "")
            expected.bad["slecht/leeg-\(index).txt"] = "empty"
            try corpus.write("slecht/wit-\(index).txt", String(repeating: " \n\t", count: index + 1))
            expected.bad["slecht/wit-\(index).txt"] = "empty"
            var random = SystemRandomNumberGenerator()
            let noise = (0..<(200 + index * 13)).map { _ in UInt8.random(in: 0...255, using: &random) }
            try corpus.write("slecht/ruis-\(index).txt", bytes: noise)
            expected.bad["slecht/ruis-\(index).txt"] = "binary"
            try corpus.write("slecht/zip-\(index).txt", bytes: [0x50, 0x4B, 0x03, 0x04] + noise)
            expected.bad["slecht/zip-\(index).txt"] = "binary"
            try corpus.write("slecht/nul-\(index).txt", bytes: Array(repeating: 0, count: 64 + index))
            expected.bad["slecht/nul-\(index).txt"] = "binary"
        }
        for index in 0..<10 {
            try corpus.write("slecht/png-\(index).html", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
            expected.bad["slecht/png-\(index).html"] = "binary"
            try corpus.write("slecht/groot-\(index).txt", String(repeating: "De Kamer, gehoord de beraadslaging. ", count: maximumBytes / 30))
            expected.bad["slecht/groot-\(index).txt"] = "too-large"
            try corpus.write("slecht/leeg-pagina-\(index).html", "<html><head><script>var x;</script></head><body><nav>Home</nav></body></html>")
            expected.bad["slecht/leeg-pagina-\(index).html"] = "empty"
            // A FIFO: opening it must not hang the ingest.
            let fifo = corpus.corpus.appendingPathComponent("slecht/fifo-\(index).txt").path
            try #require(mkfifo(fifo, 0o644) == 0)
            expected.bad["slecht/fifo-\(index).txt"] = "not-a-file"
            // Links: to a letter, dangling, and a loop.
            try FileManager.default.createSymbolicLink(
                atPath: corpus.corpus.appendingPathComponent("slecht/link-\(index).txt").path,
                withDestinationPath: corpus.corpus.appendingPathComponent("goed/brief-\(index).txt").path)
            expected.bad["slecht/link-\(index).txt"] = "symlink"
            try FileManager.default.createSymbolicLink(
                atPath: corpus.corpus.appendingPathComponent("slecht/weg-\(index).txt").path, withDestinationPath: "/bestaat/niet.txt")
            expected.bad["slecht/weg-\(index).txt"] = "symlink"
            try FileManager.default.createSymbolicLink(
                atPath: corpus.corpus.appendingPathComponent("slecht/lus-\(index)").path, withDestinationPath: ".")
            expected.bad["slecht/lus-\(index)"] = "symlink"
            // A name that is not UTF-8 (Latin-1 é).
            try Self.createFile(
                folder: corpus.corpus.appendingPathComponent("slecht"), nameBytes: Array("caf".utf8) + [0xE9, UInt8(index + 48)] + Array(".txt".utf8),
                contents: Array(markerText(0).utf8))
            expected.bad["slecht/caf\u{FFFD}\(index).txt"] = "bad-name"
            // Two files for one id: the first path in order (.html) is read, the .txt skipped.
            try corpus.write("dubbel/brief-\(index).txt", markerText(next))
            try corpus.write("dubbel/brief-\(index).html", "<p>\(markerText(next))</p>")
            expected.good["dubbel/brief-\(index)"] = Self.marker(next)
            expected.bad["dubbel/brief-\(index).txt"] = "duplicate-id"
            next += 1
            if pdfInstalled {
                try corpus.write("slecht/kapot-\(index).pdf", bytes: Array("%PDF-1.4\n1 0 obj\n<< /Type /Catalog".utf8))
                expected.bad["slecht/kapot-\(index).pdf"] = "bad-pdf"
            } else {
                try corpus.write("slecht/zonder-pdftotext-\(index).pdf", bytes: Array("%PDF-1.4\n".utf8))
                expected.bad["slecht/zonder-pdftotext-\(index).pdf"] = "no-pdftotext"
            }
        }
        return expected
    }

    @Test func everyGoodLetterIsSearchableAndEveryBadFileReported() throws {
        let corpus = try TemporaryCorpus()
        let maximumBytes = 100_000
        let expected = try Self.makeCorpus(corpus, maximumBytes: maximumBytes)
        let fileCount = expected.good.count + expected.bad.count
        #expect(fileCount >= 500)

        var options = IngestOptions(corpus: corpus.corpus)
        options.maximumFileBytes = maximumBytes
        options.batchSize = 64
        let summary = try Ingestor(database: corpus.database()).ingest(options)

        let reported = Dictionary(summary.skipped.map { ($0.path, $0.code) }, uniquingKeysWith: { first, _ in first })
        let wrong = Set(reported.keys).union(expected.bad.keys).filter { reported[$0] != expected.bad[$0] }.sorted()
        #expect(wrong.isEmpty, "\(wrong.prefix(10).map { "\($0): \(reported[$0] ?? "indexed") instead of \(expected.bad[$0] ?? "indexed")" })")
        #expect(summary.skipped.allSatisfy { !$0.reason.isEmpty })
        #expect(summary.added == expected.good.count)
        for (path, part) in expected.warned {
            #expect(summary.warnings.contains { $0.path == path && $0.message.contains(part) }, "\(path)")
        }

        let search = try LetterSearch(database: LetterDatabase(path: corpus.indexPath, readOnly: true))
        var missing: [String] = []
        for (id, marker) in expected.good {
            var request = SearchRequest(query: marker)
            request.limit = 50
            request.facets = false
            request.snippets = false
            if !(try search.search(request).results.contains { $0.id == id }) { missing.append(id) }
        }
        #expect(missing.isEmpty, "not found: \(missing.sorted().prefix(20))")
        let check = try IndexCheck(path: corpus.indexPath).run()
        #expect(check.passed, "\(check.results)")
    }

    @Test func strictRefusesBeforeWritingAnything() throws {
        let corpus = try TemporaryCorpus()
        try corpus.copySample(sampleFiles)
        try corpus.ingest()
        let before = try LetterStore(database: corpus.database()).stats().letters
        try corpus.write("nieuw/brief.txt", "Den Haag, 1 mei 2025\nBrief over de zeppelinvaart.")
        try corpus.write("nieuw/leeg.txt", "")
        var options = IngestOptions(corpus: corpus.corpus)
        options.strict = true
        let refusal = #expect(throws: StrictIngestRefusal.self) { try Ingestor(database: corpus.database()).ingest(options) }
        #expect(refusal?.skipped.map(\.path) == ["nieuw/leeg.txt"])
        #expect(refusal?.indexChanged == false)
        #expect(try LetterStore(database: corpus.database()).stats().letters == before)
        #expect(try corpus.search("zeppelinvaart").total == 0)

        try corpus.remove("nieuw/leeg.txt")
        let summary = try Ingestor(database: corpus.database()).ingest(options)
        #expect(summary.added == 1)
    }
}
