import Foundation
import GRDB
import Testing
@testable import LetterIndex
import TestSupport

/// What an ingest killed between its batch commits and its last step leaves behind, and how the
/// next ingest repairs it, even when it finds no file changed.
@Suite struct TornIngestTests {
    @Test func entitiesLeftWithoutMentionsAreRemovedByAnIngestThatChangesNothing() throws {
        let corpus = try TemporaryCorpus()
        try corpus.copySample(sampleFiles)
        try corpus.ingest()
        // The state a killed ingest leaves: a letter replaced in a committed batch, the entity only
        // it mentioned still there, the last step (cleanup, meta) never run.
        let database = try corpus.database()
        try database.pool.write { db in
            try db.execute(sql: "INSERT INTO entity (kind, key, label) VALUES ('country', 'XX', 'Nergensland')")
        }
        let warned = try IndexCheck(path: corpus.indexPath).run()
        #expect(warned.passed)
        #expect(warned.results.first { $0.name == "entities" }?.status == .warning)

        let summary = try corpus.ingest()
        #expect(summary.unchanged == sampleFiles.count && summary.added + summary.updated + summary.removed == 0)
        let report = try IndexCheck(path: corpus.indexPath).run()
        #expect(report.results.allSatisfy { $0.status == .ok }, "\(report.results)")
    }

    @Test func everyBatchCommitIsANewGeneration() throws {
        let corpus = try TemporaryCorpus()
        let files = try CorpusScanner(root: TemporaryCorpus.sample).files().prefix(40)
        try corpus.copySample(files.map(\.relativePath))
        let database = try corpus.database()
        final class Generations: @unchecked Sendable {
            let lock = NSLock()
            var values: [String?] = []
        }
        let seen = Generations()
        var options = IngestOptions(corpus: corpus.corpus)
        options.batchSize = 10
        _ = try Ingestor(database: database).ingest(options) { _, _ in
            let value = try? database.pool.read { db in try Meta.value(for: .generation, in: db) }
            seen.lock.withLock { seen.values.append(value ?? nil) }
        }
        // Caches keyed on the generation (facets) are renewed after each commit, not only at the end.
        #expect(seen.values.count == 4)
        #expect(Set(seen.values.compactMap { $0 }).count == 4)
    }
}
