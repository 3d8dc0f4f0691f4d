import Testing

@testable import DutchText

@Suite struct ParagraphJoinerTests {
    let normalizer = TextNormalizer()

    @Test func pdfWrappedLinesJoinAndHeadingsStay() {
        // kamerbrieven/jbz-raad-cyprus-januari-2026.txt, first lines of the second section
        let raw = """
            Aanname jaarlijkse solidariteitspool en verdeling solidariteitsverplichtingen 
            Op 5 januari heeft de Raad overeenstemming bereikt over jaarlijkse solidariteitspool en 
            de verdeling van solidariteitsverplichtingen onder lidstaten. Uw Kamer werd middels het 
            verslag van de JBZ-Raad van 8 en 9 december geïnformeerd over de inzet van 
            Nederland. Ik informeer u graag over hoe lidstaten omgaan met de verdeling van solidariteit. 
            Bulgarije, Cyprus, Duitsland, Frankrijk
            en Roemenië kiezen voor herplaatsingen.
            """
        #expect(normalizer.normalize(raw).text == """
            Aanname jaarlijkse solidariteitspool en verdeling solidariteitsverplichtingen
            Op 5 januari heeft de Raad overeenstemming bereikt over jaarlijkse solidariteitspool en de verdeling van solidariteitsverplichtingen onder lidstaten. Uw Kamer werd middels het verslag van de JBZ-Raad van 8 en 9 december geïnformeerd over de inzet van Nederland. Ik informeer u graag over hoe lidstaten omgaan met de verdeling van solidariteit. Bulgarije, Cyprus, Duitsland, Frankrijk en Roemenië kiezen voor herplaatsingen.
            """)
    }

    @Test func pageBreakAcrossFurnitureIsRejoined() {
        // An OCR paragraph cut by a page footer (sgd-historical layout).
        let raw = """
            Tweede Kamer der Staten-Generaal
            Vergaderjaar 1989-1990
            De minister heeft de Kamer bij brief van 12 maart ingelicht over de
            Tweede Kamer, vergaderjaar 1989-1990, 21 300 VI, nr. 14
            2
            voortgang van het onderzoek naar de medische praktijk.
            """
        let result = normalizer.normalize(raw)
        #expect(result.text.hasSuffix("ingelicht over de voortgang van het onderzoek naar de medische praktijk."))
        #expect(result.furniture == ["Tweede Kamer, vergaderjaar 1989-1990, 21 300 VI, nr. 14", "2"])
    }

    @Test(arguments: [
        ("- de eerste maatregel", true),
        ("\u{2022} een opsomming", true),
        ("1. Inleiding", true),
        ("a) het voorstel", true),
        ("Nederland heeft zich", false),
    ])
    func listItemsAreRecognized(line: String, isItem: Bool) {
        #expect(ParagraphJoiner.startsListItem(Array(line.utf8)) == isItem)
    }
}
