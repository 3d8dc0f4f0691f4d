import Foundation
import GRDB
import Testing
import TestSupport

/// `kamerzoek check`: passes on a fresh index, fails (exit 1) on a damaged one.
@Suite(.serialized) struct CheckCommandTests {
    @Test(.enabled(if: KamerzoekProcess.binary != nil))
    func aFreshIndexPassesEveryCheck() throws {
        let corpus = try TemporaryCorpus()
        try corpus.copySample(sampleFiles)
        try corpus.ingest()
        let result = try KamerzoekProcess.run(["check", "--json", "--index", corpus.indexPath])
        #expect(result.status == 0, "\(result.stdout)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["passed"] as? Bool == true)
        #expect(report["letters"] as? Int == sampleFiles.count)
        let results = try #require(report["results"] as? [[String: String]])
        #expect(Set(results.map { $0["name"]! }).isSuperset(of: ["integrity_check", "fts5_integrity", "mentions"]))
        #expect(results.allSatisfy { $0["status"] == "ok" })
    }

    @Test(.enabled(if: KamerzoekProcess.binary != nil))
    func aFullTextIndexOutOfStepWithItsLettersFails() throws {
        let corpus = try TemporaryCorpus()
        try corpus.copySample(sampleFiles)
        try corpus.ingest()
        // Change a letter behind the full-text index's back (no trigger runs on UPDATE).
        let queue = try DatabaseQueue(path: corpus.indexPath)
        try queue.write { db in try db.execute(sql: "UPDATE letter SET text = 'zeppelinvaart' WHERE rowid = 1") }
        let result = try KamerzoekProcess.run(["check", "--index", corpus.indexPath])
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAILED  fts5_integrity"))
    }

    @Test(.enabled(if: KamerzoekProcess.binary != nil))
    func aMissingIndexIsReported() throws {
        let corpus = try TemporaryCorpus()
        let result = try KamerzoekProcess.run(["check", "--index", corpus.indexPath])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no index at"))
    }
}
