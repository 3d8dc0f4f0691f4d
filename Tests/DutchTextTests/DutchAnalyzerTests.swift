import Testing
@testable import DutchText

@Suite struct DutchAnalyzerTests {
    static func stems(_ text: String, _ mode: AnalysisMode = .query) -> [String] {
        DutchAnalyzer().tokens(in: text, mode: mode).map(\.token)
    }

    @Test(arguments: [
        ("herplaatsing", "herplaatsingen"), ("geinformeerd", "geïnformeerd"), ("verplichting", "verplichtingen"),
        ("Binnenlandse", "binnenlandse"), ("lidstaat", "lidstaten"), ("asielzoeker", "asielzoekers"),
    ])
    func inflectedFormsShareAStem(query: String, document: String) {
        #expect(Self.stems(query) == Self.stems(document))
    }

    @Test func compoundPartsAreColocatedWithTheWholeWordsRange() {
        let tokens = DutchAnalyzer().tokens(in: "de solidariteitsverplichtingen", mode: .document)
        let parts = tokens.filter { $0.kind == .part }
        #expect(parts.map(\.token).contains(Self.stems("verplichting")[0]))
        for part in parts {
            #expect(part.position == 1)
            #expect(part.start == 3 && part.end == 30)
        }
    }

    @Test func hyphenatedWordsAreIndexedWholeAndByTheirParts() {
        let tokens = DutchAnalyzer().tokens(in: "JBZ-Raad", mode: .document).map(\.token)
        #expect(tokens.contains("jbzraad"))
        #expect(tokens.contains("jbz"))
        #expect(tokens.contains(Self.stems("raad")[0]))
    }

    @Test func queriesGetOneTokenPerWordAndPrefixesAreNotStemmed() {
        #expect(Self.stems("solidariteitsverplichtingen").count == 1)
        #expect(Self.stems("Verplichtingen", .prefix) == ["verplichtingen"])
    }

    @Test func positionsCountWordsNotParts() {
        let tokens = DutchAnalyzer().tokens(in: "wapenexportbeleid van Nederland", mode: .document)
        #expect(tokens.filter { $0.kind == .stem }.map(\.position) == [0, 1, 2])
    }
}
