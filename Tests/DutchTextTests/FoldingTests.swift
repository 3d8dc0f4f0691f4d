import Testing
@testable import DutchText

@Suite struct FoldingTests {
    @Test(arguments: [
        ("Geïnformeerd", "geinformeerd"), ("Financiën", "financien"), ("ROEMENIË", "roemenie"), ("café", "cafe"),
        ("Curaçao", "curacao"), ("Ĳsselmeer", "ijsselmeer"), ("Straße", "strasse"), ("Øresund", "oresund"),
        ("Москва", "москва"), ("Ελλάδα", "ελλαδα"), ("2025", "2025"),
    ])
    func foldsCaseAndDiacritics(input: String, expected: String) {
        #expect(Folding.fold(input) == expected)
    }

    @Test func decomposedAndComposedFormsFoldAlike() {
        #expect(Folding.fold("gei\u{0308}nformeerd") == Folding.fold("geïnformeerd"))
    }

    @Test func latinLettersHoldWhatFoldGivesEachLatinScalar() {
        #expect(Folding.latinLetters.count == 0x180 - 0xC0)
        for value in UInt32(0xC0)..<0x180 {
            let letters = Folding.latinLetters[Int(value) - 0xC0]
            guard !letters.isEmpty, let scalar = Unicode.Scalar(value) else { continue }
            #expect(Array(Folding.fold(String(scalar)).utf8) == letters, "U+\(String(value, radix: 16))")
        }
        #expect(Folding.latinLetters[0xE6 - 0xC0] == Array("ae".utf8))
        #expect(Folding.latinLetters[0xD7 - 0xC0].isEmpty)  // ×
    }
}
