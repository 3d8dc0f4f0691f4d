import Foundation
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

    @Test func aHyphenatedWordAlsoMatchesItsPartsNearEachOther() throws {
        let expression = try #require(Self.expression("CO2-uitstoot"))
        #expect(expression.text == "(\"CO2-uitstoot\" OR NEAR(\"CO2\" \"uitstoot\", 2))")
        #expect(expression.phrases.map(\.role) == [.word, .part, .part])
        #expect(expression.phrases.allSatisfy { $0.word == "CO2-uitstoot" && $0.term == 0 })
        // A part of one letter or a stop word is no part to look for on its own.
        #expect(try #require(Self.expression("e-sigaretten")).text == "\"e-sigaretten\"")
    }

    @Test func neighbouringWordsOfAPlainQueryScoreTogether() throws {
        let expression = try #require(Self.expression("openbaar vervoer op het platteland"))
        #expect(expression.proximity == [
            "NEAR(\"openbaar\" \"vervoer\", 2)", "NEAR(\"vervoer\" \"platteland\", 2)",
        ])
        #expect(expression.rankingText
            == "(\(expression.text)) AND (" + expression.proximity.joined(separator: " OR ") + " OR \"openbaar\")")
        #expect(expression.proximityPhrases.filter { $0.role == .proximity }.map(\.word) == [
            "openbaar vervoer", "openbaar vervoer", "vervoer platteland", "vervoer platteland",
        ])
        #expect(expression.proximityPhrases.filter { $0.role == .gate }.map(\.text) == ["\"openbaar\""])
        // With operators the query says itself what belongs together.
        for query in ["openbaar OR vervoer", "openbaar -vervoer", "openbaar vervoer*", "titel:openbaar vervoer", "stikstof"] {
            #expect(try #require(Self.expression(query)).proximity.isEmpty, "\(query)")
        }
    }

    /// FTS5 numbers the phrases of a MATCH text in the order they are written; `letter_rank`
    /// reads each phrase's weight and word by that number.
    @Test(arguments: [
        "openbaar vervoer platteland", "CO2-uitstoot industrie", "solidariteitsverplichtingen asiel -Griekenland",
        "(asiel OR migratie) NOT (Turkije OR Libië) herplaatsing", "NEAR(asiel migratie, 3) titel:solidariteit",
        "\"veilige landen\" herkomst* Cyprus",
    ])
    func phrasesAreListedInTheOrderFTS5NumbersThem(query: String) throws {
        let expression = try #require(Self.expression(query))
        var quoted: [String] = []
        var current = ""
        var inside = false
        for character in expression.rankingText {
            if character == "\"" {
                if inside { quoted.append(current); current = "" }
                inside.toggle()
            } else if inside {
                current.append(character)
            }
        }
        #expect(quoted.count == expression.rankingPhrases.count)
        #expect(quoted.map { "\"\($0)\"" } == expression.rankingPhrases.map { $0.text.replacingOccurrences(of: " *", with: "") })
        #expect(expression.phrases.filter { $0.role == .excluded }.allSatisfy { $0.term == nil })
    }

    /// The proximity bonus never changes which letters match: `NEAR(landen herkomst)` alone
    /// would also find letters without `nietige` (the query fuzz target found it).
    @Test(arguments: [
        "NIETige landen van herkomst", "veilige landen van herkomst", "openbaar vervoer platteland",
        "steun aan Oekraïne en sancties tegen Rusland", "CO2-uitstoot van de industrie", "asiel \"veilige landen\" Cyprus",
    ])
    func theRankingTextMatchesWhatTheTextMatches(query: String) throws {
        let expression = try #require(Self.expression(query))
        #expect(!expression.proximity.isEmpty)
        let database = try LetterDatabase(path: SampleIndexes.wholeSample.indexPath, readOnly: true)
        try database.pool.read { db in
            let sql = "SELECT rowid FROM letter_ft WHERE letter_ft MATCH ? ORDER BY rowid"
            let matched = try Int64.fetchAll(db, sql: sql, arguments: [expression.text])
            #expect(try Int64.fetchAll(db, sql: sql, arguments: [expression.rankingText]) == matched)
            let analyzer = DutchAnalyzer()
            if let relaxed = FTS5Expression.anyWord(of: expression, analyzer: analyzer) {
                let any = try Int64.fetchAll(db, sql: sql, arguments: [relaxed.text])
                #expect(try Int64.fetchAll(db, sql: sql, arguments: [relaxed.rankingText]) == any)
            }
        }
    }

    static let sharedCorpusPresent = FileManager.default.fileExists(atPath: TemporaryCorpus.shared.path)

    /// Real moties: one writes `uitstoot van CO2`, the others `CO2-uitstoot`.
    @Test(.enabled(if: sharedCorpusPresent)) func aHyphenatedQueryFindsThePartsWrittenApart() throws {
        let corpus = try TemporaryCorpus()
        for file in ["tk-moties/kst-30252-159.txt", "tk-moties/kst-21501-30-674.txt", "tk-moties/kst-26643-1187.txt",
                     "tk-moties/kst-34104-439.txt"] {
            try corpus.write(file, String(contentsOf: TemporaryCorpus.shared.appendingPathComponent(file), encoding: .utf8))
        }
        _ = try corpus.ingest()
        let response = try corpus.search("CO2-uitstoot")
        let ids = Set(response.results.map(\.id))
        #expect(!response.relaxed)
        #expect(ids.contains("tk-moties/kst-30252-159"))
        #expect(ids.contains("tk-moties/kst-21501-30-674"))
        #expect(!ids.contains("tk-moties/kst-34104-439"))
    }
}
