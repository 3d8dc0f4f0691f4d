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
    /// Shared with ``SimilarLetters/init(sharingWith:)``.
    let facetIndexes = FacetIndexCache()
    private let suggester = SpellingSuggester()
    private let cache: ResponseCache

    /// Below this many hits a response carries spelling suggestions.
    public static let suggestionThreshold = 3


    /// A search over `database` that keeps the last `cachedResponses` responses (0: none);
    /// the cache empties itself when an ingest changes the index.
    public init(database: LetterDatabase, cachedResponses: Int = 512) {
        self.database = database
        cache = ResponseCache(capacity: cachedResponses)
    }

    /// Builds what searches share for the index as it is now — the analyzer's tables, the facet
    /// index and the spelling vocabulary — so the first searches do not pay for them (about a
    /// second on the ×5 corpus). The server runs it before it listens.
    public func prepare() throws {
        // The analyzer's tables (compound lexicon, modern vocabulary) load at their first use.
        analyzers.with { _ = $0.tokens(in: "solidariteitsverplichtingen menschen", mode: .query) }
        try database.pool.read { db in
            let generation = try Meta.value(for: .generation, in: db) ?? ""
            _ = try facetIndexes.index(db: db, generation: generation)
            try suggester.prepare(db: db)
        }
    }

    /// Answers one request.
    public func search(_ request: SearchRequest) throws(SearchError) -> SearchResponse {
        try Self.validate(request)
        let parsed = request.raw
            ? ParsedQuery(node: nil, filters: [], notes: [])
            : QueryParser.parse(request.query)
        let filters = try SearchFilters(request, typed: parsed.filters)
        // Text with nothing to search for (only punctuation, an emoji, FTS5 syntax SQLite refuses)
        // is no error: the answer is an empty page whose notes say why, as for any query that
        // finds nothing. Only limits (length, page) are refused.
        var expression: FTS5Expression?
        if request.raw {
            let trimmed = request.query.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty {
                if let problem = rawSyntaxProblem(trimmed) {
                    return Self.nothingToSearch(request, note: problem)
                }
                expression = FTS5Expression(rawPattern: trimmed)
            }
        } else if let node = parsed.node {
            expression = analyzers.with { FTS5Expression(node, analyzer: $0) }
            if expression == nil, filters.isEmpty {
                return Self.nothingToSearch(request, note: Self.noWords, parsed: parsed)
            }
        } else if filters.isEmpty, !request.query.trimmingCharacters(in: .whitespaces).isEmpty {
            return Self.nothingToSearch(request, note: Self.noWords, parsed: parsed)
        }
        do {
            return try database.pool.read { db in
                let generation = try Meta.value(for: .generation, in: db) ?? ""
                if let cached = cache.response(for: request, generation: generation) { return cached }
                let response = try run(
                    request, parsed: parsed, expression: expression, filters: filters, generation: generation, db: db)
                cache.store(response, for: request, generation: generation)
                return response
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

    /// What SQLite says is wrong with expert FTS5 syntax, or nil when it takes it.
    private func rawSyntaxProblem(_ pattern: String) -> String? {
        do {
            _ = try database.pool.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT rowid FROM letter_ft WHERE letter_ft MATCH ? LIMIT 1)", arguments: [pattern])
            }
            return nil
        } catch let error as DatabaseError {
            return "FTS5 syntax error: \(error.message ?? "invalid expression"); nothing was searched"
        } catch {
            return "FTS5 syntax error: \(error); nothing was searched"
        }
    }

    /// The note for a query without a word to search for.
    static let noWords = "the query has no words to search for; nothing was searched"

    /// An empty page for a request with nothing to search for, its notes saying why.
    static func nothingToSearch(_ request: SearchRequest, note: String, parsed: ParsedQuery? = nil) -> SearchResponse {
        SearchResponse(
            query: request.query, total: 0, offset: request.offset, limit: request.limit, sort: request.sort, relaxed: false,
            notes: (parsed?.notes ?? []) + [note], suggestions: [], results: [], facets: Facets())
    }

    /// The ways to rank a page, tried in order; the first that applies ranks it.
    static let rankings: [any RankingStrategy] = [
        NewestFirstRanking(),  // filters only: the newest letters
        RelaxedRanking(),  // too few letters have every word: bm25 over the words present × a soft AND
        DateRanking(),  // sort=date: the newest matches
        OneByOneRanking(),  // few letters pass the filters: each scored by itself
        CommonWordsRanking(),  // every word is in most letters: title matches, then the newest
        BM25Ranking(),  // the rest: bm25 over every match
    ]

    private func run(
        _ request: SearchRequest, parsed: ParsedQuery, expression: FTS5Expression?, filters: SearchFilters,
        generation: String, db: Database
    ) throws -> SearchResponse {
        let facetIndex = try facetIndexes.index(db: db, generation: generation)
        let matchSet = try MatchSet(filters: filters, expression: expression?.text, db: db)
        let entities = expression == nil || request.raw ? nil : try EntityBoost(
            query: request.query, letterCount: facetIndex.letterCount, rowidLimit: facetIndex.rowidLimit, db: db)
        let input = RankingInput(
            request: request, expression: expression, matchSet: matchSet, facetIndex: facetIndex, entities: entities,
            analyzers: analyzers, vocabulary: suggester, db: db)
        var ranked: RankedPage?
        for ranking in Self.rankings where ranked == nil {
            ranked = try ranking.rank(input)
        }
        guard let ranked else { throw SearchError(code: "internal", message: "no ranking applies to this search") }
        return try respond(request, notes: parsed.notes + filters.notes + ranked.notes, expression: expression, ranked: ranked,
                           filters: filters, facetIndex: facetIndex, db: db)
    }

    /// The response for a ranked page: the letters' rows, snippets, entities, facets over
    /// every match and suggestions when few letters match.
    private func respond(
        _ request: SearchRequest, notes: [String], expression: FTS5Expression?, ranked: RankedPage,
        filters: SearchFilters, facetIndex: FacetIndex, db: Database
    ) throws -> SearchResponse {
        let page = ranked.hits
        let matches = ranked.matches
        let rowids = page.map(\.rowid)
        let letters = try Dictionary(
            Row.fetchAll(db, sql: """
                SELECT rowid, id, title, date, kind, text FROM letter WHERE rowid IN (\(rowids.map(String.init).joined(separator: ",")))
                """).map { ($0["rowid"] as Int64, $0) },
            uniquingKeysWith: { first, _ in first })
        let rows = page.compactMap { rowid, score in letters[rowid].map { ($0, score) } }
        let entities = try EntityReader.references(for: rowids, db: db)
        let mentionRanges = filters.entityKinds.isEmpty ? [:] : try EntityReader.firstFilteredMentions(
            for: rowids, kinds: filters.entityKinds, db: db)
        let explanations = request.explain ? try ranked.plan.map { try LetterScorer(db: db).explanations(of: rowids, plan: $0) } : nil
        let builder = SnippetBuilder()
        var results: [SearchHit] = []
        for (row, score) in rows {
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
            results.append(SearchHit(
                id: row["id"], title: row["title"], date: row["date"], kind: row["kind"],
                score: (score * 1000).rounded() / 1000, exactScore: score, snippet: snippet.text,
                highlights: snippet.highlights.map { [$0.lowerBound, $0.upperBound] },
                entities: entities[rowid] ?? [], explanation: explanations?[rowid]))
        }
        let facets = request.facets ? facetIndex.facets(for: matches) : Facets()
        var suggestions: [String] = []
        if let expression, !request.raw, matches.count < Self.suggestionThreshold {
            let words = expression.terms.filter { !$0.hasSuffix("*") }.flatMap { FTS5Expression.words(in: $0) }
            suggestions = try analyzers.with { try suggester.suggestions(for: words, analyzer: $0, db: db) }
        }
        return SearchResponse(
            query: request.query, total: matches.count, offset: request.offset, limit: request.limit, sort: request.sort,
            relaxed: ranked.relaxed, notes: notes, suggestions: suggestions, results: results, facets: facets)
    }
}
