import Testing

@testable import Entities

@Suite struct MinistryGazetteerTests {
    @Test(
        "names, old spellings, abbreviations and OCR misprints resolve to the ministry",
        arguments: [
            ("Justitie en Veiligheid", "justitie-en-veiligheid"),
            ("JenV", "justitie-en-veiligheid"),
            ("J&V", "justitie-en-veiligheid"),
            ("Veiligheid en Justitie", "veiligheid-en-justitie"),
            ("Financien", "financien"),
            ("FINANCIËN", "financien"),
            ("OCW", "onderwijs-cultuur-en-wetenschap"),
            ("Onderwijs, Cultuur en Wetenschappen", "onderwijs-cultuur-en-wetenschap"),
            // sgd-historical/sgd-0000023926.txt: "BRIEF VAN DE MINISTER VAN BUITENLAINIDSE ZAKEN"
            ("BUITENLAINIDSE ZAKEN", "buitenlandse-zaken"),
            // sgd-historical/sgd-0000029616.txt: "... SOCIALE ZAKEN EN WERKGELE-GEIMHEID"
            ("SOCIALE ZAKEN EN WERKGELE-GEIMHEID", "sociale-zaken-en-werkgelegenheid"),
            // tk-moties: "de minister van Landbouw, Visserij, Voedselzekerheid en Natuur"
            ("Landbouw, Visserij, Voedselzekerheid en Natuur", "landbouw-visserij-voedselzekerheid-en-natuur"),
            ("Buitenlandsche Zaken", "buitenlandse-zaken"),
            ("Asiel en Migratie", "asiel-en-migratie"),
            ("Klimaat en Groene Groei", "klimaat-en-groene-groei"),
            ("IenW", "infrastructuur-en-waterstaat"),
            ("V&W", "verkeer-en-waterstaat"),
            ("VROM", "volkshuisvesting-ruimtelijke-ordening-en-milieubeheer"),
            ("Nederlands-Antilliaanse Zaken", "nederlands-antilliaanse-zaken"),
            // sgd-historical/sgd-0000203343.txt: "De Minister voor Surinaamse en Nederlands-Antilliaanse Zaken"
            ("Surinaamse en Nederlands-Antilliaanse Zaken", "surinaamse-en-nederlands-antilliaanse-zaken"),
        ])
    func resolvesNames(text: String, key: String) {
        #expect(MinistryGazetteer.shared.ministry(matching: text)?.key == key)
    }

    @Test(
        "words that are not ministries resolve to nothing",
        arguments: ["Staat", "Raad van State", "Koninklijke Bibliotheek", "mening", "Kamer", ""])
    func rejectsOtherWords(text: String) {
        #expect(MinistryGazetteer.shared.ministry(matching: text) == nil)
    }

    @Test("keys and abbreviations are unique")
    func keysAreUnique() {
        let ministries = MinistryGazetteer.shared.ministries
        #expect(Set(ministries.map(\.key)).count == ministries.count)
        let abbreviations = ministries.flatMap(\.abbreviations)
        #expect(Set(abbreviations).count == abbreviations.count)
        for ministry in ministries {
            #expect(MinistryGazetteer.shared.ministry(key: ministry.lineage) != nil, "lineage of \(ministry.key)")
            #expect(MinistryGazetteer.shared.ministry(matching: ministry.label)?.key == ministry.key)
        }
    }

    @Test(
        "a renamed ministry has the name of the day",
        arguments: [
            (DutchDate(year: 1994, month: 8, day: 22), "Onderwijs, Cultuur en Wetenschappen"),
            (DutchDate(year: 2002, month: 11, day: 13), "Onderwijs, Cultuur en Wetenschappen"),
            (DutchDate(year: 2003, month: 1, day: 1), "Onderwijs, Cultuur en Wetenschap"),
            (DutchDate(year: 2025, month: 10, day: 2), "Onderwijs, Cultuur en Wetenschap"),
            // Before its first name: the first name; no date: today's.
            (DutchDate(year: 1994, month: 6, day: 1), "Onderwijs, Cultuur en Wetenschappen"),
            (nil, "Onderwijs, Cultuur en Wetenschap"),
        ] as [(DutchDate?, String)])
    func nameOfTheDay(date: DutchDate?, name: String) throws {
        let ocw = try #require(MinistryGazetteer.shared.ministry(key: "onderwijs-cultuur-en-wetenschap"))
        #expect(ocw.label(on: date) == name)
        #expect(MinistryGazetteer.shared.ministry(key: "financien")?.label(on: date) == "Financiën")
    }

    @Test("names by period run oldest first, end in the label, and are spellings of the ministry")
    func periodNamesAreConsistent() {
        for ministry in MinistryGazetteer.shared.ministries where !ministry.periodNames.isEmpty {
            #expect(ministry.periodNames.last?.label == ministry.label, "\(ministry.key)")
            #expect(zip(ministry.periodNames, ministry.periodNames.dropFirst()).allSatisfy { $0.from < $1.from })
            for name in ministry.periodNames {
                #expect(MinistryGazetteer.shared.ministry(matching: name.label)?.key == ministry.key)
            }
        }
        #expect(MinistryGazetteer.shared.ministries.contains { !$0.periodNames.isEmpty })
    }

    @Test("historical ministries lead to their current successor")
    func lineage() {
        let gazetteer = MinistryGazetteer.shared
        #expect(gazetteer.ministry(key: "veiligheid-en-justitie")?.lineage == "justitie-en-veiligheid")
        #expect(gazetteer.ministry(key: "welzijn-volksgezondheid-en-cultuur")?.lineage == "volksgezondheid-welzijn-en-sport")
        #expect(gazetteer.ministry(key: "ontwikkelingssamenwerking")?.kind == .portfolio)
    }

    @Test("a name in running text ends at the longest ministry name, not inside a word")
    func matchesInText() {
        var text = "de minister van Justitie en Veiligheid heeft, de minister van Defensievoorlichting"
        text.withUTF8 { bytes in
            let first = MinistryGazetteer.shared.match(bytes, at: 16)
            #expect(first.map { MinistryGazetteer.shared.ministries[$0.ministry].key } == "justitie-en-veiligheid")
            #expect(first?.end == 38)
            #expect(MinistryGazetteer.shared.match(bytes, at: 62) == nil)
        }
    }
}
