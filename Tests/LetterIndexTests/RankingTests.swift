import Foundation
import Testing
@testable import LetterIndex
import TestSupport

/// Ranking on the bundled sample corpus (real letters, moties and OCR'd papers).
@Suite(.serialized) struct RankingTests {
    static let corpus = SampleIndexes.wholeSample

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

/// Queries whose every word is in most letters (bm25 gives them its least weight).
@Suite(.serialized) struct CommonWordRankingTests {
    static func words(of title: String) -> [String] {
        title.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    @Test(arguments: ["de", "het", "van de"])
    func titleMatchesComeFirstThenTheNewest(query: String) throws {
        let response = try RankingTests.corpus.search(query) { $0.limit = 100 }
        #expect(response.notes.contains { $0.contains("meer dan de helft") })
        var results = response.results
        while results.count < response.total {
            results += try RankingTests.corpus.search(query) { $0.limit = 100; $0.offset = results.count }.results
        }
        let queryWords = query.split(separator: " ").map(String.init)
        let inTitle = results.map { hit in queryWords.allSatisfy { Self.words(of: hit.title).contains($0) } }
        #expect(inTitle.contains(true) && inTitle.contains(false))
        #expect(inTitle == inTitle.sorted { $0 && !$1 }, "title matches first")
        for group in [true, false] {
            let dates = zip(results, inTitle).filter { $0.1 == group }.map { $0.0.date ?? "" }
            #expect(dates == dates.sorted(by: >), "newest first within a group")
        }
    }

    @Test func aRareWordBesideACommonOneKeepsBM25() throws {
        let response = try RankingTests.corpus.search("de solidariteitsverplichtingen")
        #expect(!response.notes.contains { $0.contains("meer dan de helft") })
        #expect(response.results.first?.id == "kamerbrieven/jbz-raad-cyprus-januari-2026")
    }
}

/// `letter_rank` gives FTS5's bm25 scores, with IDFs counted once per session (``LetterScorer``)
/// or once per statement (plain SQL).
@Suite(.serialized) struct LetterRankTests {
    static let expressions = [
        "\"regering\"", "\"solidariteit\" OR \"verplichting\"", "\"veilige landen\"", "\"minister\" AND \"griekenland\"",
        "\"woning\" *", "(\"asielzoekers\" OR (\"asiel\" AND \"zoekers\")) NOT \"cyprus\"", "title : \"motie\"",
    ]

    /// FTS5's own bm25 of every letter matching `expression`, by rowid.
    static func reference(_ expression: String, db: Database) throws -> [Int64: Double] {
        try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
            SELECT rowid, -bm25(letter_ft, 10.0, 1.0) AS reference FROM letter_ft WHERE letter_ft MATCH ?
            """, arguments: [expression]).map { ($0["rowid"] as Int64, $0["reference"] as Double) })
    }

    static func expectClose(_ scores: [(rowid: Int64, score: Double)], to reference: [Int64: Double]) {
        #expect(!reference.isEmpty)
        #expect(scores.count == reference.count)
        for (rowid, score) in scores {
            let expected = reference[rowid] ?? .nan
            #expect(abs(score - expected) <= 1e-9 * max(1, abs(expected)))
        }
    }

    @Test(arguments: expressions)
    func scoresLetterByLetterInOneSessionEqualFTS5BM25(expression: String) throws {
        let database = try LetterDatabase(path: RankingTests.corpus.indexPath, readOnly: true)
        try database.pool.read { db in
            let reference = try Self.reference(expression, db: db)
            let scores = try LetterScorer(db: db).scores(of: Array(reference.keys), plan: ScoringPlan(text: expression))
            Self.expectClose(scores, to: reference)
            // Best first, ties by rowid.
            #expect(scores.map(\.score) == scores.map(\.score).sorted(by: >))
        }
    }

    @Test(arguments: expressions)
    func rankingWithTheFacetIndexLengthsEqualsFTS5BM25(expression: String) throws {
        let database = try LetterDatabase(path: RankingTests.corpus.indexPath, readOnly: true)
        try database.pool.read { db in
            let counts = try FacetIndex(db: db, generation: "test").tokenCounts
            let letters = try Int.fetchOne(db, sql: "SELECT count(*) FROM letter") ?? 0
            // Every letter's length is known (a rowid left at -1 would fall back to `letter_ft_docsize`).
            #expect(letters > 0)
            #expect(counts.filter { $0 >= 0 }.count == letters)
            var scores: [(rowid: Int64, score: Double)] = []
            try LetterScorer(db: db).forEachRanked(plan: ScoringPlan(text: expression), tokenCounts: counts, limit: nil) { rowid, score in
                scores.append((rowid, score))
                return true
            }
            Self.expectClose(scores, to: try Self.reference(expression, db: db))
        }
    }

    @Test func plainSQLWithoutASessionEqualsFTS5BM25() throws {
        let database = try LetterDatabase(path: RankingTests.corpus.indexPath, readOnly: true)
        try database.pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT rowid, letter_rank(letter_ft) AS score FROM letter_ft WHERE letter_ft MATCH '"regering"'
                """)
            Self.expectClose(rows.map { ($0["rowid"], $0["score"]) }, to: try Self.reference("\"regering\"", db: db))
        }
    }

    @Test func aSecondArgumentThatIsNoSessionIsAnError() throws {
        let database = try LetterDatabase(path: RankingTests.corpus.indexPath, readOnly: true)
        #expect(throws: DatabaseError.self) {
            try database.pool.read { db in
                try Double.fetchAll(db, sql: "SELECT letter_rank(letter_ft, ?) FROM letter_ft WHERE letter_ft MATCH 'regering'",
                                    arguments: ["a key"])
            }
        }
    }
}
