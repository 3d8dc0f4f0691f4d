import Foundation
import Testing
@testable import LetterIndex
import TestSupport

/// Search on a small real sub-corpus, indexed once for the suite.
@Suite(.serialized) struct LetterSearchTests {
    static let corpus = SampleIndexes.sampleLetters

    @Test func diacriticsAreFolded() throws {
        let hits = try Self.corpus.search("geinformeerd").results.map(\.id)
        #expect(hits.contains("kamerbrieven/jbz-raad-cyprus-januari-2026"))
    }

    @Test func resultsCarryTheJSONContract() throws {
        let response = try Self.corpus.search("solidariteit")
        let data = try JSONEncoder().encode(response)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["query", "total", "results", "facets"] { #expect(object[key] != nil, "missing \(key)") }
        let first = try #require((object["results"] as? [[String: Any]])?.first)
        for key in ["id", "title", "date", "kind", "score", "snippet", "highlights", "entities"] {
            #expect(first.keys.contains(key), "missing results[].\(key)")
        }
    }

    @Test func snippetsHighlightTheMatchedWords() throws {
        let hit = try #require(try Self.corpus.search("herplaatsing").results.first)
        #expect(!hit.highlights.isEmpty)
        let scalars = Array(hit.snippet.unicodeScalars)
        for range in hit.highlights {
            let word = String(String.UnicodeScalarView(scalars[range[0]..<range[1]])).lowercased()
            #expect(word.hasPrefix("herplaatsing"), "highlighted '\(word)'")
        }
    }

    @Test func pagingIsStableAndTotalsExact() throws {
        let all = try Self.corpus.search("de") { $0.limit = 10 }
        let first = try Self.corpus.search("de") { $0.limit = 2 }
        let second = try Self.corpus.search("de") { $0.limit = 2; $0.offset = 2 }
        #expect(all.total == first.total)
        #expect(Array(all.results.prefix(4)).map(\.id) == (first.results + second.results).map(\.id))
    }

    @Test func dateSortPutsNewestFirst() throws {
        let response = try Self.corpus.search("de") { $0.sort = .date }
        let dates = response.results.compactMap(\.date)
        #expect(dates == dates.sorted(by: >))
    }

    @Test(arguments: [
        "\"unbalanced", "stikstof OR", "((((", "🙂", "\u{0}", "NEAR(", "-", "titel:", String(repeating: "x ", count: 900),
    ])
    func hostileQueriesGiveResultsOrOneClearMessage(query: String) {
        do {
            _ = try Self.corpus.search(query)
        } catch {
            #expect((error as? SearchError)?.code == "bad_query", "\(error)")
        }
    }

    @Test func badParametersAreRejectedWithTheirCode() {
        #expect(throws: SearchError.self) { try Self.corpus.search("x") { $0.limit = 0 } }
        #expect(throws: SearchError.self) { try Self.corpus.search("x") { $0.from = "gisteren" } }
    }

    @Test func rawModeChecksFTS5Syntax() throws {
        #expect(try Self.corpus.search("solidariteit", configure: { $0.raw = true }).total >= 1)
        let refused = try Self.corpus.search("\"open AND (", configure: { $0.raw = true })
        #expect(refused.total == 0)
        #expect(refused.notes.contains { $0.hasPrefix("FTS5 syntax error") })
    }
}
