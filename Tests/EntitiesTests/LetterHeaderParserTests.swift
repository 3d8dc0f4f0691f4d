import Foundation
import Testing

@testable import Entities

@Suite struct LetterHeaderParserTests {
    private static let cases: [(file: String, kind: LetterKind, title: String, date: String?)] = [
        ("kst-34104-439", .motie, "Motie van het lid Rikkers-Oosterkamp — Langdurige zorg", "2025-04-24"),
        ("kst-21501-02-2798", .motie, "Motie van het lid Tuinman c.s. — Raad Algemene Zaken en Raad Buitenlandse Zaken", "2024-01-18"),
        (
            "sgd-0000000696", .brief,
            "Misbruik en oneigenlijk gebruik op het gebied van belastïngen, sociale zekerheid en subsidies", "1994-10-06"
        ),
        (
            "sgd-0000220979", .brief,
            "Jaarverslag 1970/1971 van het Internationale Monetaire Fonds, de Internationale Bank voor Herstel en Ontwikkeling, de Internationale Ontwikkelingsassociatie en de Internationale Financieringsmaatschappij",
            "1972-02-14"
        ),
        (
            "sgd-0000000417", .kamervragen,
            "Vragen van de leden Van Middelkoop (GPV) en De Hoop Scheffer (CDA) over functies bij internationale organisaties",
            "1994-10-18"
        ),
        (
            "sgd-0000142590", .kamervragen,
            "Vragen van de leden Paulis en Van der Burg (beiden C.D.A.) over de rechten van gepensioneerden", "1983-09-08"
        ),
        (
            "jbz-raad-cyprus-januari-2026", .brief,
            "Geannoteerde agenda van de informele Raad Justitie en Binnenlandse Zaken (JBZ-Raad) van 22-23 januari a.s. in Cyprus",
            nil
        ),
    ]

    @Test(arguments: cases.indices)
    func readsKindTitleAndDateOfRealLetters(index: Int) throws {
        let expected = Self.cases[index]
        let header = LetterHeaderParser().parse(try EntityFixtures.text(expected.file), fileName: expected.file + ".txt")
        #expect(header.kind == expected.kind)
        #expect(header.title == expected.title)
        #expect(header.date?.iso == expected.date)
    }

    @Test(arguments: [
        ("MOTIE VAN HET LID VAN NISPEN C.S.", "Motie van het lid Van Nispen c.s."),
        ("MOTIE VAN DE LEDEN VAN DER PLAS EN EL ABASSI", "Motie van de leden Van der Plas en El Abassi"),
        (
            "GEWIJZIGDE MOTIE VAN HET LID KRÖGER C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 12",
            "Gewijzigde motie van het lid Kröger c.s. ter vervanging van die gedrukt onder nr. 12"
        ),
        ("BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN", "Brief van de minister van Buitenlandse Zaken"),
        ("Langdurige zorg", "Langdurige zorg"),
    ])
    func makesCapitalHeadingsReadable(heading: String, readable: String) {
        #expect(HeadingCase.readable(heading) == readable)
    }

    @Test(arguments: [
        ("TWEEDE NADER GEWIJZIGDE MOTIE VAN HET LID EERDMANS\nVoorgesteld 3 juli 2024\nDe Kamer,", LetterKind.motie),
        ("GEWIJZGIDE MOTIE VAN DE LEDEN GABRIËLS EN KOSTIĆ\nDe Kamer,", .motie),
        ("50. BRIEF VAN DEN MINISTER VAN KOLONIËN.\nAan den Heer Voorzitter", .brief),
        ("Brief van de Minister van Verkeer en Waterstaat\nOnderwerp: Vragen van het lid", .brief),
        ("Geachte voorzitter,\nHierbij stuur ik u de voortgangsrapportage.", .brief),
        ("Aanhangsel tot het Verslag van de Handelingen der Tweede Kamer\n4201", .kamervragen),
        ("2099. VRAGEN van de leden Dolman en Vellenga (beiden P.v.d.A.) over X. (Ingezonden 26 juni 1974.)", .kamervragen),
        ("MEMORIE VAN TOELICHTING\nDe onderhavige regeling beoogt", .other),
        ("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\nIn de vaste commissie is de motie besproken.", .other),
    ])
    func classifiesByTheFirstDecisiveLine(text: String, kind: LetterKind) {
        #expect(LetterHeaderParser().parse(text, fileName: nil).kind == kind)
    }

    @Test func takesTheOnderwerpLineOfAModernLetterHead() {
        let text = "Datum 12 januari 2026\nOnderwerp Voortgang aanpak overlast asielzoekers\nGeachte voorzitter,\nHierbij informeer ik u over de voortgang."
        let header = LetterHeaderParser().parse(text, fileName: nil)
        #expect(header.kind == .brief)
        #expect(header.title == "Voortgang aanpak overlast asielzoekers")
        #expect(header.date?.iso == "2026-01-12")
    }

    @Test func derivesTheSubjectFromWhatTheLetterOffers() {
        let text = "Hierbij bied ik uw Kamer, mede namens de minister van Financiën, het rapport Werk aan uitvoering aan. Het rapport gaat over de uitvoering."
        #expect(LetterHeaderParser().parse(text, fileName: nil).title == "Rapport Werk aan uitvoering")
    }

    @Test func fallsBackToTheFileNameForAnEmptyText() {
        let header = LetterHeaderParser().parse("", fileName: "jbz-raad-cyprus.txt")
        #expect(header.kind == .other)
        #expect(header.title == "jbz raad cyprus")
        #expect(header.date == nil)
    }
}
