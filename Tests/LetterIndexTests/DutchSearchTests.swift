import Foundation
import Testing
@testable import LetterIndex
import TestSupport

/// The Dutch analysis seen through search, on real letters of the sample corpus.
@Suite(.serialized) struct DutchSearchTests {
    static let corpus: TemporaryCorpus = {
        let corpus = try! TemporaryCorpus()
        try! corpus.copySample(sampleFiles + ["sgd-historical/sgd-0000156395.txt", "sgd-historical/sgd-0000067020.txt"])
        try! corpus.ingest()
        return corpus
    }()

    static let letter = "kamerbrieven/jbz-raad-cyprus-januari-2026"

    static func highlightedWords(_ hit: SearchHit) -> [String] {
        let scalars = Array(hit.snippet.unicodeScalars)
        return hit.highlights.map { String(String.UnicodeScalarView(scalars[$0[0]..<$0[1]])) }
    }

    @Test(arguments: [
        ("herplaatsing", letter), ("geinformeerd", letter), ("Nederland", letter),
        ("binnenlandse", "sgd-historical/sgd-0000156395"),
        // Spelling from before 1947: the letter writes "Nederlandsche" and "tusschen".
        ("nederlandse", "sgd-historical/sgd-0000067020"), ("tussen", "sgd-historical/sgd-0000067020"),
    ])
    func findsTheLetterDespiteInflectionDiacriticsAndOCR(query: String, id: String) throws {
        #expect(try Self.corpus.search(query) { $0.limit = 20 }.results.map(\.id).contains(id))
    }

    @Test func aCompoundsPartFindsItWithTheWholeWordHighlighted() throws {
        let hit = try #require(try Self.corpus.search("verplichting").results.first { $0.id == Self.letter })
        #expect(Self.highlightedWords(hit).contains("solidariteitsverplichtingen"))
    }

    @Test func snippetsNeverShowAFootnoteNumberGluedToAWord() throws {
        let hit = try #require(try Self.corpus.search("Nederland") { $0.limit = 20 }.results.first { $0.id == Self.letter })
        #expect(!hit.snippet.contains("Nederland1"))
        #expect(!hit.snippet.contains("Podt2"))
    }

    @Test func aCompoundQueryRanksTheLetterWithTheWholeCompoundFirst() throws {
        let response = try Self.corpus.search("solidariteitsverplichtingen")
        #expect(response.results.first?.id == Self.letter)
    }

    @Test func stopWordsAreDroppedWhenOtherWordsArePresent() throws {
        let withStopWords = try Self.corpus.search("de herplaatsing van het")
        let without = try Self.corpus.search("herplaatsing")
        #expect(withStopWords.total == without.total)
        #expect(!withStopWords.relaxed)
    }

    @Test func aPhraseKeepsItsStopWords() throws {
        #expect(try Self.corpus.search("\"verdeling van solidariteit\"").results.map(\.id) == [Self.letter])
    }
}
