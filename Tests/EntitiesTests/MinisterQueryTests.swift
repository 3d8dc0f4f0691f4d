import Testing

@testable import Entities

@Suite struct MinisterQueryTests {
    private func minister(_ key: String, name: String? = nil) -> Mention {
        Mention(kind: .minister, key: key, label: key, start: nil, end: nil, surface: key, name: name, primary: true)
    }

    @Test("a role selects that role under both prepositions")
    func role() {
        let query = MinisterQuery("Minister van Asiel en Migratie")
        #expect(query.roleKeys.contains("minister van asiel en migratie"))
        #expect(query.matches(minister("minister van asiel en migratie")))
        #expect(!query.matches(minister("minister van justitie en veiligheid")))
        #expect(query.personKey == nil)
    }

    @Test("a ministry selects its roles, its predecessors and the portfolios it houses")
    func ministry() {
        let query = MinisterQuery("justitie")
        #expect(query.roleKeys.isSuperset(of: [
            "minister van justitie", "minister van justitie en veiligheid", "staatssecretaris van justitie en veiligheid",
            "minister van veiligheid en justitie", "minister voor rechtsbescherming",
        ]))
        #expect(!query.roleKeys.contains("minister van financien"))
        #expect(query.ministryKeys.contains("justitie-en-veiligheid"))
        #expect(MinisterQuery("JenV").roleKeys == query.roleKeys)
    }

    @Test("a ministry selects its roles under every name it had, and a portfolio the minister charged with it")
    func namesByPeriod() {
        let ocw = MinisterQuery("OCW")
        #expect(ocw.roleKeys.isSuperset(of: [
            "minister van onderwijs cultuur en wetenschap", "minister van onderwijs cultuur en wetenschappen",
            "staatssecretaris van onderwijs cultuur en wetenschappen", "minister van onderwijs en wetenschappen",
        ]))
        #expect(MinisterQuery("ontwikkelingssamenwerking").roleKeys.contains("minister belast met ontwikkelingssamenwerking"))
        #expect(MinisterQuery("Vice-Minister-President").roleKeys == ["vice-minister-president"])
    }

    @Test("a portfolio selects only itself")
    func portfolio() {
        let query = MinisterQuery("asiel en migratie")
        #expect(query.roleKeys.contains("minister van asiel en migratie"))
        #expect(!query.roleKeys.contains("minister van justitie en veiligheid"))
    }

    @Test(
        "a name selects ministers printed with that name and members of parliament",
        arguments: [("van weel", "Van Weel", true), ("Weel", "Van Weel", true), ("minister van weel", "Van Weel", true),
                    ("weel", "Van Oosten", false)])
    func person(text: String, name: String, matches: Bool) {
        let query = MinisterQuery(text)
        #expect(query.roleKeys.isEmpty)
        #expect(query.matches(minister("minister van asiel en migratie", name: name)) == matches)
    }

    @Test("a person query matches .person keys")
    func memberOfParliament() {
        let mention = Mention(
            kind: .person, key: "rikkers-oosterkamp", label: "Rikkers-Oosterkamp", start: 0, end: 18,
            surface: "RIKKERS-OOSTERKAMP", primary: true)
        #expect(MinisterQuery("Rikkers-Oosterkamp").matches(mention))
        #expect(!MinisterQuery("Podt").matches(mention))
    }

    @Test("the prime minister")
    func primeMinister() {
        #expect(MinisterQuery("premier").roleKeys == ["minister-president"])
        #expect(MinisterQuery("Minister-President").roleKeys == ["minister-president"])
    }
}
