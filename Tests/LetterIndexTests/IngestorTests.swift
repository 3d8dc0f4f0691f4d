import DutchText
import Entities
import Foundation
import GRDB
import Testing
@testable import LetterIndex
import TestSupport

@Suite struct IngestorTests {
    @Test func ingestsEveryLetterThenSearchFindsIt() throws {
        let corpus = try TemporaryCorpus()
        try corpus.copySample(sampleFiles)
        let summary = try corpus.ingest()
        #expect(summary.added == sampleFiles.count)
        #expect(summary.skipped.isEmpty)
        let response = try corpus.search("solidariteit")
        #expect(response.results.first?.id == "kamerbrieven/jbz-raad-cyprus-januari-2026")
    }

    @Test func reingestFollowsChangedAddedAndDeletedFiles() throws {
        let corpus = try TemporaryCorpus()
        try corpus.copySample(sampleFiles)
        try corpus.ingest()

        let again = try corpus.ingest()
        #expect(again.unchanged == sampleFiles.count)
        #expect(again.added == 0 && again.updated == 0 && again.removed == 0)

        try corpus.write("tk-moties/kst-34104-439.txt", "MOTIE VAN HET LID TESTER\nVoorgesteld 1 mei 2025\nDe Kamer, verzoekt de regering de zeppelinvaart te bevorderen.")
        try corpus.write("extra/nieuw.txt", "BRIEF VAN DE MINISTER VAN FINANCIËN\nDen Haag, 3 maart 1990\nOver de kroketmachine.")
        try corpus.remove("tk-moties/kst-19637-3185.txt")
        let changed = try corpus.ingest()
        #expect(changed.updated == 1)
        #expect(changed.added == 1)
        #expect(changed.removed == 1)
        #expect(changed.unchanged == sampleFiles.count - 2)

        #expect(try corpus.search("zeppelinvaart").results.map(\.id) == ["tk-moties/kst-34104-439"])
        #expect(try corpus.search("kroketmachine").results.map(\.id) == ["extra/nieuw"])
        #expect(try corpus.search("Koekkoek").total == 0)
        let stats = try LetterStore(database: corpus.database()).stats()
        #expect(stats.letters == sampleFiles.count)
    }

    @Test func unreadableFilesAreSkippedWithTheirReason() throws {
        let corpus = try TemporaryCorpus()
        try corpus.copySample([sampleFiles[1]])
        try corpus.write("leeg.txt", "")
        try corpus.write("binair.txt", bytes: [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02])
        try corpus.write("latin1.txt", bytes: Array("Brief over de co".utf8) + [0xF6] + Array("peratie in Belgi".utf8) + [0xEB])
        let summary = try corpus.ingest()
        #expect(summary.added == 2)
        #expect(Set(summary.skipped.map(\.code)) == ["empty", "binary"])
        #expect(summary.warnings.contains { $0.path == "latin1.txt" && $0.message.contains("Windows-1252") })
        #expect(try corpus.search("coöperatie").results.map(\.id) == ["latin1"])
    }

    @Test func rebuildEmptiesAndRefills() throws {
        let corpus = try TemporaryCorpus()
        try corpus.copySample(sampleFiles)
        try corpus.ingest()
        let rebuilt = try corpus.ingest(rebuild: true)
        #expect(rebuilt.rebuilt)
        #expect(rebuilt.added == sampleFiles.count)
        #expect(try corpus.search("herplaatsing").total >= 1)
    }

    @Test func aSecondWriterIsRefusedWithAClearMessage() throws {
        let corpus = try TemporaryCorpus()
        let database = try corpus.database()
        let first = try IndexLock(indexPath: database.path)
        #expect(throws: IndexError.busy(database.path)) { try IndexLock(indexPath: database.path) }
        withExtendedLifetime(first) {}
    }
}

extension IngestorTests {
    @Test func aSearchSeesANewIngestThroughItsCache() throws {
        let corpus = try TemporaryCorpus()
        try corpus.copySample([sampleFiles[1]])
        try corpus.ingest()
        let search = LetterSearch(database: try LetterDatabase(path: corpus.indexPath, readOnly: true))
        #expect(try search.search(SearchRequest(query: "zeppelinvaart")).total == 0)
        try corpus.write("nieuw.txt", "De regering bevordert de zeppelinvaart.")
        try corpus.ingest()
        #expect(try search.search(SearchRequest(query: "zeppelinvaart")).total == 1)
    }
}

extension IngestorTests {
    /// Every letter file of the bundled sample, relative to Corpus/, as an ingest finds them.
    static func wholeSample() throws -> [String] {
        try CorpusScanner(root: TemporaryCorpus.sample).files().map(\.relativePath).sorted()
    }

    /// The number of FTS5 segments, from the structure record (row 10 of `letter_ft_data`: a
    /// 4-byte cookie, in newer SQLite a 4-byte version mark, then the level and segment counts
    /// as varints, one byte each below 128).
    static func segmentCount(_ corpus: TemporaryCorpus) throws -> Int {
        let block = try corpus.database().pool.read { db in
            try [UInt8](Data.fetchOne(db, sql: "SELECT block FROM letter_ft_data WHERE id = 10") ?? Data())
        }
        let offset = block.count > 8 && block[4..<8] == [0xFF, 0x00, 0x00, 0x01] ? 8 : 4
        guard block.count > offset + 1, block[offset + 1] < 0x80 else { return -1 }
        return Int(block[offset + 1])
    }

    @Test func aBulkIngestMergedWithItsLastBytesToGoAnswersAsOneThatNeverMerged() throws {
        let files = try Self.wholeSample()
        #expect(files.count > 150)
        var indexes: [TemporaryCorpus] = []
        for bulkLetters in [100, 1_000_000] {
            let corpus = try TemporaryCorpus()
            try corpus.copySample(files)
            var options = IngestOptions(corpus: corpus.corpus)
            // Commits every 16 letters: the merge runs at the first commit with 15% of the bytes
            // or less to go, and the rest is written as segments of their own.
            options.batchSize = 16
            options.bulkLetters = bulkLetters
            let summary = try Ingestor(database: corpus.database()).ingest(options)
            #expect(summary.added == files.count)
            let report = try IndexCheck(path: corpus.indexPath).run()
            #expect(report.passed, "\(report.results)")
            indexes.append(corpus)
        }
        // The commits after the merge, from the file sizes in the order the ingest writes them.
        let sizes = try CorpusScanner(root: indexes[0].corpus).files().map {
            try #require(FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int)
        }
        let total = sizes.reduce(0, +)
        let commits = stride(from: 16, to: sizes.count, by: 16).map { $0 } + [sizes.count]
        let mergedAt = try #require(commits.firstIndex { done in
            done < sizes.count && (total - sizes[..<done].reduce(0, +)) * 100 <= total * IngestOptions.earlyOptimizeRemainder
        })
        #expect(commits.count - 1 - mergedAt >= 2)
        // One merged segment and one for each later commit; unmerged, a segment per commit.
        #expect(try Self.segmentCount(indexes[0]) == 1 + commits.count - 1 - mergedAt)
        #expect(try Self.segmentCount(indexes[1]) == commits.count)
        for query in ["minister", "Nederland", "solidariteit", "verzoekt de regering", "begroting OR defensie"] {
            let merged = try indexes[0].search(query) { $0.limit = 50 }
            let unmerged = try indexes[1].search(query) { $0.limit = 50 }
            #expect(merged.total == unmerged.total, "\(query)")
            #expect(merged.results.map(\.id) == unmerged.results.map(\.id), "\(query)")
        }
    }
}

extension IngestorTests {
    /// What the index stores for each letter of the bundled sample (normalized text, furniture,
    /// header, mentions, tokens), as one FNV-1a fingerprint per analysis version.
    static func analysisFingerprint() throws -> String {
        let profiler = LetterProfiler()
        let analyzer = DutchAnalyzer()
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ text: String) {
            for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            hash = (hash ^ 0x0A) &* 0x0000_0100_0000_01B3
        }
        for path in try wholeSample() {
            let raw = try String(contentsOf: TemporaryCorpus.sample.appendingPathComponent(path), encoding: .utf8)
            let profile = profiler.profile(of: raw, fileName: URL(fileURLWithPath: path).lastPathComponent)
            add(path)
            add(profile.normalized.text)
            add(profile.normalized.furniture.joined(separator: "\n"))
            add("\(profile.header.kind) \(profile.header.title) \(profile.date ?? "-")")
            for mention in profile.mentions {
                add("\(mention.kind) \(mention.key) \(mention.label) \(mention.start ?? -1) \(mention.end ?? -1) "
                    + "\(mention.surface) \(mention.name ?? "-") \(mention.primary)")
            }
            for token in analyzer.tokens(in: profile.normalized.text) {
                add("\(token.token) \(token.kind) \(token.position) \(token.start) \(token.end)")
            }
        }
        return String(hash, radix: 16)
    }

    /// The analysis version's fingerprints: an analysis that changes what the index stores must
    /// come with a new `Ingestor.analysisVersion` (so that `ingest` rebuilds old indexes) and
    /// its fingerprint here.
    static let fingerprints = [
        "dutch-2+profile-2": "33d9a5538f9502b6",
        "dutch-3+profile-2": "759503b9168cd115",
        "dutch-3+profile-3": "272003617efbf4a3",
    ]

    @Test func theAnalysisVersionChangesWhenWhatTheIndexStoresChanges() throws {
        let fingerprint = try Self.analysisFingerprint()
        #expect(
            Self.fingerprints[Ingestor.analysisVersion] == fingerprint,
            """
            the analysis of the sample gives fingerprint \(fingerprint) under version \(Ingestor.analysisVersion): \
            if what the index stores changed, bump DutchAnalyzer.version or the profile version in \
            Ingestor.analysisVersion and record the new version's fingerprint in IngestorTests.fingerprints
            """)
    }
}
