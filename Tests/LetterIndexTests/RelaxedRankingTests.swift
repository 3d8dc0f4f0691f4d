import Testing
import TestSupport
@testable import LetterIndex

/// Many-word queries that no letter answers with every word: bm25 over the words present,
/// times a soft AND, on the bundled sample corpus (real letters, moties and OCR'd papers).
@Suite(.serialized) struct RelaxedRankingTests {
    static let corpus = SampleIndexes.wholeSample
    static let questions = [
        "steun aan Oekraïne en sancties tegen Rusland",
        "opvang van asielzoekers in gemeenten en de kosten van huisvesting",
        "begroting van defensie en de inzet van militairen in het buitenland",
    ]

    @Test(arguments: questions)
    func scoresFallInTheOrderOfTheRanking(question: String) throws {
        let response = try Self.corpus.search(question) { $0.limit = 30 }
        #expect(response.relaxed)
        let scores = response.results.map(\.exactScore)
        #expect(scores.count > 5)
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 >= $1 }, "\(scores)")
    }

    /// A word in more than a tenth of the letters brings no letter in by itself: every letter
    /// found has one of the other words.
    @Test(arguments: questions.dropFirst())
    func aLetterWithOnlyFrequentWordsIsNoAnswer(question: String) throws {
        let response = try Self.corpus.search(question) { $0.limit = 50 }
        #expect(response.relaxed)
        let database = try LetterDatabase(path: Self.corpus.indexPath, readOnly: true)
        let defining = try database.pool.read { db in
            let letters = try Int.fetchOne(db, sql: "SELECT count(*) FROM letter") ?? 0
            let words = try #require(FTS5ExpressionTests.expression(question)).termNodes.compactMap { node -> String? in
                guard case .term(let word) = node else { return nil }
                return word
            }
            var rare: [String] = []
            for word in words {
                let count = try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM letter_ft WHERE letter_ft MATCH ?", arguments: [FTS5Expression.quoted([word])]) ?? 0
                if Double(count) <= RelaxedRanking.frequentShare * Double(letters) { rare.append(FTS5Expression.quoted([word])) }
            }
            #expect(!rare.isEmpty && rare.count < words.count, "\(question): frequent and rare words both")
            return Set(try String.fetchAll(db, sql: """
                SELECT l.id FROM letter_ft JOIN letter l ON l.rowid = letter_ft.rowid WHERE letter_ft MATCH ?
                """, arguments: [rare.joined(separator: " OR ")]))
        }
        #expect(!response.results.isEmpty)
        #expect(response.results.allSatisfy { defining.contains($0.id) })
    }

    /// A rare word outweighs common ones: the ranking is not "most words first".
    @Test func aLetterWithFewerButRarerWordsCanRankAboveOneWithMoreWords() throws {
        var inverted = 0
        for question in Self.questions {
            let response = try Self.corpus.search(question) { $0.limit = 20; $0.explain = true }
            let matched = response.results.compactMap { $0.explanation?.wordsMatched }
            #expect(matched.count == response.results.count)
            for (index, count) in matched.enumerated() where matched[(index + 1)...].contains(where: { $0 > count }) {
                inverted += 1
            }
        }
        #expect(inverted > 0)
    }

    @Test(arguments: questions)
    func aLaterPageContinuesTheRanking(question: String) throws {
        let whole = try Self.corpus.search(question) { $0.limit = 20 }
        let first = try Self.corpus.search(question) { $0.limit = 10 }
        let second = try Self.corpus.search(question) { $0.limit = 10; $0.offset = 10 }
        #expect(second.relaxed)
        #expect(first.results.map(\.id) + second.results.map(\.id) == whole.results.map(\.id))
        #expect(second.total == whole.total)
    }

    @Test func theShareOfWordsALetterHasSetsItsCoverage() throws {
        let response = try Self.corpus.search(Self.questions[2]) { $0.limit = 50; $0.explain = true }
        #expect(response.results.count > 10)
        for hit in response.results {
            let explanation = try #require(hit.explanation)
            let expected = 1 - ScoringPlan.coverageWeight * (1 - Double(explanation.wordsMatched) / Double(explanation.words))
            #expect(abs(explanation.coverage - expected) < 1e-9)
        }
    }
}
