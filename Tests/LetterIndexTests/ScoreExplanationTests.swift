import Testing
import TestSupport
@testable import LetterIndex

/// `explain`: each hit's score taken apart adds up to the score it was ranked by.
@Suite(.serialized) struct ScoreExplanationTests {
    static let corpus = SampleIndexes.wholeSample

    @Test(arguments: [
        "solidariteit", "openbaar vervoer", "asielzoekers Griekenland herplaatsing", "CO2-uitstoot",
        "wat betekent de solidariteit voor de Nederlandse regering", "solidariteitsverplichtingen", "regering",
        "asiel -Griekenland",
    ])
    func thePartsAddUpToTheScore(query: String) throws {
        let response = try Self.corpus.search(query) { $0.limit = 20; $0.explain = true }
        #expect(!response.results.isEmpty)
        for hit in response.results {
            let explanation = try #require(hit.explanation, "\(hit.id)")
            let sum = explanation.parts.reduce(0) { $0 + $1.score }
            #expect(abs(sum * explanation.coverage * explanation.entityBoost - explanation.score) < 1e-6)
            #expect(abs(explanation.score - hit.exactScore) < 1e-6, "\(query): \(hit.id)")
            #expect(explanation.parts.allSatisfy { $0.inTitle + $0.inText > 0 && $0.role != "excluded" })
        }
    }

    @Test func aHitCarriesNoExplanationUnlessAsked() throws {
        let response = try Self.corpus.search("solidariteit")
        #expect(response.results.allSatisfy { $0.explanation == nil })
    }

    @Test func neighbouringWordsStandingTogetherEarnAProximityPart() throws {
        let response = try Self.corpus.search("veilige landen herkomst") { $0.explain = true }
        let first = try #require(response.results.first?.explanation)
        #expect(first.parts.contains { $0.role == "proximity" && $0.word == "veilige landen" })
    }
}
