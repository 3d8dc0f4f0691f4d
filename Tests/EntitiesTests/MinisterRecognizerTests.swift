import Testing

@testable import Entities

@Suite struct MinisterRecognizerTests {
    private let recognizer = MinisterRecognizer()

    private func primaryKeys(_ text: String) -> [String] {
        recognizer.mentions(in: text, furniture: []).filter { $0.kind == .minister && $0.primary }.map(\.key)
    }

    @Test(
        "headings of OCR'd letters name the letter's ministers",
        arguments: [
            // sgd-historical/sgd-0000000696.txt
            ("BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN", ["staatssecretaris van financien"]),
            // sgd-historical/sgd-0000023926.txt
            ("BRIEF VAN DE MINISTER VAN BUITENLAINIDSE ZAKEN ", ["minister van buitenlandse zaken"]),
            // sgd-historical/sgd-0000007130.txt
            ("BRIEF VAN DE MINISTERS VAN JUSTITIE EN VAN BINNEN-LANDSE ZAKEN",
             ["minister van justitie", "minister van binnenlandse zaken"]),
            // sgd-historical/sgd-0000005293.txt
            ("BRIEF VAN DE MINISTER EN DE STAATSSECRETARIS VAN DEFENSIE",
             ["minister van defensie", "staatssecretaris van defensie"]),
            // letters.list: "BRIEF VAN DE MINISTER VOOR ONTWIKKELINGSSAMEN-WERKING"
            ("BRIEF VAN DE MINISTER VOOR ONTWIKKELINGSSAMEN-WERKING ", ["minister voor ontwikkelingssamenwerking"]),
            // sgd-historical/sgd-0000007593.txt
            ("BRIEF VAN DE STAATSSECRETARISSEN VAN LANDBOUW, NATUURBEHEER EN VISSERIJ EN VAN WELZIJN, VOLKSGE-ZONDHEID EN CULTUUR",
             ["staatssecretaris van landbouw natuurbeheer en visserij",
              "staatssecretaris van welzijn volksgezondheid en cultuur"]),
            // sgd-historical/sgd-0000037875.txt
            ("BRIEF VAN DE MINISTERS VAN VOLKSHUISVESTING, RUIMTELIJKE ORDENING EN MILIEUBEHEER, ECONOMISCHE ZAKEN, LANDBOUW, NATUURBEHEER EN VISSERIJ EN VERKEER EN WATERSTAAT",
             ["minister van volkshuisvesting ruimtelijke ordening en milieubeheer", "minister van economische zaken",
              "minister van landbouw natuurbeheer en visserij", "minister van verkeer en waterstaat"]),
            // sgd-historical/sgd-0000015230.txt
            ("BRIEF VAN DE STAATSSECRETARIS VAN LANDBOUW, NATUURBEHEER EIM VISSERU",
             ["staatssecretaris van landbouw natuurbeheer en visserij"]),
            // letters.list: heading split over two lines
            ("BRIEF VAN DE MINISTER VAN ONDERWIJS EN WETEN-\nSCHAPPEN\nAan de Voorzitter",
             ["minister van onderwijs en wetenschappen"]),
            ("BRIEF VAN DE MINISTER-PRESIDENT, MINISTER VAN ALGEMENE ZAKEN",
             ["minister-president", "minister van algemene zaken"]),
        ])
    func headings(line: String, keys: [String]) {
        #expect(primaryKeys("Tweede Kamer der Staten-Generaal\n" + line + "\n") == keys)
    }

    @Test("the modern letter: three signers with names; the opening names two of them, not as signers",
          .enabled(if: MinistersCorpus.isAvailable))
    func modernLetter() throws {
        let text = try #require(MinistersCorpus.text("kamerbrieven/jbz-raad-cyprus-januari-2026.txt"))
        let ministers = recognizer.mentions(in: text, furniture: []).filter { $0.kind == .minister }
        let signers = ministers.filter(\.primary)
        #expect(signers.map(\.key) == [
            "minister van justitie en veiligheid", "minister van asiel en migratie",
            "staatssecretaris van justitie en veiligheid",
        ])
        #expect(signers.map(\.name) == ["Van Oosten", "Van Weel", "Rutte"])
        // "De staatssecretaris \nvan Justitie en Veiligheid en de minister van Asiel en Migratie zullen hieraan deelnemen."
        let opening = ministers.filter { !$0.primary }
        #expect(opening.map(\.key) == ["staatssecretaris van justitie en veiligheid", "minister van asiel en migratie"])
    }

    @Test("offsets are UTF-8 byte offsets of the surface", .enabled(if: MinistersCorpus.isAvailable))
    func offsets() throws {
        for path in ["kamerbrieven/jbz-raad-cyprus-januari-2026.txt", "sgd-historical/sgd-0000029616.txt"] {
            let text = try #require(MinistersCorpus.text(path))
            let bytes = Array(text.utf8)
            let mentions = recognizer.mentions(in: text, furniture: [])
            #expect(!mentions.isEmpty)
            for mention in mentions {
                let start = try #require(mention.start)
                let end = try #require(mention.end)
                #expect(String(decoding: bytes[start..<end], as: UTF8.self) == mention.surface)
            }
        }
    }

    @Test(
        "OCR'd letters: the signing minister from heading and signature",
        .enabled(if: MinistersCorpus.isAvailable),
        arguments: [
            ("sgd-historical/sgd-0000029616.txt", "minister van sociale zaken en werkgelegenheid", "De Vries"),
            ("sgd-historical/sgd-0000023926.txt", "minister van buitenlandse zaken", "Lubbers"),
            ("sgd-historical/sgd-0000039275.txt", "minister van landbouw natuurbeheer en visserij", nil),
            ("sgd-historical/sgd-0000000721.txt", "staatssecretaris van justitie", nil),
            ("sgd-historical/sgd-0000010919.txt", "staatssecretaris van binnenlandse zaken", "De Graaff-Nauta"),
        ] as [(String, String, String?)])
    func historicalSigner(path: String, key: String, name: String?) throws {
        let text = try #require(MinistersCorpus.text(path))
        let signers = recognizer.mentions(in: text, furniture: []).filter { $0.kind == .minister && $0.primary }
        #expect(Set(signers.map(\.key)) == [key])
        #expect(signers.allSatisfy { $0.name == name })
    }

    @Test(
        "Kamervragen answers name the answering minister; co-senders and addressees are not primary",
        arguments: [
            // sgd-historical/sgd-0000000417.txt
            ("Antwoord van minister Van Mierlo (Buitenlandse Zaken), mede namens de minister van Economische Zaken. (Ontvangen 18 oktober 1994)",
             "minister van buitenlandse zaken", "Van Mierlo", ["minister van economische zaken"]),
            // sgd-historical/sgd-0000114958.txt
            ("Antwoord Antwoord van staatssecretaris Van der Reijden (Welzijn, Volksgezond-heid en Cultuur) (Ontvangen 26 februari 1986)",
             "staatssecretaris van welzijn volksgezondheid en cultuur", "Van der Reijden", []),
            // sgd-historical/sgd-0000113529.txt
            ("Antwoord Antwoord van mevrouw Korte-van Hemel, Staatssecretaris van Justitie. (Ontvangen 3 maart 1987)",
             "staatssecretaris van justitie", "Korte-van Hemel", []),
            ("Vragen van het lid Podt (D66) aan de Minister van Asiel en Migratie over opvang.\nAntwoord van minister Van Weel (Asiel en Migratie)",
             "minister van asiel en migratie", "Van Weel", ["minister van asiel en migratie"]),
        ] as [(String, String, String, [String])])
    func kamervragenAnswer(text: String, key: String, name: String, others: [String]) {
        let ministers = recognizer.mentions(in: text, furniture: []).filter { $0.kind == .minister }
        let primary = ministers.filter(\.primary)
        #expect(primary.map(\.key) == [key])
        #expect(primary.first?.name == name)
        #expect(ministers.filter { !$0.primary }.map(\.key) == others)
    }

    @Test("several answering ministers in one old answer")
    func severalAnswerers() {
        // sgd-historical/sgd-0000229499.txt
        let text = "ANTWOORD van de heren Polak, Minister van Justitie, en Wiersma, Staatssecretaris van Justitie. (Ingezonden)"
        let primary = recognizer.mentions(in: text, furniture: []).filter { $0.kind == .minister && $0.primary }
        #expect(primary.map(\.key) == ["minister van justitie", "staatssecretaris van justitie"])
        #expect(primary.map(\.name) == ["Polak", "Wiersma"])
    }

    @Test("two answerers of an old answer, one holding two offices a.i.")
    func answerersWithSeveralOffices() {
        // sgd-historical/sgd-0000281907.txt
        let text = "ANTWOORD van de heer Luns, Minister van Buitenlandse Zaken a.i. en Minister zonder Portefeuille, "
            + "en van de heer Staf, Minister van Oorlog en van Marine. (Ingezonden 8 September 1954.)"
        let primary = recognizer.mentions(in: text, furniture: []).filter { $0.kind == .minister && $0.primary }
        #expect(primary.map(\.key) == [
            "minister van buitenlandse zaken", "minister zonder portefeuille", "minister van oorlog en marine",
        ])
        #expect(primary.map(\.name) == ["Luns", "Luns", "Staf"])
    }

    @Test(
        "historical and OCR-damaged roles are read whole",
        arguments: [
            // sgd-historical/sgd-0000270007.txt
            ("de heer Mansholt. Vfinister van Landbouw, Visserij en Voedselvoorziening", ["minister van landbouw visserij en voedselvoorziening"]),
            ("een missive van de Minister van Binnenlandse Zaken, Bezitsvorming en Publiekrechtelijke Bedrijfsorganisatie betreffende",
             ["minister van binnenlandse zaken bezitsvorming en publiekrechtelijke bedrijfsorganisatie"]),
            // sgd-historical/sgd-0000115436.txt
            ("9 Ziet de Ministervan Justitie aanleiding tot rechtsvervolging", ["minister van justitie"]),
            ("De Minisier van Financiën heeft geantwoord", ["minister van financien"]),
            // One office in the 1950s, two in a plural (sgd-historical/sgd-0000422898.txt).
            ("de Minister van Oorlog en van Marine", ["minister van oorlog en marine"]),
            ("de Ministers van Oorlog en van Marine", ["minister van oorlog", "minister van marine"]),
        ])
    func historicalRoles(text: String, keys: [String]) {
        #expect(recognizer.mentions(in: text, furniture: []).filter { $0.kind == .minister }.map(\.key) == keys)
    }

    @Test(
        "the Vice-Minister-President is his own office, however OCR and the period spell it",
        arguments: [
            // sgd-historical/sgd-0000121356.txt
            ("Hierbij bied ik u aan, mede namens de Minister-President en de Vice-Minister-President, een brief",
             ["minister-president", "vice-minister-president"]),
            // sgd-historical/sgd-0000114229.txt
            ("de heren Van Aardenne, vice-minister-president, minister van Economische Zaken, Braks, minister",
             ["vice-minister-president", "minister van economische zaken"]),
            // sgd-historical/sgd-0000014004.txt
            ("De Regering heeft, bij monde van de Minister President, de Vice Minister President, de Minister van Buitenlandse Zaken",
             ["minister-president", "vice-minister-president", "minister van buitenlandse zaken"]),
            // sgd-historical/sgd-0000080932.txt, with a soft hyphen
            ("en de heer van Schaik, Minister zonder Portefeuille, Vice-Minister\u{AD}President, Minister van Verkeer en Waterstaat a.i., de heer",
             ["minister zonder portefeuille", "vice-minister-president", "minister van verkeer en waterstaat"]),
            // sgd-historical/sgd-0000250271.txt
            ("HOOFDSTUK IV -KABINET VAN DE\nVICEMINISTER-PRESIDENT\n", ["vice-minister-president"]),
            // sgd-historical/sgd-0000020051.txt
            ("het bezoek van de minister-president, de vice-premier en uzelf aan Zuid-Afrika",
             ["minister-president", "vice-minister-president"]),
            ("de Vice-President van de Raad van State", []),
        ] as [(String, [String])])
    func viceMinisterPresident(text: String, keys: [String]) {
        #expect(recognizer.mentions(in: text, furniture: []).filter { $0.kind == .minister }.map(\.key) == keys)
    }

    @Test(
        "a minister without a department is named by his task",
        arguments: [
            // sgd-historical/sgd-0000217438.txt
            ("6. Wil de Minister in overleg treden met de Minister belast met de zaken van de Koninkrijksdelen overzee, teneinde te bevorderen",
             ["minister belast met de zaken van de koninkrijksdelen overzee"]),
            // sgd-historical/sgd-0000216288.txt
            ("mede namens de heer De Brauw, Minister zon-der Portefeuille, belast met het Wetenschapsbeleid en het Wetenschappelijk Onderwijs. (Ingezonden 20 juni 1972.)",
             ["minister belast met het wetenschapsbeleid en het wetenschappelijk onderwijs"]),
            // sgd-historical/sgd-0000240726.txt
            ("De Minister zonder portefeuille belast met de aangelegenheden betreffende de hulp aan ontwikkelingslanden, UD1NK.",
             ["minister belast met de aangelegenheden betreffende de hulp aan ontwikkelingslanden"]),
            // sgd-historical/sgd-0000217013.txt
            ("ANTWOORD van de heer De Brauw, Minister zonder Portefeuille (wetenschapsbeleid en wetenschappelijk onderwijs). (Ingezonden 29 september 1971.",
             ["minister belast met wetenschapsbeleid en wetenschappelijk onderwijs"]),
            // sgd-historical/sgd-0000211938.txt: a task the table names takes the portfolio's own role.
            ("ANTWOORD van Minister Brouwer (Landbouw en Vis-serij), mede namens de Ministers van Economische Zaken en zonder Portefeuille (Ontwikkelingssamenwerking.) (Ingezon-den 13 juni 1973.)",
             ["minister van landbouw en visserij", "minister van economische zaken", "minister voor ontwikkelingssamenwerking"]),
            // sgd-historical/sgd-0000086920.txt: no task printed.
            ("en de heer Van Schaik, Vice-Minister-President, Minister zonder Portefeuille, de heer Van den Brink",
             ["vice-minister-president", "minister zonder portefeuille"]),
        ] as [(String, [String])])
    func ministerByTask(text: String, keys: [String]) {
        #expect(recognizer.mentions(in: text, furniture: []).filter { $0.kind == .minister }.map(\.key) == keys)
    }

    @Test("a signature block over lines gives the task and the name")
    func taskInSignatureBlock() {
        // sgd-historical/sgd-0000247782.txt
        let text = "De Minister van Buitenlandse\nZaken,\nJ. LUNS.\nDe Minister zonder Portefeuille belast met de aangelegenheden\n"
            + "betreffende de hulp aan\nontwikkelingslanden,\nTH. H. BOT.\n8492 1\n"
        let signers = recognizer.mentions(in: text, furniture: []).filter { $0.kind == .minister && $0.primary }
        #expect(signers.map(\.label) == [
            "Minister van Buitenlandse Zaken", "Minister belast met de aangelegenheden betreffende de hulp aan ontwikkelingslanden",
        ])
        #expect(signers.map(\.name) == ["Luns", "Bot"])
    }

    @Test(
        "a minister charged with carrying out a law is no task-named office",
        arguments: [
            // sgd-historical: a law's definitions
            "\"Minister\": den Minister, belast met de uitvoering van deze wet;",
            "Onze minister, belast met de zorg voor de desbetreffende sectorraad;",
            "de Minister, be-last met de uitvoering van deze wet, vast te stellen.",
        ])
    func lawsMinisterIsNoTask(text: String) {
        #expect(recognizer.mentions(in: text, furniture: []).filter { $0.kind == .minister }.isEmpty)
    }

    @Test("a role is labelled with the ministry's name on the letter's date; without a date, today's")
    func labelOnTheLettersDate() throws {
        let text = "De Minister van Onderwijs, Cultuur en Wetenschap heeft toegezegd"
        let label = { (date: DutchDate?) in
            recognizer.mentions(in: text, furniture: [], on: date).first { $0.kind == .minister }?.label
        }
        #expect(label(DutchDate(year: 1998, month: 5, day: 4)) == "Minister van Onderwijs, Cultuur en Wetenschappen")
        #expect(label(DutchDate(year: 2024, month: 3, day: 27)) == "Minister van Onderwijs, Cultuur en Wetenschap")
        #expect(label(nil) == "Minister van Onderwijs, Cultuur en Wetenschap")
        // A ministry that was another one keeps its own name at any date.
        let older = recognizer.mentions(in: "de toenmalige Minister van Onderwijs en Wetenschappen", furniture: [],
                                        on: DutchDate(year: 2024, month: 1, day: 1))
        #expect(older.first { $0.kind == .minister }?.label == "Minister van Onderwijs en Wetenschappen")
    }

    @Test(
        "another country's ministers and premiers are no Dutch roles",
        arguments: [
            // sgd-historical/sgd-0000019609.txt
            ("uitspraken van premier Khaleda Zia van Bangladesh, dat er geen sprake is van hongersnood", []),
            // tk-moties/kst-21501-02-3059.txt
            ("overwegende dat de Amerikaanse Minister van Defensie heeft aangegeven", []),
            ("op uitnodiging van de Turkse Premier een officieel bezoek aan Turkije", []),
            ("Hij sprak met de minister van Buitenlandse Zaken van Frankrijk over de crisis.", []),
            ("de Nederlandse minister van Defensie", ["minister van defensie"]),
            ("het bezoek van de Minister-President en mijzelf aan Turkije", ["minister-president"]),
        ] as [(String, [String])])
    func foreignRoles(text: String, keys: [String]) {
        #expect(recognizer.mentions(in: text, furniture: []).filter { $0.kind == .minister }.map(\.key) == keys)
    }

    @Test(
        "ministers merely mentioned are not signers",
        arguments: [
            // sgd-historical/sgd-0000000721.txt
            ("Het Heroverwegingsrapport asielzoekersbeleid is op 27 mei 1994 door de toenmalige Minister van Financiën aangeboden aan uw Kamer.",
             "minister van financien"),
            // sgd-historical/sgd-0000000943.txt
            ("Met verwijzing naar de toezegging van de Minister-President tijdens de algemene politieke beschouwingen",
             "minister-president"),
            // sgd-historical/sgd-0000000943.txt
            ("deel ik u -mede namens de Minister van Justitie -het volgende mede.", "minister van justitie"),
            ("De minister van Financiën heeft de Kamer op 3 mei geïnformeerd.", "minister van financien"),
            ("Ik heb hierover overleg gevoerd met de premier en de minister van BZK.", "minister-president"),
        ])
    func mentionedNotSigner(text: String, key: String) {
        let ministers = recognizer.mentions(in: text, furniture: []).filter { $0.kind == .minister }
        #expect(ministers.first?.key == key)
        #expect(ministers.allSatisfy { !$0.primary })
    }

    @Test(
        "words that only look like a role phrase give nothing",
        arguments: [
            "Is de minister van mening dat dit voldoende is?",
            "de minister van Staat en oud-premier",
            "Ministeriële regeling van 3 mei",
        ])
    func noRole(text: String) {
        #expect(recognizer.mentions(in: text, furniture: []).filter { $0.kind == .minister && $0.key != "minister-president" }.isEmpty)
    }

    @Test("ministries in running text and in a letterhead in the furniture")
    func ministries() {
        let text = "zoals gevolgd door de ministeries van Buitenlandse Zaken en Economische Zaken"
        let mentions = recognizer.mentions(in: text, furniture: ["Ministerie van Justitie en Veiligheid"])
        #expect(mentions.filter { $0.kind == .ministry }.map(\.key) == [
            "buitenlandse-zaken", "economische-zaken", "justitie-en-veiligheid",
        ])
        let letterhead = mentions.last
        #expect(letterhead?.start == nil && letterhead?.primary == true)
        #expect(mentions.allSatisfy { $0.kind == .ministry })
    }

    @Test("a primary heading takes the name from the signature")
    func headingTakesSignatureName() {
        let text = "BRIEF VAN DE MINISTER VAN FINANCIËN\nAan de Voorzitter\n...\nDe Minister van Financiën,\nG. Zalm\n"
        let primary = recognizer.mentions(in: text, furniture: []).filter { $0.kind == .minister && $0.primary }
        #expect(primary.count == 2)
        #expect(primary.allSatisfy { $0.name == "Zalm" })
    }
}
