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
}
