import DutchText
import Foundation
import GRDB
import Testing
@testable import LetterIndex
import TestSupport

/// Term rarity and topicality read from FTS5's vocabulary of the bundled sample.
@Suite struct TermRarityTests {
    static func rarity() throws -> TermRarity {
        let database = try LetterDatabase(path: SimilarLettersTests.sample.indexPath, readOnly: true)
        return try database.pool.read { try TermRarity(db: $0) }
    }

    static func stem(_ word: String) -> String {
        DutchAnalyzer().tokens(in: word, mode: .query).first?.token ?? word
    }

    @Test func aFormulaEveryMotieWritesOnceIsNoSubject() throws {
        let rarity = try Self.rarity()
        // Every motie says "verzoekt de regering" once: common, and never repeated.
        let formula = Self.stem("verzoekt")
        #expect(rarity.letters(holding: formula) >= 90)
        #expect(rarity.topicality(of: formula) < 0.4)
        #expect(rarity.inverseFrequency(letters: rarity.letters(holding: formula)) < rarity.inverseFrequency(letters: 2))
    }

    @Test func topicalityStaysInItsRangeAndUnknownTermsAreRare() throws {
        let rarity = try Self.rarity()
        #expect(rarity.letterCount >= 200)
        #expect(rarity.letters(holding: "zzzgeenwoord") == 1)
        #expect(rarity.topicality(of: "zzzgeenwoord") == 1)
        for word in ["regering", "migratie", "asielzoekers", "solidariteit", "begrooting", "de"] {
            let value = rarity.topicality(of: Self.stem(word))
            #expect(value >= 0.15 && value <= 1, "\(word): \(value)")
        }
        #expect(rarity.inverseFrequency(letters: 0) > 0 && rarity.inverseFrequency(letters: Int.max) > 0)
    }
}
