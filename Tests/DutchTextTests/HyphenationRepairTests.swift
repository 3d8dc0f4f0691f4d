import Testing

@testable import DutchText

@Suite struct HyphenationRepairTests {
    let normalizer = TextNormalizer()

    @Test(arguments: [
        // line-end breaks (the README's examples and sgd-historical OCR)
        ("en Bin-\nnenlandse Zaken", "en Binnenlandse Zaken"),
        ("aan hun administratieve verplich-\ntingen", "aan hun administratieve verplichtingen"),
        // real hyphens at a line end stay
        ("de provincie Noord-\nHolland", "de provincie Noord-Holland"),
        ("de JBZ-\nraad", "de JBZ-raad"),
        ("het Asiel-\nen Migratiepact", "het Asiel- en Migratiepact"),   // kamerbrieven
        ("de land-\nen tuinbouw", "de land- en tuinbouw"),
        ("de controle-\nacties van de Belastingdienst", "de controle-acties van de Belastingdienst"),
        ("de ex-\nminister van Financiën", "de ex-minister van Financiën"),
    ])
    func lineEndHyphens(input: String, expected: String) {
        #expect(normalizer.normalize(input).text == expected)
    }

    @Test(arguments: [
        // sgd-historical OCR lines that lost their line breaks
        ("de Noordatlan-tische Raad", "de Noordatlantische Raad"),                       // sgd-0000118094
        ("aan de uitdrukke-lijke goedkeuring", "aan de uitdrukkelijke goedkeuring"),     // sgd-0000264608
        ("universiteiten en academi-sche ziekenhuizen", "universiteiten en academische ziekenhuizen"), // sgd-0000108131
        ("van de com-missie", "van de commissie"),
        ("die wor-den besproken", "die worden besproken"),
        ("zijn goedge-vonden", "zijn goedgevonden"),
        ("het be-drag van", "het bedrag van"),
    ])
    func midLineBreaksAreJoined(input: String, expected: String) {
        #expect(normalizer.normalize(input).text == expected)
    }

    @Test(arguments: [
        "de geannoteerde agenda van de JBZ-Raad",                              // kamerbrieven
        "het veilig-derde-land-concept en de EU-lijst",                        // kamerbrieven
        "verzoekt de regering de defensie-industrie te versterken",           // tk-moties
        "ondersteuning van mbo-studenten en btw-tarief",                       // tk-moties
        "het Afrika-beleid van het kabinet",                                   // tk-moties
        "Scheltema-de Nie (D66), ondervoorzitter",                             // sgd-0000001358
        "de ex-minister en de oud-voorzitter",
        "de reis-en verblijfkosten",                                           // sgd-historical: "reis- en"
        "een zee-egel en de controle-acties",
    ])
    func realHyphensStay(line: String) {
        #expect(normalizer.normalize(line).text == line)
    }

    @Test func documentEvidenceJoinsSplitWords() {
        // In an OCR text, "hoofd-stuk" joins because "hoofdstuk" occurs elsewhere.
        let raw = "Het hoofd-stuk over de begroting.\nIn hoofdstuk V staat het bedrag."
        #expect(normalizer.normalize(raw).text == "Het hoofdstuk over de begroting.\nIn hoofdstuk V staat het bedrag.")
    }
}
