import Foundation
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
