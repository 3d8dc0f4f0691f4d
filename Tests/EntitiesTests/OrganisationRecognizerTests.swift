import Testing

@testable import Entities

@Suite struct OrganisationRecognizerTests {
    @Test(arguments: [
        // kamerbrieven/jbz-raad-cyprus-januari-2026.txt
        ("informele Raad Justitie en Binnenlandse Zaken (JBZ-Raad) van 22-23 januari", ["jbz-raad", "jbz-raad"]),
        ("Op 6 november 2025 heeft de Europese Commissie de Raad geïnformeerd", ["europese-commissie"]),
        ("het Deense Voorzitterschap namens de Raad en het\nEuropees Parlement tot een voorlopig akkoord", ["europees-parlement"]),
        // sgd-historical/sgd-0000000696.txt
        ("controle-acties door de Belastingdienst. In dit kader", ["belastingdienst"]),
        // sgd-historical/sgd-0000264608.txt
        ("van de Grondwet, de Raad van State gehoord, heb ik de eer", ["raad-van-state"]),
        // tk-moties/kst-23432-574.txt
        ("constaterende dat de WHO Europese landen actief heeft opgeroepen", ["who"]),
        ("volgens de Wereldgezondheidsorganisatie ten minste 4.500 kinderen", ["who"]),
        ("advies van de Afdeling advisering van de Raad van State en de IND", ["raad-van-state", "ind"]),
        ("de Immigratie- en Naturalisatiedienst (IND) en het COA", ["ind", "ind", "coa"]),
        ("op de NAVO-top in Den Haag en in de VN-Veiligheidsraad", ["navo", "vn-veiligheidsraad"]),
        ("DNB, het CPB en De Nederlandsche Bank", ["dnb", "cpb", "dnb"]),
    ])
    func findsOrganisations(line: String, keys: [String]) {
        let found = OrganisationRecognizer().mentions(in: line, furniture: [])
        #expect(found.map(\.key) == keys)
    }

    @Test(arguments: [
        "de raad van de gemeente en de commissie",
        "Ind. en who is er? nato-achtig",  // abbreviations are case-sensitive
        "De Raad heeft overeenstemming bereikt",
        "Jan Navo en de Hoge Raadsheer",
    ])
    func ignoresOrdinaryWordsAndWrongCase(line: String) {
        #expect(OrganisationRecognizer().mentions(in: line, furniture: []).isEmpty)
    }

    @Test func longestNameWinsAndLabelIsCanonical() {
        let found = OrganisationRecognizer().mentions(in: "het Hof van Justitie van de Europese Unie oordeelde", furniture: [])
        #expect(found.count == 1)
        #expect(found.first?.key == "hof-van-justitie-eu")
        #expect(found.first?.label == "Hof van Justitie van de Europese Unie")
        #expect(found.first?.surface == "Hof van Justitie van de Europese Unie")
    }

    @Test func namesMatchInCapitalsAndAcrossLines() {
        let found = OrganisationRecognizer().mentions(in: "ADVIES RAAD VAN\nSTATE", furniture: [])
        #expect(found.map(\.key) == ["raad-van-state"])
        #expect(found.first?.surface == "RAAD VAN\nSTATE")
    }

    @Test func gazetteerKeysAreUnique() {
        let keys = OrganisationGazetteer.all.map(\.key)
        #expect(Set(keys).count == keys.count)
    }
}
