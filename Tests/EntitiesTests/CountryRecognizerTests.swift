import Foundation
import Testing

import Entities

/// The shared corpus, found from this file: Tests/EntitiesTests → package root → ../shared/corpus.
private let corpus: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/corpus")
private let cyprusLetter = corpus.appendingPathComponent("kamerbrieven/jbz-raad-cyprus-januari-2026.txt")

@Suite struct CountryRecognizerTests {
    let recognizer = CountryRecognizer()

    private func keys(_ text: String) -> [String] {
        recognizer.mentions(in: text, furniture: []).map(\.key)
    }

    /// The January 2026 JBZ-Raad letter names 28 countries: 26 EU member states by name plus
    /// Denmark only as "het Deense Voorzitterschap", the Netherlands (also as "Nederland1",
    /// with a footnote marker glued on) and India. EU, Benelux, Europees Parlement and
    /// Europese Commissie are not countries.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: cyprusLetter.path)))
    func findsTheTwentyEightCountriesOfTheCyprusLetter() throws {
        let text = try String(contentsOf: cyprusLetter, encoding: .utf8)
        let mentions = recognizer.mentions(in: text, furniture: [])
        let expected: Set<String> = [
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
            "LT", "LU", "LV", "MT", "PL", "PT", "RO", "SE", "SI", "SK", "NL", "IN",
        ]
        #expect(expected.count == 28)
        #expect(Set(mentions.map(\.key)) == expected)
        #expect(mentions.filter { $0.key == "DK" }.map(\.surface) == ["Deense", "Deense"])
        #expect(mentions.filter { $0.key == "NL" }.count == 4)
        #expect(mentions.filter { $0.key == "IN" }.count == 6)
        let bytes = Array(text.utf8)
        for mention in mentions {
            let start = try #require(mention.start), end = try #require(mention.end)
            #expect(String(decoding: bytes[start..<end], as: UTF8.self) == mention.surface)
        }
    }

    @Test(arguments: [
        // tk-moties/kst-21501-02-2963.txt
        ("verzoekt de regering om aan de Israëlische regering kenbaar te maken dat Nederland bezwaar maakt",
         ["IL", "NL"]),
        // tk-moties/kst-21501-20-2075.txt
        ("constaterende dat Rusland niet alleen op conventionele wijze oorlog voert met Oekraïne, maar ook",
         ["RU", "UA"]),
        // tk-moties/kst-36800-95.txt
        ("• Nederlanders geregeld uitwijken naar België en Duitsland om boodschappen te doen", ["NL", "BE", "DE"]),
        // tk-moties/kst-36600-IV-13.txt: Caribisch Nederland is BQ, not NL.
        ("overwegende dat de 22%-taakstelling op de rijksdienst ook Caribisch Nederland raakt", ["BQ"]),
        // tk-moties/kst-36410-IV-63.txt
        ("constaterende dat het Cft (College financieel toezicht Bonaire, Sint-Eustatius en Saba) een ophoging",
         ["BQ", "BQ", "BQ"]),
        // sgd-historical/sgd-0000120694.txt: longest match, one mention each.
        ("Verdrag tussen het Koninkrijk der Nederlanden en de Bondsrepubliek Duitsland inzake de samenwerking",
         ["NL", "DE"]),
        // tk-moties/kst-36600-V-25.txt
        ("Rusland tegenwoordig Noord-Koreaanse soldaten inzet en Oekraïne derhalve", ["RU", "KP", "UA"]),
        // sgd-historical/sgd-0000039275.txt
        ("Het Staatsverdrag tussen de BRD en de DDR van 18 mei 1990 regelt de oprichting", ["DE", "DD"]),
        // sgd-historical/sgd-0000023064.txt
        ("De mislukte staatsgreep in de Sovjet-Unie heeft geleid tot een nieuwe veiligheidssituatie", ["SU"]),
        // sgd-historical/sgd-0000036034.txt
        ("als zij al een inreisvisum voor de VS ontvangen, een duidelijk herkenbare aantekening", ["US"]),
        // tk-moties/kst-21501-20-2055.txt
        ("de Europese Raad van december 2023 heeft bepaald dat Bosnië en Herzegovina aan acht criteria", ["BA"]),
        // sgd-historical/sgd-0000003861.txt
        ("Ook de Verenigde Staten, Spanje en Portugal laten het onderhoud van hun Orion-vliegtuigen uitvoeren",
         ["US", "ES", "PT"]),
        // sgd-historical/sgd-0000115487.txt
        ("Zoals bekend verondersteld mag worden in Saoedi-Arabië er eind 1985 toe overgegaan", ["SA"]),
        // sgd-historical/sgd-0000081398.txt: a soft hyphen inside the word.
        ("Adolf Hans Jürgen Wesermann, geboren te Barnstorf (Duits\u{AD}land) 10 September 1927", ["DE"]),
        // sgd-historical/sgd-0000058450.txt, upper case and missing diaeresis as in OCR headings.
        ("VERDRAG MET GRIEKENLAND EN BELGIË; handel met Italie en Roemenie", ["GR", "BE", "IT", "RO"]),
        // sgd-historical/sgd-0000081480.txt: the country, then the language.
        ("terwijl in Engeland b.v. alleen aan in het Engels gesteld materiaal wordt getoetst", ["GB"]),
        // sgd-historical/sgd-0000086648.txt: uninflected adjective before a noun.
        ("het Nederlands belang bij de export naar Turkije", ["NL", "TR"]),
    ])
    func findsCountriesInRealSentences(text: String, expected: [String]) {
        #expect(keys(text) == expected)
    }

    @Test(arguments: [
        // sgd-historical/sgd-0000019742.txt: languages.
        "dient te beslissen. Het Frans en het Engels hebben binnen de Gemeenschappen formeel een even groot gewicht",
        // sgd-historical/sgd-0000010158.txt
        "Verdrag inzake de bescherming van het archeologisch erfgoed, waarvan de Engelse en Franse tekst zijn geplaatst",
        // sgd-historical/sgd-0000084355.txt
        "en voor de Nederlandse vertaling daarvan naar de bijlagen van de Memorie van Toelichting",
        // sgd-historical/sgd-0000011720.txt: a journal's name.
        "Vacatures in de Rechterlijke Macht in het Nederlands Juristenblad van 7 maart 1993",
        // sgd-historical/sgd-0000001624.txt: organisations.
        "Het Ministerie van Verkeer en Waterstaat verstrekt jaarlijks aan de N.V. Nederlandse Spoorwegen (NS) een bijdrage",
        // tk-moties/kst-36800-54.txt
        "constaterende dat onder andere het RIVM en het Zorginstituut Nederland reeds adviseerden",
        // kamerbrieven/jbz-raad-cyprus-januari-2026.txt
        "Nederland werkt in Benelux verband met de EU, het Europees Parlement en de Europese Commissie"
            .replacingOccurrences(of: "Nederland werkt", with: "Men werkt"),
        // sgd-historical/sgd-0000053613.txt: surnames in a list of members.
        "de heeren Snoeck Henkemans, Moller, van Koeverden, Smeenk, Engels, van Dobben de Bruyn, van Dijk",
        // sgd-historical/sgd-0000216089.txt
        "De Minister van Cultuur, Recreatie en Maatschappelijk Werk, P. J. ENGELS.",
        // sgd-historical/sgd-0000425519.txt
        "Hengst, Fransen van de Putte, Blankenheym, Hein",
        // sgd-historical/sgd-0000384699.txt: a first name.
        "tot naturalisatie van Frans Heinrich Kreijmborg, Gerhard Heinrich",
        // sgd-historical/sgd-0000035746.txt: a continent, not the United States.
        "diplomatieke stappen te ondernemen in de Latijns-Amerikaanse hoofdsteden",
        // Provinces.
        "de provincies Noord-Holland en Zuid-Holland",
        // Lower case is never a country; two-letter codes are not matched in text.
        "een frans woord, chili con carne, DE NL IN",
    ])
    func ignoresLanguagesOrganisationsAndPeople(text: String) {
        #expect(keys(text).isEmpty)
    }

    @Test func givesUTF8OffsetsAfterMultiByteText() throws {
        let text = "Één café in Curaçao en Zaïre."
        let mentions = recognizer.mentions(in: text, furniture: [])
        #expect(mentions.map(\.key) == ["CW", "ZR"])
        let first = try #require(mentions.first)
        #expect(first.start == "Één café in ".utf8.count)
        #expect(first.end == "Één café in Curaçao".utf8.count)
        #expect(first.label == "Curaçao")
        #expect(first.kind == .country)
    }

    @Test func matchesTheLongestName() {
        #expect(keys("de Verenigde Staten van Amerika en Papoea-Nieuw-Guinea") == ["US", "PG"])
        #expect(recognizer.mentions(in: "de Verenigde Staten van Amerika", furniture: [])[0].surface
            == "Verenigde Staten van Amerika")
        #expect(keys("Verenigde Naties") == [])
    }

    @Test func joinsNamesBrokenAtTheLineEnd() {
        #expect(keys("de inzet van Neder-\nland in Brussel") == ["NL"])
    }

    @Test func findsFurnitureMentionsWithoutOffsets() {
        let mentions = recognizer.mentions(
            in: "Geen land hier.", furniture: ["Tweede Kamer, verslag over Griekenland"])
        #expect(mentions.count == 1)
        #expect(mentions[0].key == "GR")
        #expect(mentions[0].start == nil && mentions[0].end == nil)
        #expect(mentions[0].surface == "Griekenland")
    }
}
