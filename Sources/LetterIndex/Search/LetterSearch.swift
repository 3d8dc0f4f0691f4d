import DutchText
import Entities
import Foundation
import GRDB

/// Runs searches on the index: query parsing, ranking, filters, snippets, facets.
///
/// ```swift
/// let search = LetterSearch(database: try LetterDatabase(path: path, readOnly: true))
/// let response = try search.search(SearchRequest(query: "herplaatsing"))
/// ```
public struct LetterSearch: Sendable {
    /// The index.
    public let database: LetterDatabase
    private let analyzers = AnalyzerPool()

    /// Column weights of bm25: title, text.
    public static let titleWeight = 10.0
    /// Column weight of the body text in bm25.
    public static let textWeight = 1.0

    /// A search over `database`.
    public init(database: LetterDatabase) {
        self.database = database
    }

    /// Answers one request.
    public func search(_ request: SearchRequest) throws(SearchError) -> SearchResponse {
        try Self.validate(request)
        let parsed = request.raw
            ? ParsedQuery(node: nil, filters: [], notes: [])
            : QueryParser.parse(request.query)
        let filters = try SearchFilters(request, typed: parsed.filters)
        var expression: FTS5Expression?
        if request.raw {
            let trimmed = request.query.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty {
                expression = FTS5Expression(rawPattern: trimmed)
                try checkRaw(trimmed)
            }
        } else if let node = parsed.node {
            expression = analyzers.with { FTS5Expression(node, analyzer: $0) }
            if expression == nil, filters.isEmpty {
                throw SearchError.badQuery("the query has no words to search for")
            }
        } else if filters.isEmpty, !request.query.trimmingCharacters(in: .whitespaces).isEmpty {
            throw SearchError.badQuery("the query has no words to search for")
        }
        do {
            return try database.pool.read { db in
                try run(request, parsed: parsed, expression: expression, filters: filters, db: db)
            }
        } catch let error as SearchError {
            throw error
        } catch let error as DatabaseError {
            if request.raw {
                throw SearchError.badQuery("FTS5 syntax error: \(error.message ?? "invalid expression")")
            }
            throw SearchError(code: "internal", message: "search failed: \(error.message ?? "\(error)")")
        } catch {
            throw SearchError(code: "internal", message: "search failed: \(error)")
        }
    }

    static func validate(_ request: SearchRequest) throws(SearchError) {
        guard (1...SearchRequest.maximumLimit).contains(request.limit) else {
            throw SearchError.badParameter("limit must be between 1 and \(SearchRequest.maximumLimit), not \(request.limit)")
        }
        guard (0...SearchRequest.maximumOffset).contains(request.offset) else {
            throw SearchError.badParameter("offset must be between 0 and \(SearchRequest.maximumOffset), not \(request.offset)")
        }
        guard request.query.count <= SearchRequest.maximumQueryLength else {
            throw SearchError.badQuery("the query is longer than \(SearchRequest.maximumQueryLength) characters")
        }
    }

    /// Checks expert FTS5 syntax with SQLite before it is used.
    private func checkRaw(_ pattern: String) throws(SearchError) {
        do {
            _ = try database.pool.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT rowid FROM letter_ft WHERE letter_ft MATCH ? LIMIT 1)", arguments: [pattern])
            }
        } catch let error as DatabaseError {
            throw SearchError.badQuery("FTS5 syntax error: \(error.message ?? "invalid expression")")
        } catch {
            throw SearchError.badQuery("FTS5 syntax error: \(error)")
        }
    }

    private func run(
        _ request: SearchRequest, parsed: ParsedQuery, expression: FTS5Expression?, filters: SearchFilters, db: Database
    ) throws -> SearchResponse {
        var relaxed = false
        var hits: [Row]
        var total: Int
        var matchText = expression?.text
        let filterArguments = filters.arguments
        if let match = matchText {
            total = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM letter_ft JOIN letter l ON l.rowid = letter_ft.rowid WHERE letter_ft MATCH ?" + filters.sql,
                arguments: StatementArguments([match] + filterArguments))!
            if total < request.limit, request.offset == 0, let expression, expression.terms.count > 1, !request.raw {
                // Relax: letters matching any of the words, ranked by how many they match, then bm25.
                let any = analyzers.with { analyzer in
                    expression.terms.compactMap { term -> String? in
                        FTS5Expression(.term(term), analyzer: analyzer)?.text
                    }
                }
                if any.count > 1 {
                    let relaxedText = any.joined(separator: " OR ")
                    let relaxedTotal = try Int.fetchOne(
                        db, sql: "SELECT count(*) FROM letter_ft JOIN letter l ON l.rowid = letter_ft.rowid WHERE letter_ft MATCH ?" + filters.sql,
                        arguments: StatementArguments([relaxedText] + filterArguments))!
                    if relaxedTotal > total {
                        relaxed = true
                        total = relaxedTotal
                        matchText = relaxedText
                        hits = try relaxedHits(any, request: request, filters: filters, db: db)
                        return try respond(request, parsed: parsed, expression: expression, match: relaxedText, filters: filters,
                                           hits: hits, total: total, relaxed: relaxed, db: db)
                    }
                }
            }
            let order = request.sort == .date ? "l.date DESC NULLS LAST, l.rowid DESC" : "score DESC, l.date DESC"
            hits = try Row.fetchAll(db, sql: """
                SELECT l.rowid AS rowid, l.id, l.title, l.date, l.kind, l.text,
                       -bm25(letter_ft, \(Self.titleWeight), \(Self.textWeight)) AS score
                FROM letter_ft JOIN letter l ON l.rowid = letter_ft.rowid
                WHERE letter_ft MATCH ?\(filters.sql)
                ORDER BY \(order) LIMIT ? OFFSET ?
                """, arguments: StatementArguments([match] + filterArguments + [request.limit, request.offset]))
        } else {
            total = try Int.fetchOne(db, sql: "SELECT count(*) FROM letter l WHERE 1" + filters.sql,
                                     arguments: StatementArguments(filterArguments))!
            hits = try Row.fetchAll(db, sql: """
                SELECT l.rowid AS rowid, l.id, l.title, l.date, l.kind, l.text, 0.0 AS score
                FROM letter l WHERE 1\(filters.sql)
                ORDER BY l.date DESC NULLS LAST, l.rowid DESC LIMIT ? OFFSET ?
                """, arguments: StatementArguments(filterArguments + [request.limit, request.offset]))
        }
        return try respond(request, parsed: parsed, expression: expression, match: matchText, filters: filters,
                           hits: hits, total: total, relaxed: relaxed, db: db)
    }

    /// Relaxed ranking: the number of words a letter matches first, then bm25.
    private func relaxedHits(_ terms: [String], request: SearchRequest, filters: SearchFilters, db: Database) throws -> [Row] {
        let matched = terms.map { _ in "(l.rowid IN (SELECT rowid FROM letter_ft WHERE letter_ft MATCH ?))" }.joined(separator: " + ")
        let order = request.sort == .date ? "l.date DESC NULLS LAST, l.rowid DESC" : "matched DESC, score DESC"
        return try Row.fetchAll(db, sql: """
            SELECT l.rowid AS rowid, l.id, l.title, l.date, l.kind, l.text,
                   -bm25(letter_ft, \(Self.titleWeight), \(Self.textWeight)) AS score, \(matched) AS matched
            FROM letter_ft JOIN letter l ON l.rowid = letter_ft.rowid
            WHERE letter_ft MATCH ?\(filters.sql)
            ORDER BY \(order) LIMIT ? OFFSET ?
            """, arguments: StatementArguments(terms + [terms.joined(separator: " OR ")] + filters.arguments + [request.limit, request.offset]))
    }

    private func respond(
        _ request: SearchRequest, parsed: ParsedQuery, expression: FTS5Expression?, match: String?,
        filters: SearchFilters, hits rows: [Row], total: Int, relaxed: Bool, db: Database
    ) throws -> SearchResponse {
        let rowids = rows.map { $0["rowid"] as Int64 }
        let entities = try EntityReader.references(for: rowids, db: db)
        let mentionRanges = filters.entityKinds.isEmpty ? [:] : try EntityReader.firstFilteredMentions(
            for: rowids, kinds: filters.entityKinds, db: db)
        let builder = SnippetBuilder()
        var results: [SearchHit] = []
        for row in rows {
            let rowid: Int64 = row["rowid"]
            let text: String = row["text"]
            var snippet = Snippet(text: "", highlights: [])
            if request.snippets {
                snippet = analyzers.with { analyzer in
                    var matches = builder.matches(
                        in: text, stems: expression?.highlightStems ?? [], prefixes: expression?.highlightPrefixes ?? [],
                        analyzer: analyzer)
                    if matches.isEmpty, let range = mentionRanges[rowid] {
                        matches = [SnippetBuilder.Match(start: range.lowerBound, end: range.upperBound, term: "entity")]
                    }
                    return builder.snippet(text: text, matches: matches)
                }
            }
            let score: Double = row["score"]
            results.append(SearchHit(
                id: row["id"], title: row["title"], date: row["date"], kind: row["kind"],
                score: (score * 1000).rounded() / 1000, snippet: snippet.text,
                highlights: snippet.highlights.map { [$0.lowerBound, $0.upperBound] },
                entities: entities[rowid] ?? []))
        }
        var facets = Facets()
        if request.facets {
            facets = try FacetCounter.facets(match: match, filters: filters, db: db)
        }
        return SearchResponse(
            query: request.query, total: total, offset: request.offset, limit: request.limit, sort: request.sort,
            relaxed: relaxed, notes: parsed.notes, suggestions: [], results: results, facets: facets)
    }
}
