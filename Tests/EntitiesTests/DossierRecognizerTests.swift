import Foundation
import Testing

@testable import Entities

@Suite struct DossierRecognizerTests {
    @Test(arguments: [
        ("32317", "32317"),
        ("32 317", "32317"),
        ("21 501-20", "21501-20"),
        ("21501-02", "21501-02"),
        ("21 501-2", "21501-02"),
        ("36 600 VI", "36600-VI"),
        ("36410-VII", "36410-VII"),
        ("36 410-XVI", "36410-XVI"),
        ("19200 hoofdstuk V", "19200-V"),
        ("21 300 IXB", "21300-IXB"),
        ("36600-A", "36600-A"),
        ("22 855 (R 1451)", "22855"),
        ("5588", "5588"),
    ])
    func normalizesDossierNumbers(written: String, key: String) {
        #expect(DossierNumber.parse(written)?.key == key)
    }

    @Test(arguments: ["1994", "2026", "123", "123456", "32.317", "40000", "36600 VIV", "32 317 678"])
    func rejectsWhatIsNoDossierNumber(written: String) {
        #expect(DossierNumber.parse(written) == nil)
    }

    @Test(arguments: [
        // kamerbrieven/jbz-raad-cyprus-januari-2026.txt, footnote 1
        ("1 Kamerstukken II, 2025-2026, 32317, nr. 987.", ["32317"]),
        // sgd-historical/sgd-0000108131.txt
        ("Bij mijn brief van 13 maart 1987 (17 649, nr. 82) zond ik u", ["17649"]),
        // sgd-historical/sgd-0000036750.txt
        ("aan de Tweede Kamer toegezonden (TK, 1987-1988, 20255, nrs. 1-2).", ["20255"]),
        // sgd-historical/sgd-0000109497.txt
        ("Het rapport is u bij brief van 1 september 1986 (kamerstuk 19 622 nr. 1) toegezonden", ["19622"]),
        // Kamerstuk forms seen across sgd-historical
        ("Kamerstuk 22 800 XI, nr. 23", ["22800-XI"]),
        ("Kamerstukken II, 1989-1990, 21 300 IXB, nr. 51", ["21300-IXB"]),
        ("Kamerstuk21 137, nr. 51", ["21137"]),
        ("Kamerstukken II 1993-1994, 23 224, nr. 5", ["23224"]),
        ("(Kamerstuk 21 501-04, nrs. 29 en 30)", ["21501-04"]),
        // tk-moties: cited moties
        ("de motie-Grinwis/Boswijk (34 682/35 334, nr. 143) is aangenomen", ["34682", "35334"]),
        ("(36 410-VIII, nr. 36), waardoor", ["36410-VIII"]),
        ("Eerste Kamer, vergaderjaar 1989-1990, 20 708 en 21 433, nr. 176e", ["20708", "21433"]),
        ("TK 1994, 23 900 VI, nr. 5", ["23900-VI"]),
        // sgd-historical/sgd-0000102105.txt, sgd-0000094146.txt, sgd-0000110465.txt
        ("Tweede Kamer, vergaderjaar 1987-1988, 20 200 hfdst. XIII, nr. 63", ["20200-XIII"]),
        ("Tweede Kamer, vergaderjaar 1988-1989, 20 800, hfdst. XI, nr. 78", ["20800-XI"]),
        ("Tweede Kamer, vergaderjaar 1986-1987, 19 700 hfdstXIII, nr. 16", ["19700-XIII"]),
        // Bills cited by number in parentheses (sgd-historical/sgd-0000270007.txt, tk-moties)
        ("Naturalisatie van Franciszek Benedvczak en 18 anderen (4952); Wijziging van hoofdstuk XIII der rijksbegroting voor het dienstjaar 1956 (4954);",
         ["4952", "4954"]),
        ("te berichten dat het voorstel Wet gesloten coffeeshopketen (34 165) is ingetrokken", ["34165"]),
        // Old citations (sgd-historical/sgd-0000227807.txt)
        ("Bijlage Handelingen Eerste Kamer 1956/57, nr. 61, en Bijlage Handelingen Tweede Kamer 1956/ 57 -4583), en", ["4583"]),
        ("•) Gedrukt stuk Tweede Kamer, zitting 1969-1970, nr. 10 785.", ["10785"]),
        ("Tweede Kamer, zitting 1963—1964, nr. 7642.", ["7642"]),
    ])
    func findsCitedDossiers(line: String, keys: [String]) {
        let found = DossierRecognizer().mentions(in: line, furniture: [])
        #expect(found.map(\.key) == keys)
        #expect(found.allSatisfy { $0.kind == .dossier })
    }

    @Test(arguments: [
        "Het kabinet trekt 32317 euro uit voor 12 500 projecten.",
        "Postcode 2511 CV Den Haag, telefoon 070 - 34 56 789",
        "In 1994 en 2025 werd 36 600 keer gebeld.",
        "Staatsblad 1913, nr. 345 en Stcrt. 2024, nr. 12345",
        "zie Aanhangsel van de Handelingen II, nr. 626",
        "Handelingen II 1985-1986, blz. 4049 en volgende",
        "een bedrag van f 32 317 678 in 1990",
        // A quantity in parentheses, an Aanhangsel number after a session.
        "verhoogd met vijf honderd gulden (f500) en mitsdien gebragt op duizend vijf honderd gulden (1500)",
        "krib achttien duizend vijf en veertig (18 045)",
        "(Aanhangsel Handelingen, Tweede Kamer, zitting 1975-1976, nr. 526)",
        "zie de rapporten van TNO (2021) en De Nieuwe Denktank (2023)",
    ])
    func ignoresNumbersOutsideKamerstukContext(line: String) {
        #expect(DossierRecognizer().mentions(in: line, furniture: []).isEmpty)
    }

    @Test func citationSurfaceIncludesOndernummerAndOffsetsPointIntoText() {
        let text = "1 Kamerstukken II, 2025-2026, 32317, nr. 987."
        let mention = DossierRecognizer().mentions(in: text, furniture: [])[0]
        #expect(mention.surface == "32317, nr. 987")
        let bytes = Array(text.utf8)
        let start = try! #require(mention.start), end = try! #require(mention.end)
        #expect(String(decoding: bytes[start..<end], as: UTF8.self) == mention.surface)
        #expect(!mention.primary)
    }

    @Test(arguments: [
        ("kst-34104-439", "34104"),
        ("kst-21501-02-2798", "21501-02"),
        ("kst-36455-11", "36455"),
        ("sgd-0000038600", "21300-VI"),
        ("sgd-0000220979", "11642"),
    ])
    func mastheadGivesTheLettersOwnDossier(file: String, key: String) throws {
        let mentions = DossierRecognizer().mentions(in: try EntityFixtures.text(file), furniture: [])
        #expect(Set(mentions.filter(\.primary).map(\.key)) == [key])
    }

    @Test func footerGivesTheOwnDossierWhenThereIsNoMastheadNumber() throws {
        // sgd-0000000696: masthead without number; footer "Tweede Kamer, vergaderjaar 1994-1995, 17 050, nr. 190"
        let mentions = DossierRecognizer().mentions(in: try EntityFixtures.text("sgd-0000000696"), furniture: [])
        let primary = mentions.filter(\.primary)
        #expect(primary.map(\.key) == ["17050"])
        #expect(primary.first?.surface == "17 050, nr. 190")
    }

    @Test func furnitureFootersArePrimaryWithoutOffsets() {
        let mentions = DossierRecognizer().mentions(
            in: "Over de voorlopige resultaten wil ik u hierbij informeren.",
            furniture: ["Tweede Kamer, vergaderjaar 1985-1986, 19200 hoofdstuk V, nr. 43"])
        #expect(mentions.count == 1)
        #expect(mentions.first?.key == "19200-V")
        #expect(mentions.first?.primary == true)
        #expect(mentions.first?.start == nil && mentions.first?.end == nil)
    }

    @Test(arguments: [
        // sgd-historical/sgd-0000279224.txt: masthead without chapter, HOOFDSTUK line, old footer.
        ("ZITTING 1954—1955 — 3700\n1\nRIJKSBEGROTING VOOR HET DIENSTJAAR 1955\nHOOFDSTUK III\nBUITENLANDSE ZAKEN\n"
            + "BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN\nDe Minister van Buitenlandse Zaken,\nI 3700 III 23", ["3700-III"], "3700-III"),
        // sgd-historical/sgd-0000239320.txt: two chapters; the footer's OCR "II" is the masthead's III.
        ("Zitting 1967-1968-9300\nRIJKSBEGROTING VOOR HET DIENSTJAAR 1968\nHOOFDSTUK III -ALGEMENE ZAKEN\n"
            + "HOOFDSTUK VII -BINNENLANDSE ZAKEN\nBRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN\ntekst\n9300 II, 9300 VII 11",
         ["9300-III", "9300-VII"], "9300-III"),
        // sgd-historical/sgd-0000086040.txt: no masthead, page heads with chapter and stuk numbers.
        ("Bijlage A\nTweede Kamer\nRijksbegroting voor het dienstjaar 1950 1400 III 49—51\n27\nBUITENLANDSE ZAKEN\n1400 III 49\n"
            + "BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN", ["1400-III"], "1400-III"),
        // sgd-historical/sgd-0000239504.txt: masthead number, chapter only in the footer.
        ("Zitting 1967-1968 -9300\nRIJKSBEGROTING VOOR HET DIENSTJAAR 1968\nBRIEF VAN DE MINISTER VAN FINANCIËN\ntekst\n9300 IXB 13",
         ["9300-IXB"], "9300-IXB"),
    ] as [(String, [String], String)])
    func oldBudgetPagesKeepTheirChapter(text: String, keys: [String], own: String) {
        let mentions = DossierRecognizer().mentions(in: text, furniture: [])
        #expect(Set(mentions.map(\.key)) == Set(keys))
        #expect(mentions.first(where: \.primary)?.key == own)
    }

    @Test func aCitedBareNumberStaysBesideItsChapter() {
        // tk-moties/kst-36410-XVI-142.txt: the motie cites dossier 36410 itself.
        let text = "Tweede Kamer der Staten-Generaal\n2\nVergaderjaar 2023-2024\n36 410 XVI\nNr. 142\nMOTIE VAN HET LID X\n"
            + "door de aangenomen motie-Marijnissen/Bikker (36 410, nr. 19)"
        #expect(DossierRecognizer().mentions(in: text, furniture: []).map(\.key) == ["36410-XVI", "36410"])
    }

    @Test func kamervragenHaveNoOwnDossier() throws {
        // sgd-0000000417: Aanhangsel page number "83" must not be taken for a dossier.
        let mentions = DossierRecognizer().mentions(in: try EntityFixtures.text("sgd-0000000417"), furniture: [])
        #expect(mentions.filter(\.primary).isEmpty)
    }
}
