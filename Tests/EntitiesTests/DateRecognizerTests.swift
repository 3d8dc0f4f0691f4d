import Foundation
import Testing

@testable import Entities

@Suite struct DateRecognizerTests {
    @Test(arguments: [
        ("6 oktober 1994", "1994-10-06"),
        ("1 jan. 2026", "2026-01-01"),
        ("22-23 januari 2026", "2026-01-22"),
        ("12-01-2026", "2026-01-12"),
        ("2026-01-12", "2026-01-12"),
        ("19januari 1990", "1990-01-19"),  // sgd-0000038600.txt
        ("den 29sten November 1932.", "1932-11-29"),  // sgd-0000052191.txt
        ("18 Junij 1850", "1850-06-18"),
        ("3 October 1918", "1918-10-03"),
        ("6 deeember 1971", "1971-12-06"),  // OCR slip
        ("15 sept. 1980", "1980-09-15"),
        ("29 februari 2024", "2024-02-29"),
    ])
    func parsesDutchDates(written: String, iso: String) {
        #expect(DutchDate.parse(written)?.iso == iso)
    }

    @Test(arguments: ["31 juni 2024", "29 februari 2023", "6 oktober", "1994-1995", "nrs. 1-2", "12 maken 1990", "32 mei 1990", "6 oktober 94"])
    func rejectsWhatIsNoDate(written: String) {
        #expect(DutchDate.parse(written) == nil)
    }

    @Test func findsEveryFullDateWithOffsets() {
        // kamerbrieven/jbz-raad-cyprus-januari-2026.txt
        let text = "Op 6 november 2025 heeft de Europese Commissie ... in de week van 12 januari jl. en per 1 jan. 2026."
        let found = DateRecognizer().mentions(in: text, furniture: [])
        #expect(found.map(\.key) == ["2025-11-06", "2026-01-01"])
        let bytes = Array(text.utf8)
        #expect(found.allSatisfy { String(decoding: bytes[$0.start!..<$0.end!], as: UTF8.self) == $0.surface })
    }

    @Test(arguments: [
        ("kst-34104-439", "2025-04-24"),  // Voorgesteld 24 april 2025
        ("sgd-0000000696", "1994-10-06"),  // Den Haag, 6 oktober 1994
        ("sgd-0000038600", "1990-01-19"),  // 's-Gravenhage, 19januari 1990
        ("sgd-0000220979", "1972-02-14"),  // 's-Gravenhage, 14 februari 1972.
        ("sgd-0000000417", "1994-10-18"),  // Antwoord … (Ontvangen 18 oktober 1994), not (Ingezonden 23 september 1994)
        ("sgd-0000142590", "1983-09-08"),  // Antwoord … (Ontvangen 8 september 1983)
    ])
    func findsTheLettersOwnDate(file: String, iso: String) throws {
        let text = try EntityFixtures.text(file)
        #expect(DateRecognizer().letterDate(in: text)?.iso == iso)
        let primary = DateRecognizer().mentions(in: text, furniture: []).filter(\.primary)
        #expect(primary.map(\.key) == [iso])
    }

    @Test(arguments: [
        ("Datum 12 januari 2026\nKenmerk 123456", "2026-01-12"),
        ("Datum\n12-01-2026\nBetreft Iets", "2026-01-12"),
        ("'s GRAVENHAQE, 12 December 1908.", "1908-12-12"),
        ("Voorgesteld tijdens het Notaoverleg van 2 juni 2025", "2025-06-02"),
        ("LIJST VAN VRAGEN Vastgesteld 21 februari 1989", "1989-02-21"),  // sgd-0000091799.txt
        ("ASTE COMMISSIE VOOR JUSTITIE1 Vastgesteld: 9 november 1993", "1993-11-09"),
        ("12DE VERGADERING\nVERGADERING VAN DINSDAG 29 OKTOBER 1957 (Bijeenroepingsuur 1 namiddag)", "1957-10-29"),
    ])
    func readsLetterDateLines(text: String, iso: String) {
        #expect(DateRecognizer().letterDate(in: text)?.iso == iso)
    }

    @Test(arguments: [
        // sgd-0000281907.txt: the answer's (Ingezonden …) after ANTWOORD and two ministers.
        (
            "7. VRAGEN van de heer Ruijs de Beerenbrouck, met betrekking tot … (Ingezonden 31 Augustus 1954.)\n1. Is het …?\n"
                + "ANTWOORD van de heer Luns, Minister van Buitenlandse Zaken a.i. en Minister zonder Portefeuille, en van de heer "
                + "Staf, Minister van Oorlog en van Marine. (Ingezonden 8 September 1954.) 1 en 2. De vragen …",
            "1954-09-08"
        ),
        // The text stops before the answer (sgd-0000019609.txt).
        ("Vragen van de leden Beckers-de Bruijn … over Bangladesh. (Ingezonden 14 november 1991) 1 Hebt u …", "1991-11-14"),
        // Unanswered questions followed by other questions: the first questions' date.
        (
            "124\nVragen van het lid A over B. (Ingezonden 4 september 1974)\n1 Is het …?\n"
                + "125\nVragen van het lid C over D. (Ingezonden 3 september 1974)\nAntwoord\nAntwoord van minister E. (Ontvangen 1 oktober 1974)",
            "1974-09-04"
        ),
        // A page that opens with the answer to earlier questions.
        ("Antwoord van minister Kooijmans (Buitenlandse Zaken). (Ontvangen 2 november 1993) Met verwijzing …", "1993-11-02"),
    ] as [(String, String?)])
    func datesKamervragenByTheirAnswer(text: String, iso: String?) {
        #expect(DateRecognizer().letterDate(in: text)?.iso == iso)
    }

    @Test func aMeetingNamedInRunningTextIsNoDateCue() {
        let text = "heeft de ministerraad reeds in zijn vergadering van vrijdag 29 maart 1963 besloten"
        #expect(DateRecognizer().letterDate(in: text) == nil)
    }

    @Test func aModernLetterWithoutDateLineHasNoOwnDate() throws {
        #expect(DateRecognizer().letterDate(in: try EntityFixtures.text("jbz-raad-cyprus-januari-2026")) == nil)
    }
}
