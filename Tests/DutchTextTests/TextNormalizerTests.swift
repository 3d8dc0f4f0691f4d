import Foundation
import Testing

@testable import DutchText

/// Loads a fixture copied from /work/shared/corpus into Fixtures/normalizer.
private func fixture(_ name: String) throws -> String {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures/normalizer"))
    return try String(contentsOf: url, encoding: .utf8)
}

/// The text of `normalized` between two UTF-8 offsets.
private func slice(_ text: String, _ range: Range<Int>) -> String {
    String(decoding: Array(text.utf8)[range], as: UTF8.self)
}

@Suite struct TextNormalizerTests {
    let normalizer = TextNormalizer()

    @Test func modernLetterLosesGluedMarkersAndLinksFootnotes() throws {
        // kamerbrieven/jbz-raad-cyprus-januari-2026.txt
        let result = normalizer.normalize(try fixture("jbz-raad-cyprus-januari-2026"))
        #expect(!result.text.contains("Nederland1"))
        #expect(!result.text.contains("Podt2"))
        #expect(result.text.contains("de inzet van Nederland. Ik informeer u graag"))
        #expect(result.text.contains("aan het lid Podt, over hoe"))
        #expect(result.text.contains("geïnformeerd"))
        #expect(result.footnotes.map(\.marker) == ["1", "2"])
        let first = try #require(result.footnotes.first)
        #expect(first.text == "Kamerstukken II, 2025-2026, 32317, nr. 987.")
        #expect(slice(result.text, (first.anchor - 9)..<first.anchor) == "Nederland")
        #expect(result.footnotes[1].text == "TZ202412-096.")
        // The footnotes moved out of the paragraph, which the page break no longer splits.
        #expect(result.text.contains("inzake herziening van het veilig-derde-land-concept en het voorstel"))
        #expect(slice(result.text, result.bodyEnd..<result.text.utf8.count)
            == "1 Kamerstukken II, 2025-2026, 32317, nr. 987.\n2 TZ202412-096.")
        // Headings stay their own paragraph; wrapped lines are joined.
        #expect(result.text.contains("\nAanname jaarlijkse solidariteitspool en verdeling solidariteitsverplichtingen\nOp 5 januari"))
        #expect(result.text.contains("Autorisatie van een Memorandum of Understanding tussen de EU en India op het terrein van migratie en mobiliteit\n"))
        #expect(result.text.contains("het Asiel- en Migratiepact"))
        #expect(!result.text.contains("  "))
        #expect(!result.text.contains(" \n"))
    }

    @Test func documentedExampleHolds() {
        let normalized = normalizer.normalize("Bin-\nnenlandse Zaken1\n\n1 Kamerstuk 32317, nr. 987")
        #expect(normalized.text == "Binnenlandse Zaken\n1 Kamerstuk 32317, nr. 987")
        #expect(normalized.footnotes == [Footnote(marker: "1", anchor: 18, text: "Kamerstuk 32317, nr. 987")])
        #expect(normalized.bodyEnd == 19)
    }

    @Test func modernLetterKeepsEveryBodyWord() throws {
        let raw = try fixture("jbz-raad-cyprus-januari-2026")
        let result = normalizer.normalize(raw)
        let words = { (text: String) in
            Set(text.split(whereSeparator: { !$0.isLetter }).map(String.init))
        }
        let missing = words(raw).subtracting(words(result.text))
        #expect(missing.isEmpty, "lost: \(missing.sorted())")
    }

    @Test func ocrLetterFooterGoesToFurniture() throws {
        // sgd-historical/sgd-0000000696.txt
        let result = normalizer.normalize(try fixture("sgd-0000000696"))
        #expect(result.furniture.contains("Tweede Kamer, vergaderjaar 1994-1995, 17 050, nr. 190"))
        #expect(!result.text.contains("Tweede Kamer, vergaderjaar"))
        #expect(result.furniture.contains("2"))
        // The masthead stays in the text.
        #expect(result.text.hasPrefix("Tweede Kamer der Staten-Generaal\nVergaderjaar 1994-1995\n"))
        #expect(result.text.contains("de landelijke actie \"Reisverhalen\" gestart"))
        #expect(result.text.contains("ruim f 18 miljoen"))
    }

    @Test func ocrMarkerAfterSentencePeriodIsSplit() throws {
        // sgd-historical/sgd-0000118094.txt: "... op 12-13 december 1985 te Brussel.1"
        let result = normalizer.normalize(try fixture("sgd-0000118094"))
        #expect(result.text.contains("de Noordatlantische Raad op 12-13 december 1985 te Brussel.\n"))
        #expect(result.footnotes.map(\.marker) == ["1"])
        #expect(result.footnotes.first?.text == nil)
        #expect(result.furniture.contains("Tweede Kamer, vergaderjaar 1985-1986, 19200 hoofdstuk V, nr. 43"))
    }

    @Test func motieKeepsOneParagraphPerLine() {
        // tk-moties, a motie of the leden Koekkoek en Ceder (19 637, nr. 3185)
        let raw = """
            Vergaderjaar 2023-2024
            Tweede Kamer der Staten-Generaal
            2
            Kamerstukken
            19 637
            Vreemdelingenbeleid
            Nr. 3185
            De Kamer,
            gehoord de beraadslaging,
            constaterende dat op dit moment het aantal verhuizingen van kinderen niet meegenomen wordt in de herplaatsing van asielzoekers;
            en gaat over tot de orde van de dag.
            """
        let result = normalizer.normalize(raw)
        #expect(result.text == """
            Vergaderjaar 2023-2024
            Tweede Kamer der Staten-Generaal
            Kamerstukken
            19 637
            Vreemdelingenbeleid
            Nr. 3185
            De Kamer,
            gehoord de beraadslaging,
            constaterende dat op dit moment het aantal verhuizingen van kinderen niet meegenomen wordt in de herplaatsing van asielzoekers;
            en gaat over tot de orde van de dag.
            """)
        #expect(result.furniture == ["2"])
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedHistorical.path), "needs ../shared/corpus"))
    func wholeCorpusNormalizesWithoutLosingWords() throws {
        let corpus = sharedHistorical
        let list = try String(contentsOf: corpus.appendingPathComponent("letters.list"), encoding: .utf8)
        for name in list.split(separator: "\n").prefix(150) {
            let raw = try String(contentsOf: corpus.appendingPathComponent(String(name)), encoding: .utf8)
            let result = normalizer.normalize(raw)
            let furniture = result.furniture.joined(separator: " ")
            // Every word of the original survives in text or furniture, whole or joined
            // with its hyphen partner; footnote marker digits are recorded.
            let kept = result.text + " " + furniture
            for word in raw.split(whereSeparator: { !$0.isLetter }) where word.count >= 4 {
                #expect(kept.contains(word) || kept.contains(String(word.prefix(4))), "\(name): lost \(word)")
            }
        }
    }
}
