import DutchText
import Foundation
import Testing
@testable import LetterIndex
import TestSupport

/// A letter's characteristic terms, on the rarities of the bundled sample.
@Suite struct CharacteristicTermsTests {
    @Test func romanNumeralsOfBudgetChaptersAreNoTerms() {
        for numeral in ["xvi", "viii", "xiv", "xix", "iii", "xl", "c"] {
            #expect(CharacteristicTerms.isRomanNumeral(numeral), "\(numeral)")
        }
        for word in ["civil", "vil", "ill", "lic", "iiii", "vv", "mix", "", "xvix", "ccc"] {
            #expect(!CharacteristicTerms.isRomanNumeral(word), "\(word)")
        }
    }

    @Test func namesPartiesNumbersAndStopWordsAreNoSubject() throws {
        let rarity = try TermRarityTests.rarity()
        let analyzer = DutchAnalyzer()
        let text = """
            De fractie van de VVD en de fractie van het CDA vragen de regering, bij monde van het lid Rikkers-Oosterkamp, \
            om de herplaatsing van asielzoekers uit Griekenland en de solidariteit met Italië. Kamerstuk 36600 XVI, 2024.
            """
        let person = try #require(text.range(of: "Rikkers-Oosterkamp"))
        let names = [text.utf8.distance(from: text.startIndex, to: person.lowerBound)
            ..< text.utf8.distance(from: text.startIndex, to: person.upperBound)]
        let terms = CharacteristicTerms(title: "Motie over herplaatsing", text: text, names: names, rarity: rarity, analyzer: analyzer)
        let tokens = Set(terms.terms.map(\.token))
        #expect(tokens.contains(TermRarityTests.stem("herplaatsing")))
        for word in ["VVD", "CDA", "Rikkers", "Oosterkamp", "XVI", "de", "van"] {
            #expect(!tokens.contains(TermRarityTests.stem(word)), "\(word) counted as a subject: \(tokens.sorted())")
        }
        #expect(!terms.terms.contains { $0.token.contains { $0.isNumber } })
        let weights = terms.terms.map(\.weight)
        #expect(weights == weights.sorted(by: >))
        #expect(terms.terms.first { $0.token == TermRarityTests.stem("herplaatsing") }?.word == "herplaatsing")
    }
}
