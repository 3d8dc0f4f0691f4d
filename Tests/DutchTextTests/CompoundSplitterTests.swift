import Foundation
import Testing
@testable import DutchText

@Suite struct CompoundSplitterTests {
    static let splitter = CompoundSplitter.bundled

    struct Labelled {
        var word: String
        var parts: [String]
    }

    /// The hand-labelled words of `Fixtures/compounds.tsv`.
    static func fixture() throws -> [Labelled] {
        let url = try #require(Bundle.module.url(forResource: "compounds", withExtension: "tsv", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { return nil }
            let parts = fields[1] == "-" ? [] : fields[1].split(separator: "+").map(String.init)
            return Labelled(word: String(fields[0]), parts: parts)
        }
    }

    @Test func reachesPrecisionAndRecallOnTheLabelledCorpusWords() throws {
        let labelled = try Self.fixture()
        #expect(labelled.count >= 300)
        var correct = 0
        var made = 0
        var compounds = 0
        var mistakes: [String] = []
        for item in labelled {
            let parts = Self.splitter.split(item.word)
            if !item.parts.isEmpty { compounds += 1 }
            if !parts.isEmpty { made += 1 }
            if !parts.isEmpty, parts == item.parts {
                correct += 1
            } else if parts != item.parts {
                mistakes.append("\(item.word): expected \(item.parts.joined(separator: "+")), got \(parts.joined(separator: "+"))")
            }
        }
        let precision = Double(correct) / Double(max(made, 1))
        let recall = Double(correct) / Double(max(compounds, 1))
        #expect(compounds * 3 >= labelled.count, "too few compounds in the fixture")
        #expect(precision >= 0.95, "precision \(precision): \(mistakes.joined(separator: "; "))")
        #expect(recall >= 0.84, "recall \(recall): \(mistakes.joined(separator: "; "))")
    }

    @Test(arguments: [
        ("solidariteitsverplichtingen", ["solidariteit", "verplichtingen"]),
        ("wapenexportbeleid", ["wapen", "export", "beleid"]),
        ("wetsvoorstel", ["wet", "voorstel"]),
        ("kamerleden", ["kamer", "leden"]),
        ("ministerraad", ["minister", "raad"]),
        ("vreemdelingenbeleid", ["vreemdelingen", "beleid"]),
        ("gedachtengang", ["gedachten", "gang"]),
        ("arbeidsmarkt", ["arbeid", "markt"]),
        ("rijksoverheid", ["rijk", "overheid"]),
        ("ontwikkelingssamenwerking", ["ontwikkeling", "samenwerking"]),
        ("belastingdienst", ["belasting", "dienst"]),
        ("bestemmingsplan", ["bestemming", "plan"]),
        ("onderwijsinstellingen", ["onderwijs", "instellingen"]),
        ("gemeentefondsbelasting", ["gemeente", "fonds", "belasting"]),
        ("omgevingswet", ["omgeving", "wet"]),
    ])
    func splitsCompounds(word: String, parts: [String]) {
        #expect(Self.splitter.split(word) == parts)
    }

    @Test(arguments: [
        "minister", "regering", "betekenis", "ambtenaren", "verenigde", "gemeenten", "instellingen",
        "overeenstemming", "aanleiding", "mogelijkheden", "voorwaarden", "belangrijk", "bestellen",
        "drukkerijen", "veertienden", "waarvandaan", "nederland", "griekenland", "heemskerk",
        "verplichtingen", "ontwikkeling", "internet", "standaard", "belangrijkste", "aftreksels",
    ])
    func leavesNonCompoundsWhole(word: String) {
        #expect(Self.splitter.split(word) == [])
    }

    @Test(arguments: ["", "wet", "kamerlid2024", "geïnformeerd", "Wetsvoorstel", String(repeating: "wet", count: 30)])
    func refusesShortUnfoldedAndOverlongWords(word: String) {
        #expect(Self.splitter.split(word) == [])
    }

    @Test func splitsWithAGivenLexicon() {
        let lexicon = CompoundLexicon(frequencies: ["wapen": 40, "export": 90, "beleid": 800, "staat": 500, "secretaris": 300])
        let splitter = CompoundSplitter(lexicon: lexicon)
        #expect(splitter.split("wapenexportbeleid") == ["wapen", "export", "beleid"])
        #expect(splitter.split("staatssecretaris") == ["staat", "secretaris"])
        #expect(splitter.split("wapenbeleidje") == [])
        #expect(lexicon.frequency(of: "export") == 90)
        #expect(lexicon.frequency(of: Substring("exportbeleid")) == 0)
    }

    @Test func loadsTheBundledLexicon() {
        let lexicon = CompoundLexicon.bundled
        #expect(lexicon.count > 20_000)
        #expect(lexicon.frequency(of: "beleid") > 1_000)
        #expect(lexicon.frequency(of: "xqzv") == 0)
        #expect(lexicon.isName("heemskerk"))
        #expect(!lexicon.isName("beleid"))
    }

    /// On the words of real motions, every split is made of lexicon words that spell the word
    /// again with at most a linking "s" between them, and no part is a stop word.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedMotions.path), "needs ../shared/corpus"))
    func splitsOfRealTextRebuildTheirWord() throws {
        let folder = sharedMotions
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        var words = Set<String>()
        for name in names.sorted().prefix(300) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) where word.count >= 7 {
                words.insert(String(word))
            }
        }
        #expect(words.count > 2_000)
        var splits = 0
        for word in words {
            let parts = Self.splitter.split(word)
            guard !parts.isEmpty else { continue }
            splits += 1
            #expect(parts.count >= 2 && parts.count <= 16)
            #expect(parts.allSatisfy { Self.splitter.lexicon.frequency(of: $0) > 0 && !StopWords.contains($0) })
            var rest = Substring(word)
            for (index, part) in parts.enumerated() {
                #expect(rest.hasPrefix(part), "\(word): \(parts)")
                rest = rest.dropFirst(part.count)
                if index < parts.count - 1, rest.hasPrefix("s"), !rest.hasPrefix(parts[index + 1]) {
                    rest = rest.dropFirst()
                }
            }
            #expect(rest.isEmpty, "\(word): \(parts)")
        }
        // Dutch policy text is full of compounds: a good share of its long words split.
        #expect(splits * 10 > words.count)
    }
}
