import Testing

@testable import DutchText

@Suite struct FootnoteMarkerRepairTests {
    let normalizer = TextNormalizer()

    @Test(arguments: [
        // tokens that end in digits but are no footnote markers (tk-moties, sgd-historical)
        "maatregelen tegen COVID-19 en de G20 in het A2-gebied",
        "op grond van artikel 3 van de wet, 2025",
        "De voorlopige belasting-opbrengst bedraagt ruim f 18 miljoen.",
        "de EU27 en Natura N2000-gebieden",
        "vogelgriep H5N1 en de CO2-heffing",
        "een bedrag van f20 en 12 m3 water",
    ])
    func realTokensStayWhole(line: String) {
        let result = normalizer.normalize(line)
        #expect(result.footnotes.isEmpty)
        #expect(result.text == line)
    }

    @Test func markersFollowTheSequence() {
        // sgd-historical/sgd-0000000284.txt: the footnote texts come before the marker.
        let raw = """
            1 Dit adres en de stukken liggen op de griffie ter inzage voor de leden. 2 De Commissie bestaat uit de leden: Van Leeuwen (CDA), Wagemakers (CDA).
            Het adres1 is besproken.
            De commissie2, gezien de door de staatssecretaris van Financiën verstrekte inlichtingen,
            """
        let result = normalizer.normalize(raw)
        #expect(result.footnotes.map(\.marker) == ["1", "2"])
        #expect(result.footnotes[0].text == "Dit adres en de stukken liggen op de griffie ter inzage voor de leden.")
        #expect(result.footnotes[1].text == "De Commissie bestaat uit de leden: Van Leeuwen (CDA), Wagemakers (CDA).")
        #expect(result.text.hasPrefix("Het adres is besproken.\nDe commissie, gezien"))
    }

    @Test func outOfSequenceNumberStays() {
        // "commissie3" without markers 1 and 2 before it and no footnote text.
        let result = normalizer.normalize("De vaste commissie3 heeft de eer verslag uit te brengen.")
        #expect(result.footnotes.isEmpty)
        #expect(result.text == "De vaste commissie3 heeft de eer verslag uit te brengen.")
    }

    @Test(arguments: [
        ("Nederland1.", "1", 9),      // kamerbrieven/jbz-raad-cyprus-januari-2026.txt
        ("Podt2,", "2", 4),
        ("Brussel.1", "1", 8),        // sgd-historical/sgd-0000118094.txt
        ("Zaken1,", "1", 5),          // sgd-historical/sgd-0000001358.txt
    ])
    func markerSplitFindsTheDigits(word: String, marker: String, digitsStart: Int) {
        let bytes = Array(word.utf8)
        let split = FootnoteMarkerRepair.markerSplit(bytes, start: 0, end: bytes.count)
        #expect(split?.number == Int(marker))
        #expect(split?.digitsStart == digitsStart)
    }
}
