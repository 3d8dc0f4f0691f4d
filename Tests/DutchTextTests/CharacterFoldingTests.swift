import Testing

@testable import DutchText

@Suite struct CharacterFoldingTests {
    private func fold(_ s: String) -> String { String(decoding: CharacterFolding.fold(s), as: UTF8.self) }

    @Test(arguments: [
        // kamerbrieven/jbz-raad-cyprus-januari-2026.txt
        ("een \u{2018}alomvattend kader voor mobiliteit\u{2019}.", "een 'alomvattend kader voor mobiliteit'."),
        // sgd-historical/sgd-0000000696.txt
        ("de landelijke actie \u{AB}Reisverhalen\u{BB} gestart", "de landelijke actie \"Reisverhalen\" gestart"),
        // sgd-historical/sgd-0000264608.txt
        ("Zitting 1959\u{2014}1960", "Zitting 1959-1960"),
        // sgd-historical/sgd-0000042256.txt
        ("1929\u{2014}1930. Eerste Kamer.", "1929-1930. Eerste Kamer."),
        // sgd-historical/sgd-0000042218.txt (soft hyphen inside a word)
        ("dat de voor\u{AD}stellen tot wijziging", "dat de voorstellen tot wijziging"),
        // sgd-historical/sgd-0000042237.txt (soft hyphen where "binnen- en" lost its space)
        ("economische voorlichting in binnen\u{AD}en", "economische voorlichting in binnen- en"),
        // an em dash as a sentence dash stays
        ("de wet \u{2014} zo blijkt \u{2014} werkt", "de wet \u{2014} zo blijkt \u{2014} werkt"),
    ])
    func foldsTypographyFromTheCorpus(input: String, expected: String) {
        #expect(fold(input) == expected)
    }

    @Test(arguments: [
        ("\u{FB01}nanci\u{EB}le bijdrage", "financi\u{EB}le bijdrage"),       // PDF ligature
        ("re\u{FB02}ectie", "reflectie"),
        ("17\u{A0}050", "17 050"),                                           // NBSP
        ("ge\u{200B}informeerd\u{FEFF}", "geinformeerd"),                     // zero-width, BOM
        ("gei\u{0308}nformeerd", "ge\u{EF}nformeerd"),                        // NFC
        ("regel\r\nregel\rregel", "regel\nregel\nregel"),
        ("pagina\u{0C}volgende", "pagina\n\nvolgende"),                        // form feed
    ])
    func foldsInvisibleAndCompatibilityCharacters(input: String, expected: String) {
        #expect(fold(input) == expected)
    }
}
