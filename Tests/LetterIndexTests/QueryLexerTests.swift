import DutchText
import GRDB
import PropertyBased
import Testing
import TestSupport
@testable import LetterIndex

/// Character-level noise through the lexer, parser and expression builder: the expression that
/// reaches MATCH is always valid FTS5 syntax (user text never becomes syntax), and nothing traps.
@Suite struct QueryLexerTests {
    /// Operators, quotes, punctuation, single capitals and a few words and scalars, as characters.
    static let noise: [Character] = Array("\"()*-+:^.,;?!<>{}[]#'|&/\\ \t\nONARIETDFS" + "aéï🙂\u{0}\u{202E}0123456789")

    /// Kept for the whole run: its files go when it does.
    static let corpus = try! TemporaryCorpus()
    static let database = try! corpus.database()

    @Test func characterNoiseAlwaysBuildsAnExpressionSQLiteAccepts() async throws {
        let analyzer = DutchAnalyzer()
        await propertyCheck(count: 1_000, input: Gen.element(of: Self.noise).compactMap { $0 }.string(of: 0...24)) { query in
            _ = QueryLexer.lexemes(query)
            let parsed = QueryParser.parse(query)
            guard let node = parsed.node, let expression = FTS5Expression(node, analyzer: analyzer) else { return }
            #expect(throws: Never.self, "query \(query) gave \(expression.text)") {
                try Self.database.pool.read { db in
                    _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM letter_ft WHERE letter_ft MATCH ?", arguments: [expression.text])
                }
            }
        }
    }

    @Test func lexemesOfAnUnclosedPhraseSayItIsOpen() {
        #expect(QueryLexer.lexemes("\"open eind") == [.phrase("open eind", closed: false)])
    }
}
