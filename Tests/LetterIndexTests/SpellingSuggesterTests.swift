import Foundation
import Testing
@testable import LetterIndex
import TestSupport

@Suite(.serialized) struct SpellingSuggesterTests {
    static let corpus = SampleIndexes.wholeSample

    @Test(arguments: [("solidariteid", "solidariteit"), ("herplaatsingem", "herplaatsingen"), ("biijkt", "blijkt")])
    func misspelledWordsGetTheClosestIndexWord(query: String, expected: String) throws {
        let response = try Self.corpus.search(query)
        #expect(response.suggestions.contains(expected), "\(response.suggestions)")
    }

    @Test func onlyTheFirstEightUnknownWordsAreLookedUp() throws {
        let noise = (1...SpellingSuggester.maximumUnknownWords).map { "qzxv\(String(repeating: "q", count: $0))" }
        let within = try Self.corpus.search(Self.anyOf(noise.dropLast() + ["solidariteid"]))
        #expect(within.suggestions.contains { $0.contains("solidariteit") }, "\(within.suggestions)")
        let beyond = try Self.corpus.search(Self.anyOf(noise + ["solidariteid"]))
        #expect(!beyond.suggestions.contains { $0.contains("solidariteit") }, "\(beyond.suggestions)")
    }

    /// The words joined with OR, so that no letter has them all and suggestions are made.
    static func anyOf(_ words: [String]) -> String { words.joined(separator: " OR ") }

    @Test func wellSpelledQueriesGetNoSuggestions() throws {
        #expect(try Self.corpus.search("solidariteit").suggestions.isEmpty)
    }

    @Test(arguments: [("biijkt", "blijkt", 1), ("rninister", "minister", 1), ("solidariteit", "solidariteti", 1), ("abc", "xyz", 3)])
    func distanceCountsOCRPairsAsOneEdit(a: String, b: String, expected: Int) {
        let distance = SpellingSuggester.distance(Array(a.utf8), Array(b.utf8), limit: 2)
        #expect(min(distance, 3) == expected)
    }
}
