import Foundation
import Testing
@testable import LetterIndex
import TestSupport

/// Ranking on the bundled sample corpus (real letters, moties and OCR'd papers).
@Suite(.serialized) struct RankingTests {
    static let corpus: TemporaryCorpus = {
        let corpus = try! TemporaryCorpus()
        let files = try! FileManager.default.subpathsOfDirectory(atPath: TemporaryCorpus.sample.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix("metadata.jsonl") }
        try! corpus.copySample(files)
        try! corpus.ingest()
        return corpus
    }()

    static func titles() throws -> [(id: String, title: String)] {
        let database = try LetterDatabase(path: corpus.indexPath, readOnly: true)
        return try database.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, title FROM letter WHERE kind = 'motie' ORDER BY id LIMIT 25")
                .map { ($0["id"], $0["title"]) }
        }
    }

    @Test func anExactTitleQueryReturnsThatLetterFirst() throws {
        var first = 0
        let titles = try Self.titles()
        for (id, title) in titles {
            let response = try Self.corpus.search(title)
            if response.results.first?.id == id { first += 1 }
        }
        #expect(first == titles.count, "\(first) of \(titles.count) titles ranked their letter first")
    }

    @Test func aPhraseOutranksScatteredWords() throws {
        // "veilige landen van herkomst" stands together in the JBZ letter; other letters hold the words apart.
        let phrase = try Self.corpus.search("\"veilige landen van herkomst\"")
        let words = try Self.corpus.search("veilige landen herkomst")
        let letter = "kamerbrieven/jbz-raad-cyprus-januari-2026"
        #expect(phrase.results.first?.id == letter)
        #expect(phrase.total <= words.total)
    }

    @Test func pagesDoNotOverlapAndCoverTheTotal() throws {
        let all = try Self.corpus.search("regering") { $0.limit = 100 }
        var seen: [String] = []
        var offset = 0
        while offset < all.total {
            let page = try Self.corpus.search("regering") { $0.limit = 7; $0.offset = offset }
            seen += page.results.map(\.id)
            offset += 7
        }
        #expect(seen.count == all.total)
        #expect(Set(seen).count == seen.count)
        #expect(Array(seen.prefix(all.results.count)) == all.results.map(\.id))
    }
}

import GRDB
