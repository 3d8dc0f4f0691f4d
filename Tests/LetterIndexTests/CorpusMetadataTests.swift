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
}
