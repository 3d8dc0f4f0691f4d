import Foundation
import Testing

@testable import Entities

@Suite struct PersonRecognizerTests {
    private let recognizer = PersonRecognizer()

    @Test(
        "members of parliament named in running text, headings and questions",
        arguments: [
            // kamerbrieven/jbz-raad-cyprus-januari-2026.txt
            ("Ik informeer u graag, in lijn met de toezegging aan het lid Podt2, over hoe", ["Podt"], false),
            // tk-moties/kst-19637-3185.txt
            ("MOTIE VAN HET LID KOEKKOEK EN CEDER", ["Koekkoek", "Ceder"], true),
            // tk-moties/kst-30950-483.txt
            ("MOTIE VAN DE LEDEN VAN ZANTEN EN VAN DER PLAS", ["Van Zanten", "Van der Plas"], true),
            // tk-moties/kst-34104-439.txt
            ("MOTIE VAN HET LID RIKKERS-OOSTERKAMP", ["Rikkers-Oosterkamp"], true),
            // tk-moties/kst-31083-76.txt
            ("GEWIJZIGDE MOTIE VAN HET LID THIJSSEN TER VERVANGING VAN DIE GEDRUKT ONDER NR. 71", ["Thijssen"], true),
            // tk-moties/kst-23432-582.txt
            ("MOTIE VAN HET LID PIRI C.S.", ["Piri"], true),
            // sgd-historical/sgd-0000000417.txt
            ("Vragen van de leden Van Middelkoop (GPV) en De Hoop Scheffer (CDA) over functies bij internationale organisaties.",
             ["Van Middelkoop", "De Hoop Scheffer"], true),
            // sgd-historical/sgd-0000114958.txt
            ("Vragen van de leden Terpstra en Dees (beiden V.V.D.) over de kosten", ["Terpstra", "Dees"], true),
            // sgd-historical/sgd-0000285576.txt
            ("VRAGEN van de heer Visch in verband met het verstrekken van een opdracht", ["Visch"], true),
            ("Dit is toegezegd aan de leden Klaver, Bromet en Van der Lee tijdens het debat.",
             ["Klaver", "Bromet", "Van der Lee"], false),
            ("zoals het Kamerlid Omtzigt vroeg", ["Omtzigt"], false),
        ] as [(String, [String], Bool)])
    func names(text: String, labels: [String], primary: Bool) {
        let persons = recognizer.mentions(in: text + "\n", furniture: []).filter { $0.kind == .person }
        #expect(persons.map(\.label) == labels)
        #expect(persons.allSatisfy { $0.primary == primary })
        #expect(persons.map(\.key) == labels.map { PersonName.key($0) })
    }

    @Test(
        "\"lid\" that is no member of parliament gives no person",
        arguments: [
            "het lid van de Raad van State",
            "Aan artikel 3, eerste lid, wordt een onderdeel toegevoegd",
            "als bedoeld in het lid 2 van dat artikel",
            "de leden der Kamer gesteld",
        ])
    func notAPerson(text: String) {
        #expect(recognizer.mentions(in: text, furniture: []).isEmpty)
    }

    @Test("a name in capitals stops where the capitals stop")
    func capitalsStop() {
        // sgd-historical amendement (23 002, nr. 10): "AMENDEMENT VAN HET LID ROSENMÖLLER Ontvangen 26januari 1994"
        let persons = recognizer.mentions(in: "AMENDEMENT VAN HET LID ROSENMÖLLER Ontvangen 26januari 1994\n", furniture: [])
        #expect(persons.map(\.label) == ["Rosenmöller"])
        #expect(persons.map(\.key) == ["rosenmoller"])
    }

    @Test("a whole motie: heading and submitter lines, all primary", .enabled(if: MinistersCorpus.isAvailable))
    func wholeMotie() throws {
        let text = try #require(MinistersCorpus.text("tk-moties/kst-30950-483.txt"))
        let persons = recognizer.mentions(in: text, furniture: [])
        #expect(persons.map(\.key) == ["van zanten", "van der plas", "van zanten", "van der plas"])
        #expect(persons.allSatisfy { $0.primary })
        let bytes = Array(text.utf8)
        for person in persons {
            let start = try #require(person.start)
            let end = try #require(person.end)
            #expect(String(decoding: bytes[start..<end], as: UTF8.self) == person.surface)
        }
    }

    @Test("the submitter in the motie metadata is found in nearly every motie", .enabled(if: MinistersCorpus.isAvailable))
    func submittersMatchMetadata() throws {
        let folder = MinistersCorpus.root.appendingPathComponent("tk-moties")
        let metadata = try String(contentsOf: folder.appendingPathComponent("metadata.jsonl"), encoding: .utf8)
        var checked = 0
        var missed: [String] = []
        for line in metadata.split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let file = object["file"] as? String, let submitter = object["indiener"] as? String,
                !submitter.contains("(")
            else { continue }
            // "M.G.F. Rikkers-Oosterkamp" → "rikkers-oosterkamp"
            let surname = submitter.split(separator: " ").drop { $0.hasSuffix(".") }.joined(separator: " ")
            guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else {
                continue
            }
            checked += 1
            let keys = recognizer.mentions(in: text, furniture: []).filter(\.primary).map(\.key)
            if !keys.contains(PersonName.key(surname)) { missed.append(file) }
        }
        #expect(checked > 2000)
        #expect(Double(missed.count) < Double(checked) * 0.01, "missed: \(missed.prefix(10))")
    }
}
