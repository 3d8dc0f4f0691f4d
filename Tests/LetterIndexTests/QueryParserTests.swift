import Testing
@testable import LetterIndex

@Suite struct QueryParserTests {
    @Test(arguments: [
        ("herplaatsing", QueryNode.term("herplaatsing")),
        ("herplaatsing asielzoekers", .and([.term("herplaatsing"), .term("asielzoekers")])),
        ("\"veilige landen\"", .phrase(["veilige", "landen"])),
        ("verplicht*", .prefix("verplicht")),
        ("stikstof OR fosfaat", .or([.term("stikstof"), .term("fosfaat")])),
        ("stikstof OF fosfaat", .or([.term("stikstof"), .term("fosfaat")])),
        ("stikstof -Groningen", .and([.term("stikstof"), .not(.term("Groningen"))])),
        ("stikstof NIET Groningen", .and([.term("stikstof"), .not(.term("Groningen"))])),
        ("stikstof NOT Groningen", .and([.term("stikstof"), .not(.term("Groningen"))])),
        ("(stikstof OR fosfaat) boeren", .and([.or([.term("stikstof"), .term("fosfaat")]), .term("boeren")])),
        ("NEAR(stikstof boeren, 5)", .near([.term("stikstof"), .term("boeren")], distance: 5)),
        ("titel:motie", .title(.term("motie"))),
        ("stikstof AND boeren", .and([.term("stikstof"), .term("boeren")])),
    ])
    func parsesEveryConstruct(query: String, expected: QueryNode) {
        #expect(QueryParser.parse(query).node == expected)
    }

    @Test(arguments: [
        ("land:GR migratie", SearchField.country, "GR"),
        ("minister:\"van weel\" asiel", .minister, "van weel"),
        ("dossier:32317", .dossier, "32317"),
        ("soort:motie", .kind, "motie"),
        ("van:2020 tot:2024-06", .from, "2020"),
    ])
    func readsFieldFilters(query: String, field: SearchField, value: String) {
        let parsed = QueryParser.parse(query)
        #expect(parsed.filters.contains(QueryFilter(field: field, value: value)))
    }

    @Test(arguments: [
        "\"unbalanced quote", "stikstof OR", "OR", "NOT", "-", "((((", "))))", "()", "\"\"", "***", "NEAR(", "land:",
        "titel:", "AND AND OR NOT", "\u{0}\u{1}\u{7F}", "🙂🙂", "- - -", "*stikstof", "stikstof**", "NEAR(a, b, c",
    ])
    func hostileInputNeverCrashesAndGivesATreeOrNothing(query: String) {
        let parsed = QueryParser.parse(query)
        _ = parsed.node
        #expect(parsed.notes.count <= 6)
    }

    @Test func repairsAreSaidInNotes() {
        #expect(QueryParser.parse("\"half open").notes.contains("an unbalanced quote was closed at the end"))
        #expect(QueryParser.parse("(stikstof").notes.contains("an unclosed '(' was closed at the end"))
        #expect(QueryParser.parse("stikstof OR").notes.contains("OR without a word on both sides was ignored"))
    }

    @Test func longQueriesAreCutToTheMaximumNumberOfTerms() {
        let query = (0..<100).map { "woord\($0)" }.joined(separator: " ")
        let parsed = QueryParser.parse(query)
        guard case .and(let terms) = parsed.node else {
            Issue.record("expected an AND")
            return
        }
        #expect(terms.count == QueryParser.maximumTerms)
        #expect(parsed.notes.contains { $0.contains("cut") })
    }

    @Test func deepNestingIsBounded() {
        let query = String(repeating: "(", count: 5000) + "stikstof" + String(repeating: ")", count: 5000)
        _ = QueryParser.parse(query)
    }
}
