import Testing

@testable import Entities

/// Gold tests: ministers' roles as the period named them, on whole real letters (copies of
/// corpus files in `Fixtures/`), profiled as the index profiles them, with the letter's date.
@Suite struct RoleNamesOfThePeriodTests {
    private let profiler = LetterProfiler()

    private func ministers(_ fixture: String) throws -> (date: String?, roles: [Mention]) {
        let profile = profiler.profile(of: try EntityFixtures.text(fixture), fileName: fixture + ".txt")
        return (profile.date, profile.mentions.filter { $0.kind == .minister })
    }

    @Test("a cabinet list of 1967 names the Minister-President and two Vice-Ministers-President beside their ministries")
    func cabinetList() throws {
        // sgd-historical/sgd-0000241519.txt, the members of the De Jong cabinet present:
        // "De Jong. Minister-President, Minister van Alge-mene Zaken, Witteveen, Vice-Minister-President,
        // Minister van Financiën, Bakker, Vice-Minister-President, Minister van Ver-keer en Waterstaat, …
        // de heren Udink, Minister zonder Portefeuille, Grosheide, Staatssecretaris van Onderwijs en …"
        let (date, roles) = try ministers("sgd-0000241519")
        #expect(date == "1967-04-20")
        #expect(Set(roles.map(\.label)) == [
            "Minister-President", "Minister van Algemene Zaken",
            "Vice-Minister-President", "Minister van Financiën", "Minister van Verkeer en Waterstaat",
            "Minister van Buitenlandse Zaken", "Minister van Justitie", "Minister van Binnenlandse Zaken",
            "Minister van Onderwijs en Wetenschappen", "Minister van Defensie",
            "Minister van Volkshuisvesting en Ruimtelijke Ordening", "Minister van Economische Zaken",
            "Minister van Landbouw en Visserij", "Minister van Sociale Zaken en Volksgezondheid",
            "Minister van Cultuur, Recreatie en Maatschappelijk Werk", "Minister zonder Portefeuille",
            "Staatssecretaris van Onderwijs en Wetenschappen", "Staatssecretaris van Defensie",
            "Staatssecretaris van Verkeer en Waterstaat", "Staatssecretaris van Economische Zaken",
            "Staatssecretaris van Sociale Zaken en Volksgezondheid",
        ])
        // One Minister-President, and each Vice-Minister-President is not read as one.
        #expect(roles.filter { $0.key == "minister-president" }.map(\.surface) == ["Minister-President"])
        #expect(roles.filter { $0.key == "vice-minister-president" }.map(\.surface) == [
            "Vice-Minister-President", "Vice-Minister-President",
        ])
    }

    @Test("a minister without portfolio signs by his task, and the heading's bare title is that task")
    func ministerNamedByHisTask() throws {
        // sgd-historical/sgd-0000243644.txt (1966): "BRIEF VAN DE MINISTER\nZONDER PORTEFEUILLE" …
        // "De Minister zonder Portefeuille, belast met de aangelegenheden betreffende de hulp aan
        // ontwikkelingsgebieden,\nTH. H. BOT."
        let (date, roles) = try ministers("sgd-0000243644")
        #expect(date == "1966-12-02")
        let task = "Minister belast met de aangelegenheden betreffende de hulp aan ontwikkelingsgebieden"
        #expect(Set(roles.map(\.label)) == [task])
        #expect(roles.allSatisfy { $0.primary })
        #expect(roles.contains { $0.name == "Bot" })
    }

    @Test("Onderwijs, Cultuur en Wetenschappen in 1994, Onderwijs, Cultuur en Wetenschap in 2025")
    func ministryByItsNameOfTheDay() throws {
        // sgd-historical/sgd-0000003519.txt: "BRIEF VAN DE MINISTER VAN ONDERWUS, CULTUUR EN WETENSCHAPPEN",
        // "Zoetermeer, 1 september 1994", "De Minister van Onderwijs, Cultuur en Wetenschappen, J. M. M. Ritzen"
        let (date1994, roles1994) = try ministers("sgd-0000003519")
        #expect(date1994 == "1994-09-01")
        #expect(Set(roles1994.map(\.label)) == ["Minister van Onderwijs, Cultuur en Wetenschappen"])
        #expect(roles1994.allSatisfy { $0.primary })
        #expect(roles1994.contains { $0.name == "Ritzen" })
        // The ministry is still the one institution, by today's name.
        let ministries1994 = profiler.profile(of: try EntityFixtures.text("sgd-0000003519")).mentions.filter { $0.kind == .ministry }
        #expect(Set(ministries1994.map(\.label)) == ["Onderwijs, Cultuur en Wetenschap"])

        // tk-moties/kst-36800-IX-15.txt: "Voorgesteld 2 oktober 2025", "constaterende dat de Minister
        // van Onderwijs, Cultuur en Wetenschap op 1 oktober …"
        let (date2025, roles2025) = try ministers("kst-36800-IX-15")
        #expect(date2025 == "2025-10-02")
        #expect(roles2025.map(\.label) == ["Minister van Onderwijs, Cultuur en Wetenschap"])
    }
}
