import Foundation
import Testing
@testable import LetterIndex
import TestSupport

/// Searches on a read-only index while an ingest writes it; a second writer is refused.
@Suite(.serialized, .tags(.slow)) struct ConcurrentIngestTests {
    /// The bundled sample letters, copied into `corpus`.
    static func copyAllSamples(_ corpus: TemporaryCorpus) throws -> Int {
        let files = try CorpusScanner(root: TemporaryCorpus.sample).files()
        try corpus.copySample(files.map(\.relativePath).filter {
            !FileManager.default.fileExists(atPath: corpus.corpus.appendingPathComponent($0).path)
        })
        return files.count
    }

    final class Progress: @unchecked Sendable {
        private let lock = NSLock()
        private var batches = 0
        private var finished = false
        func batch() { lock.withLock { batches += 1 } }
        func finish() { lock.withLock { finished = true } }
        var state: (batches: Int, finished: Bool) { lock.withLock { (batches, finished) } }
    }

    @Test func searchesKeepAnsweringAndSeeEachCommit() throws {
        let corpus = try TemporaryCorpus()
        try corpus.copySample([sampleFiles[1]])
        try corpus.ingest()
        let count = try Self.copyAllSamples(corpus)
        #expect(count >= 100)
        let reader = try LetterSearch(database: LetterDatabase(path: corpus.indexPath, readOnly: true))
        let writer = try corpus.database()
        let progress = Progress()
        let failure = LockedError()
        let thread = Thread {
            var options = IngestOptions(corpus: corpus.corpus)
            options.batchSize = 8
            do {
                _ = try Ingestor(database: writer).ingest(options) { _, _ in progress.batch() }
            } catch {
                failure.set(error)
            }
            progress.finish()
        }
        thread.start()

        var totals: [Int] = []
        var errors: [String] = []
        var request = SearchRequest(query: "regering")
        request.limit = 5
        while !progress.state.finished {
            do {
                totals.append(try reader.search(request).total)
            } catch {
                errors.append("\(error)")
            }
        }
        #expect(failure.error == nil)
        let final = try reader.search(request).total
        #expect(errors.isEmpty, "\(errors.prefix(3))")
        #expect(final > totals.first ?? 0)
        #expect(zip(totals, totals.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(totals.contains { $0 > totals[0] && $0 < final }, "\(Set(totals).sorted())")
    }

    @Test func aSecondIngestorIsRefusedWhileTheFirstWrites() throws {
        let corpus = try TemporaryCorpus()
        _ = try Self.copyAllSamples(corpus)
        let database = try corpus.database()
        let firstBatch = DispatchSemaphore(value: 0)
        let mayFinish = DispatchSemaphore(value: 0)
        let thread = Thread {
            var options = IngestOptions(corpus: corpus.corpus)
            options.batchSize = 8
            let progress = Progress()
            _ = try? Ingestor(database: database).ingest(options) { _, _ in
                progress.batch()
                if progress.state.batches == 1 {
                    firstBatch.signal()
                    mayFinish.wait()
                }
            }
            firstBatch.signal()
        }
        thread.start()
        firstBatch.wait()
        #expect(throws: IndexError.busy(database.path)) {
            try Ingestor(database: corpus.database()).ingest(IngestOptions(corpus: corpus.corpus))
        }
        mayFinish.signal()
        firstBatch.wait()
        let summary = try Ingestor(database: corpus.database()).ingest(IngestOptions(corpus: corpus.corpus))
        #expect(summary.added == 0 && summary.skipped.isEmpty)
    }

    @Test func anIndexUnderARegularFileIsAClearError() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("bestand", "geen map")
        let path = corpus.corpus.appendingPathComponent("bestand/index.sqlite").path
        #expect {
            _ = try LetterDatabase(path: path)
        } throws: { error in
            guard case IndexError.cannotCreate(let failed, _) = error else { return false }
            return failed == path && "\(error)".contains("cannot create the index")
        }
    }
}

/// An error set from another thread.
final class LockedError: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?
    func set(_ error: Error) { lock.withLock { stored = error } }
    var error: Error? { lock.withLock { stored } }
}
