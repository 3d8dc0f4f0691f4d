import DutchText
import GRDB
import Testing
import TestSupport
@testable import LetterIndex

/// The wall between what a user types and FTS5's MATCH syntax: every word reaches MATCH quoted.
@Suite struct FTS5ExpressionTests {
    /// The expression for a typed query (an analyzer per call: analyzers are not shared across threads).
    static func expression(_ query: String) -> FTS5Expression? {
        let analyzer = DutchAnalyzer()
        return QueryParser.parse(query).node.flatMap { FTS5Expression($0, analyzer: analyzer) }
    }

    @Test(arguments: [
        ("asiel", "\"asiel\""),
        ("de asiel", "\"asiel\""),
        ("de", "\"de\""),
        ("asiel NOT griekenland", "(\"asiel\" NOT \"griekenland\")"),
        ("asielz*", "\"asielz\" *"),
        ("\"openbaar vervoer\"", "\"openbaar vervoer\""),
        ("asiel OR migratie", "(\"asiel\" OR \"migratie\")"),
    ])
    func buildsQuotedWordsJoinedByOperators(query: String, expected: String) throws {
        #expect(try #require(Self.expression(query)).text == expected)
    }

    @Test func aCompoundAlsoMatchesItsPartsSideBySide() throws {
        let expression = try #require(Self.expression("solidariteitsverplichtingen"))
        #expect(expression.text == "(\"solidariteitsverplichtingen\" OR (\"solidariteit\" AND \"verplichtingen\"))")
        #expect(expression.scoredPhrases == ["\"solidariteitsverplichtingen\"", "\"solidariteit\"", "\"verplichtingen\""])
    }

    @Test(arguments: [
        "NEAR(asiel migratie)", "asiel:*", "{titel}: asiel", "asiel\" OR \"x", "^asiel", "asiel + - \" (", "titel:asiel",
        "NEAR(asiel (a OR b))", "title : \"x\" *", "a AND AND b",
    ])
    func fts5SyntaxInTheQueryStaysText(query: String) throws {
        let text = try #require(Self.expression(query)).text
        // Outside the quotes only the builder's own syntax: parentheses, AND, OR, NOT, NEAR with
        // its distance, the title column, spaces, `*`.
        var outside = ""
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle(); continue }
            if !quoted { outside.append(character) }
        }
        var syntax = outside
        for keyword in ["NEAR", "AND", "OR", "NOT", "title :"] { syntax = syntax.replacingOccurrences(of: keyword, with: "") }
        #expect(syntax.allSatisfy { "() *,0123456789".contains($0) }, "\(query) gave \(text)")
        // And SQLite reads it as an expression.
        let corpus = try TemporaryCorpus()
        let database = try corpus.database()
        #expect(throws: Never.self, "\(query) gave \(text)") {
            try database.pool.read { db in
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM letter_ft WHERE letter_ft MATCH ?", arguments: [text])
            }
        }
    }

    @Test(arguments: ["", "   ", "?!.", "🙂", "\"\"", "()"])
    func textWithNothingToSearchGivesNoExpression(query: String) {
        #expect(Self.expression(query) == nil)
    }

    @Test func theExpertPatternIsUsedAsGiven() {
        let expression = FTS5Expression(rawPattern: "NEAR(asiel migratie, 5)")
        #expect(expression.text == "NEAR(asiel migratie, 5)")
        #expect(expression.terms.isEmpty)
    }
}
