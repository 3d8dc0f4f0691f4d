import Foundation
import Testing
@testable import LetterIndex
import TestSupport

/// `metadata.jsonl` files: found by the scan, read line by line with their problems reported.
struct CorpusMetadataTests {
    static let lines = [
        #"{"file": "a.txt", "title": " Brief over asiel ", "date": "2024-05-01", "dossier_nr": "32317", "dossier": "1"}"#,
        "",
        #"{"file": "b.txt", "title": 12, "date": "1 mei 2024", "source_url": "  "}"#,
        "not json",
        #"{"title": "no file key"}"#,
        #"{"file": "c.txt"},{"file": "d.txt"}"#,
        #"{"file": "e.txt", "dossier": "36200-VII"}"#,
    ]

    @Test func everyGoodLineIsReadAndEveryBadOneReportedWithItsNumber() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("sub/metadata.jsonl", Self.lines.joined(separator: "\n"))
        let metadata = CorpusMetadata(root: corpus.corpus)
        #expect(metadata.byPath["sub/a.txt"] == FileMetadata(
            title: "Brief over asiel", date: "2024-05-01", dossier: "32317", sourceURL: nil))
        #expect(metadata.byPath["sub/b.txt"] == FileMetadata(title: nil, date: nil, dossier: nil, sourceURL: nil))
        #expect(metadata.byPath["sub/e.txt"]?.dossier == "36200-VII")
        #expect(metadata.byPath["sub/c.txt"] == nil && metadata.byPath["sub/d.txt"] == nil)
        #expect(metadata.problems.map { $0.split(separator: ":").dropFirst().first.map(String.init) } == ["4", "5", "6"])
    }

    @Test func theScanFindsTheMetadataFilesItPassesBy() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("one/metadata.jsonl", #"{"file": "x.txt", "title": "X"}"#)
        try corpus.write("one/two/metadata.jsonl", #"{"file": "y.txt", "title": "Y"}"#)
        try corpus.write("one/x.txt", "x")
        let scan = try CorpusScanner(root: corpus.corpus).scan()
        #expect(scan.metadataFiles.map(\.lastPathComponent) == ["metadata.jsonl", "metadata.jsonl"])
        let metadata = CorpusMetadata(root: corpus.corpus, files: scan.metadataFiles)
        #expect(metadata.byPath["one/x.txt"]?.title == "X")
        #expect(metadata.byPath["one/two/y.txt"]?.title == "Y")
    }

    /// The metadata of `lines`, read with the scanner and with `JSONDecoder` alone.
    static func bothWays(_ lines: [String]) throws -> (scanned: CorpusMetadata, decoded: CorpusMetadata) {
        let corpus = try TemporaryCorpus()
        try corpus.write("metadata.jsonl", lines.joined(separator: "\n"))
        let files = try CorpusScanner(root: corpus.corpus).scan().metadataFiles
        return (CorpusMetadata(root: corpus.corpus, files: files, scanner: true),
                CorpusMetadata(root: corpus.corpus, files: files, scanner: false))
    }

    static func scan(_ line: String) -> MetadataLineScanner.Fields? {
        Array(line.utf8).withUnsafeBufferPointer { MetadataLineScanner.scan($0) }
    }

    @Test func theScannerDecodesEscapes() throws {
        let line = #"{"file": "a\"b\\c\/d", "title": "x\n\ty\u00e9\u20AC\b\f\r", "date": "2024-01-02"}"#
        #expect(Self.scan(line) == MetadataLineScanner.Fields(file: "a\"b\\c/d", title: "x\n\tyé€\u{08}\u{0C}\r", date: "2024-01-02"))
        let (scanned, decoded) = try Self.bothWays([line])
        #expect(scanned.byPath == decoded.byPath && scanned.problems == decoded.problems)
        #expect(scanned.byPath[#"a"b\c/d"#]?.title == "x\n\tyé€\u{08}")
    }

    @Test func theScannerJoinsSurrogatePairsAndLeavesLoneOnesToTheDecoder() throws {
        #expect(Self.scan(#"{"file": "a", "title": "\ud83d\ude00 \uD83C\uDDF3\uD83C\uDDF1"}"#)?.title == "😀 🇳🇱")
        let lone = [
            #"{"file": "b", "title": "\ud83d x"}"#, #"{"file": "c", "title": "\ude00"}"#,
            #"{"file": "d", "title": "\ud83d\u0041"}"#, #"{"file": "e", "other": "\ud83d"}"#,
        ]
        for line in lone { #expect(Self.scan(line) == nil) }
        let (scanned, decoded) = try Self.bothWays([#"{"file": "a", "title": "\ud83d\ude00"}"#] + lone)
        #expect(scanned.byPath == decoded.byPath && scanned.problems == decoded.problems)
        #expect(scanned.byPath["a"]?.title == "😀")
    }

    @Test func valuesThatAreNotStringsCountAsAbsent() throws {
        let line = #"{"file": "a", "title": 12, "date": null, "dossier_nr": true, "dossier": ["x"], "source_url": {"u": "v"}}"#
        #expect(Self.scan(line) == MetadataLineScanner.Fields(file: "a"))
        let lines = [line, #"{"file": 5, "title": "T"}"#, #"{"file": null}"#, "{}"]
        let (scanned, decoded) = try Self.bothWays(lines)
        #expect(scanned.byPath == decoded.byPath && scanned.problems == decoded.problems)
        #expect(scanned.byPath["a"] == FileMetadata(title: nil, date: nil, dossier: nil, sourceURL: nil))
        #expect(scanned.problems.count == 3)
    }

    @Test func nestedValuesAreSkipped() throws {
        let line = #"{"extra": {"file": "z", "a": [1, {"b": "c\"}"}, -0.5e+3, [], {}]}, "n": [true, false, null, 0, 1E9], "file": "a", "title": "T"}"#
        #expect(Self.scan(line) == MetadataLineScanner.Fields(file: "a", title: "T"))
        let (scanned, decoded) = try Self.bothWays([line])
        #expect(scanned.byPath == decoded.byPath && scanned.problems == decoded.problems)
        #expect(scanned.byPath.keys.sorted() == ["a"])
    }

    @Test func blankStringsAreAbsentAndOthersTrimmed() throws {
        let line = #"{"file": " a ", "title": "  \t ", "date": " 2024-05-01\n", "dossier_nr": "", "dossier": "\u00a0 D ", "source_url": "\u0020"}"#
        let (scanned, decoded) = try Self.bothWays([line])
        #expect(scanned.byPath == decoded.byPath && scanned.problems == decoded.problems)
        #expect(scanned.byPath[" a "] == FileMetadata(title: nil, date: "2024-05-01", dossier: "D", sourceURL: nil))
    }

    @Test(arguments: [
        " Brief over asiel ", "\u{00A0}\u{2003}Nota\u{3000}", "\t\n\r\u{0B}\u{0C}", "\u{0085}x\u{2028}\u{2029}",
        "\u{200B}zero width\u{200B}", "\u{1680}\u{2000}\u{200A}\u{202F}\u{205F}", "ééé ", " 😀 ", "", "a",
        "\u{FEFF}bom", "x\u{00A0}y",
    ])
    func valuesAreTrimmedAsFoundationTrimsThem(value: String) {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(CorpusMetadata.cleaned(value) == (trimmed.isEmpty ? nil : trimmed))
    }

    @Test func linesTheScannerDoesNotUnderstandGoToTheDecoder() throws {
        let odd = [
            "not json", "[1, 2]", "5", "null", #""file""#, #"{"file": "a"},{"file": "b"}"#, #"{"file": "a"} x"#,
            #"{"file": "dup", "file": "second"}"#, #"{"file": "c", "title": "A", "title": "B"}"#,
            #"{"fi\u006ce": "escaped key"}"#, #"{"file": "d", "x": 01}"#, #"{"file": "e", "x": [1,]}"#,
            #"{"file": "f", "x": 1.}"#, #"{"file": "g", "x": tru}"#, "{\"file\": \"tab\there\"}",
            "\u{FEFF}{\"file\": \"bom\"}", #"{"file": "h""#, #"{"file": "i",}"#, #"{"file": "j", "x": "\q"}"#,
            "{\"file\": \"k\", \"x\": \"\u{0B}\"}", #"{"file": "l" "title": "x"}"#, #"{"file": "m", "x": -}"#,
            String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
            #"{"file": "n", "x": "#, "{\"file\": \"o\"}\u{0B}",
        ]
        for line in odd { #expect(Self.scan(line) == nil, "\(line)") }
        var bytes = Array(#"{"file": "p", "title": "x"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        #expect(bytes.withUnsafeBufferPointer { MetadataLineScanner.scan($0) } == nil)
        bytes = Array(#"{"file": "q", "title": "é"}"#.utf8)
        #expect(bytes.withUnsafeBufferPointer { MetadataLineScanner.scan($0) }?.title == "é")
        let good = [#"{"file": "good", "title": "G"}"#, "  {\"file\": \"spaced\"}\r"]
        let (scanned, decoded) = try Self.bothWays(good + odd)
        #expect(scanned.byPath == decoded.byPath && scanned.problems == decoded.problems)
        #expect(scanned.byPath["good"]?.title == "G" && scanned.byPath["spaced"] != nil)
        let (alone, decodedAlone) = try Self.bothWays(good + [#"{"file": "dup", "file": "second"}"#])
        #expect(alone.byPath == decodedAlone.byPath && alone.problems == decodedAlone.problems)
    }

    /// The bundled sample always; the shared corpus (18,137 letters) where it is beside the repository.
    static let realCorpora = [TemporaryCorpus.sample]
        + (FileManager.default.fileExists(atPath: TemporaryCorpus.shared.path) ? [TemporaryCorpus.shared] : [])

    @Test(arguments: realCorpora)
    func theScannerReadsRealMetadataAsTheDecoderDoes(corpus: URL) throws {
        let files = try CorpusScanner(root: corpus).scan().metadataFiles
        #expect(!files.isEmpty)
        let scanned = CorpusMetadata(root: corpus, files: files, scanner: true)
        let decoded = CorpusMetadata(root: corpus, files: files, scanner: false)
        #expect(scanned.byPath.count == decoded.byPath.count && scanned.byPath.count > 10)
        #expect(scanned.byPath == decoded.byPath)
        #expect(scanned.problems == decoded.problems)
    }
}
