import Foundation
import Testing
@testable import LetterIndex
import TestSupport

/// Thousands of random and hostile query strings through the parser and the index: results or
/// one clear message (`bad_query`), never another error, never a crash.
@Suite(.serialized) struct HostileQueryTests {
    static let corpus = SampleIndexes.sampleLetters

    /// A deterministic generator (SplitMix64).
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "\"", "(", ")", "*", "-", "+", ":", "OR", "OF", "AND", "NOT", "NIET", "NEAR(", "NEAR/3(", ",", " ", "  ", "\t",
        "\n", "land:", "titel:", "dossier:", "van:", "tot:", "soort:", "minister:", "land:GR", "van:2020", "tot:abc",
        "herplaatsing", "de", "het", "solidariteit", "Griekenland", "JBZ-Raad", "'s-Gravenhage", "auto's", "1.000,50",
        "🙂", "\u{0}", "\u{7}", "\u{202E}", "é", "ï", "ß", "Москва", "\\", "'", "%", "_", "^", "{", "}", "[", "]", "col:",
        "\"\"", "*\"", "-\"", "NEAR(a b, x)", "rowid", "letter_ft", "MATCH", ";", "--", "/*", "*/", "\u{FFFD}",
    ]

    static func randomQuery(_ generator: inout Generator) -> String {
        switch Int.random(in: 0..<10, using: &generator) {
        case 0:
            // Random scalars, control characters included.
            let count = Int.random(in: 0..<40, using: &generator)
            return String(String.UnicodeScalarView((0..<count).compactMap { _ in
                Unicode.Scalar(UInt32.random(in: 0..<0x3000, using: &generator))
            }))
        case 1:
            return String(repeating: pieces.randomElement(using: &generator)!, count: Int.random(in: 1..<400, using: &generator))
        default:
            let count = Int.random(in: 1..<12, using: &generator)
            return (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined(
                separator: Bool.random(using: &generator) ? " " : "")
        }
    }

    @Test func tenThousandHostileQueriesGiveResultsOrOneClearMessage() throws {
        let search = LetterSearch(database: try LetterDatabase(path: Self.corpus.indexPath, readOnly: true))
        var generator = Generator(state: 20261130)
        var answered = 0
        var refused = 0
        for _ in 0..<10_000 {
            let query = Self.randomQuery(&generator)
            var request = SearchRequest(query: query)
            request.facets = Bool.random(using: &generator)
            request.sort = Bool.random(using: &generator) ? .date : .relevance
            do {
                _ = try search.search(request)
                answered += 1
            } catch {
                #expect(["bad_query", "bad_filter", "bad_date"].contains(error.code), "\(query.debugDescription): \(error)")
                refused += 1
            }
        }
        #expect(answered > 5_000)
        #expect(answered + refused == 10_000)
    }

    @Test(arguments: [String(repeating: "a", count: 10_000), String(repeating: "(", count: 2_000), String(repeating: "\"", count: 1_999)])
    func veryLongQueriesAreAnsweredOrRefusedClearly(query: String) throws {
        do {
            _ = try Self.corpus.search(query)
        } catch let error as SearchError {
            #expect(error.code == "bad_query")
            #expect(!error.message.isEmpty)
        }
    }
}
