import Foundation
import GRDB
import Testing
@testable import LetterIndex
import TestSupport

@Suite struct IndexCheckTests {
    static func ingested() throws -> TemporaryCorpus {
        let corpus = try TemporaryCorpus()
        try corpus.copySample(sampleFiles)
        try corpus.ingest()
        return corpus
    }

    static func status(_ report: IndexCheck.Report, _ name: String) -> IndexCheck.Status? {
        report.results.first { $0.name == name }?.status
    }

    @Test func aFreshIndexPassesEveryCheck() throws {
        let corpus = try Self.ingested()
        let report = try IndexCheck(path: corpus.indexPath).run()
        #expect(report.passed)
        #expect(report.letters == sampleFiles.count)
        #expect(report.results.map(\.name) == ["integrity_check", "fts5_integrity", "fts5_rows", "mentions", "entities", "letters", "meta"])
        #expect(report.results.allSatisfy { $0.status == .ok }, "\(report.results)")
    }

    @Test func mentionsOutsideTheirTextOrOfMissingLettersFail() throws {
        let corpus = try Self.ingested()
        let database = try corpus.database()
        try database.pool.write { db in
            try db.execute(sql: "UPDATE mention SET end = 10000000 WHERE rowid = (SELECT min(rowid) FROM mention WHERE start IS NOT NULL)")
        }
        #expect(Self.status(try IndexCheck(path: corpus.indexPath).run(), "mentions") == .failed)
        try database.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "DELETE FROM letter WHERE rowid = (SELECT max(letter) FROM mention)")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        let report = try IndexCheck(path: corpus.indexPath).run()
        #expect(!report.passed)
        #expect(report.results.first { $0.name == "mentions" }?.detail.contains("of missing letters") == true)
    }

    @Test func aMissingIndexIsAnError() throws {
        let corpus = try TemporaryCorpus()
        #expect(throws: IndexError.missingIndex(corpus.indexPath)) { try IndexCheck(path: corpus.indexPath).run() }
    }
}
