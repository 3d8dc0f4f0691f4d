import Testing
import TestSupport
@testable import LetterIndex

/// Many-word queries that no letter answers with every word: bm25 over the words present,
/// times a soft AND, on the bundled sample corpus (real letters, moties and OCR'd papers).
@Suite(.serialized) struct RelaxedRankingTests {
    static let corpus = SampleIndexes.wholeSample
    static let questions = [
        "wat betekent de solidariteit voor de Nederlandse regering",
        "gevolgen van de herplaatsing voor Nederlandse gemeenten",
        "verzoekt de regering de samenwerking met Moldavië en Oekraïne te versterken",
    ]

    @Test(arguments: questions)
    func scoresFallInTheOrderOfTheRanking(question: String) throws {
        let response = try Self.corpus.search(question) { $0.limit = 30 }
        #expect(response.relaxed)
        let scores = response.results.map(\.exactScore)
        #expect(scores.count > 10)
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 >= $1 }, "\(scores)")
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

    @Test func aLetterWithEveryWordKeepsItsWholeScore() throws {
        let response = try Self.corpus.search(Self.questions[1]) { $0.limit = 50; $0.explain = true }
        for hit in response.results {
            let explanation = try #require(hit.explanation)
            let expected = 1 - ScoringPlan.coverageWeight * (1 - Double(explanation.wordsMatched) / Double(explanation.words))
            #expect(abs(explanation.coverage - expected) < 1e-9)
        }
    }
}
