import Foundation
import Testing
import TestSupport

/// `kamerzoek ingest` as a user runs it: skipped files in `--json`, `--strict`, a busy index, an
/// index folder that cannot be made.
@Suite(.serialized) struct IngestCommandTests {
    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func hostileCorpus() throws -> TemporaryCorpus {
        let corpus = try TemporaryCorpus()
        try corpus.copySample(sampleFiles)
        try corpus.write("slecht/leeg.txt", "")
        try corpus.write("slecht/zip.txt", bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08])
        try corpus.write("slecht/groot.txt", String(repeating: "De Kamer, gehoord de beraadslaging. ", count: 1000))
        try FileManager.default.createSymbolicLink(
            atPath: corpus.corpus.appendingPathComponent("slecht/lus").path, withDestinationPath: "..")
        #expect(mkfifo(corpus.corpus.appendingPathComponent("slecht/fifo.txt").path, 0o644) == 0)
        return corpus
    }

    @Test(.enabled(if: KamerzoekProcess.binary != nil))
    func skippedFilesAreListedWithCodeAndReasonInJSON() throws {
        let corpus = try Self.hostileCorpus()
        let result = try KamerzoekProcess.run(["ingest", corpus.corpus.path, "--index", corpus.indexPath, "--json", "--max-bytes", "30000"])
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try Self.json(result.stdout)
        #expect(summary["added"] as? Int == sampleFiles.count)
        let skipped = try #require(summary["skipped"] as? [[String: String]])
        let codes = Dictionary(uniqueKeysWithValues: skipped.map { ($0["path"]!, $0["code"]!) })
        #expect(codes == [
            "slecht/leeg.txt": "empty", "slecht/zip.txt": "binary", "slecht/groot.txt": "too-large",
            "slecht/lus": "symlink", "slecht/fifo.txt": "not-a-file",
        ])
        #expect(skipped.allSatisfy { ($0["reason"] ?? "").count > 5 })
        #expect(skipped.first { $0["path"] == "slecht/groot.txt" }?["reason"]?.contains("30000") == true)
    }

    @Test(.enabled(if: KamerzoekProcess.binary != nil))
    func strictExitsWithTwoAndLeavesTheIndexAsItWas() throws {
        let corpus = try Self.hostileCorpus()
        try corpus.remove("slecht")
        try corpus.ingest()
        try corpus.write("nieuw/zeppelin.txt", "Den Haag, 1 mei 2025\nBrief over de zeppelinvaart.")
        try corpus.write("nieuw/leeg.txt", "")
        let result = try KamerzoekProcess.run(["ingest", corpus.corpus.path, "--index", corpus.indexPath, "--strict", "--json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--strict") && result.stderr.contains("not changed"))
        let report = try Self.json(result.stdout)
        #expect((report["skipped"] as? [[String: String]])?.map { $0["code"] } == ["empty"])
        #expect(try corpus.search("zeppelinvaart").total == 0)

        let lenient = try KamerzoekProcess.run(["ingest", corpus.corpus.path, "--index", corpus.indexPath])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("skipped nieuw/leeg.txt: empty file"))
        #expect(try corpus.search("zeppelinvaart").total == 1)
    }

    @Test(.enabled(if: KamerzoekProcess.binary != nil))
    func aSecondIngestIsRefusedWithExitStatus75() throws {
        let corpus = try TemporaryCorpus()
        try corpus.copySample(sampleFiles)
        try corpus.ingest()
        // Another writer holds the index's lock, as a running ingest does.
        let descriptor = open(corpus.indexPath + ".lock", O_RDWR | O_CREAT, 0o644)
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let result = try KamerzoekProcess.run(["ingest", corpus.corpus.path, "--index", corpus.indexPath])
        flock(descriptor, LOCK_UN)
        close(descriptor)
        #expect(result.status == 75)
        #expect(result.stderr.contains("another ingest is writing"))
        #expect(try KamerzoekProcess.run(["ingest", corpus.corpus.path, "--index", corpus.indexPath]).status == 0)
    }

    @Test(.enabled(if: KamerzoekProcess.binary != nil))
    func anIndexFolderThatCannotBeMadeGivesAClearError() throws {
        let corpus = try TemporaryCorpus()
        try corpus.copySample(sampleFiles)
        // A regular file where the index folder should be: even root cannot make a folder there.
        try corpus.write("bezet", "geen map")
        let path = corpus.corpus.appendingPathComponent("bezet/index/kamerzoek.sqlite").path
        let result = try KamerzoekProcess.run(["ingest", corpus.corpus.path, "--index", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot create the index at \(path)"))
        #expect(try String(contentsOf: corpus.corpus.appendingPathComponent("bezet"), encoding: .utf8) == "geen map")
    }
}
