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
    private let facetIndexes = FacetIndexCache()
    private let suggester = SpellingSuggester()
    private let cache: ResponseCache

    /// Filtered match sets up to this size are ranked by per-letter bm25 lookups.
    static let scoredOneByOne = 300

    /// Below this many hits a response carries spelling suggestions.
    public static let suggestionThreshold = 3

    /// Column weights of bm25: title, text.
    public static let titleWeight = 10.0
    /// Column weight of the body text in bm25.
    public static let textWeight = 1.0

    /// A search over `database` that keeps the last `cachedResponses` responses (0: none);
    /// the cache empties itself when an ingest changes the index.
    public init(database: LetterDatabase, cachedResponses: Int = 512) {
        self.database = database
        cache = ResponseCache(capacity: cachedResponses)
    }

    /// Builds what searches share for the index as it is now — the facet index and the spelling
    /// vocabulary — so the first searches do not pay for them (about a second on the ×5 corpus).
    /// The server runs it in the background when it starts.
    public func prepare() throws {
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

    private func run(
        _ request: SearchRequest, parsed: ParsedQuery, expression: FTS5Expression?, filters: SearchFilters,
        generation: String, db: Database
    ) throws -> SearchResponse {
        let facetIndex = try facetIndexes.index(db: db, generation: generation)
        // Filters are applied in memory to the FTS5 match set: `MATCH … AND rowid IN (subquery)`
        // can make SQLite run the full-text query once per allowed letter.
        let allowed: Set<Int64>? = filters.isEmpty ? nil : Set(try RowidQuery.fetch(
            db, sql: "SELECT l.rowid FROM letter l WHERE 1" + filters.sql, arguments: StatementArguments(filters.arguments)))
        /// Letters matching `match`: how many in all, and those that pass the filters.
        func matching(_ match: String) throws -> (all: Int, passing: [Int64]) {
            let all = try RowidQuery.fetch(db, sql: "SELECT rowid FROM letter_ft WHERE letter_ft MATCH ?", arguments: [match])
            guard let allowed else { return (all.count, all) }
            return (all.count, all.filter { allowed.contains($0) })
        }
        let window = request.offset + request.limit
        var notes = parsed.notes + filters.notes
        guard let expression else {
            let rowids = try RowidQuery.fetch(db, sql: "SELECT l.rowid FROM letter l WHERE 1" + filters.sql,
                                            arguments: StatementArguments(filters.arguments))
            let page = Array(facetIndex.newest(rowids, count: window).dropFirst(request.offset))
            return try respond(request, notes: notes, expression: nil, page: page.map { ($0, 0.0) }, matches: rowids,
                               relaxed: false, filters: filters, facetIndex: facetIndex, db: db)
        }
        let (letterMatches, passing) = try matching(expression.text)
        var rowids = passing
        if rowids.count < request.limit, request.offset == 0, expression.terms.count > 1, !request.raw {
            let termExpressions = analyzers.with { analyzer in
                expression.terms.compactMap { FTS5Expression(.term($0), analyzer: analyzer)?.text }
            }
            if let relaxed = try relax(termExpressions, atLeast: rowids.count, window: window, matching: matching,
                                       facetIndex: facetIndex, db: db) {
                let page = Array(relaxed.page.dropFirst(request.offset).prefix(request.limit))
                return try respond(request, notes: notes, expression: expression, page: page, matches: relaxed.matches,
                                   relaxed: true, filters: filters, facetIndex: facetIndex, db: db)
            }
        }
        var page: [(Int64, Double)]
        if request.sort == .date {
            let ids = Array(facetIndex.newest(rowids, count: window).dropFirst(request.offset))
            page = try scored(ids, expression: expression.text, db: db)
        } else if allowed != nil, rowids.count <= Self.scoredOneByOne {
            // Few letters pass the filters: score them one by one.
            page = Array(try scores(of: rowids, expression: expression.text, db: db).dropFirst(request.offset).prefix(request.limit))
        } else if try everyPhraseIsCommon(expression, matches: letterMatches, letterCount: facetIndex.letterCount, db: db) {
            // bm25 would give every word its least weight and still cost a pass over most of
            // the index: letters with the words in their title first, then the newest.
            var titled = [Bool](repeating: false, count: facetIndex.rowidLimit)
            for rowid in try RowidQuery.fetch(db, sql: "SELECT rowid FROM letter_ft WHERE letter_ft MATCH ?",
                                            arguments: ["title : (\(expression.text))"]) where rowid >= 0 && Int(rowid) < titled.count {
                titled[Int(rowid)] = true
            }
            let ids = Array(TopSelection.first(window, of: rowids) { a, b in
                let inTitleA = a >= 0 && Int(a) < titled.count && titled[Int(a)]
                let inTitleB = b >= 0 && Int(b) < titled.count && titled[Int(b)]
                return inTitleA != inTitleB ? inTitleA : facetIndex.isNewer(a, than: b)
            }.dropFirst(request.offset))
            page = try scored(ids, expression: expression.text, db: db)
            notes.append("De woorden staan in meer dan de helft van de brieven en zeggen weinig over relevantie: "
                         + "eerst brieven met de woorden in de titel, dan de nieuwste.")
        } else {
            // bm25 of every match: `letter_rank` reads each letter's length from the facet index,
            // FTS5's `bm25()` looks it up in `letter_ft_docsize` row by row.
            let key = LetterRank.open(tokenCounts: facetIndex.tokenCounts)
            defer { LetterRank.close(key) }
            let ranked = try Row.fetchCursor(db, sql: """
                SELECT rowid, \(LetterRank.name)(letter_ft, ?) AS score FROM letter_ft
                WHERE letter_ft MATCH ? ORDER BY score DESC, rowid DESC\(allowed == nil ? " LIMIT \(window)" : "")
                """, arguments: [key, expression.text])
            page = []
            var skipped = 0
            while page.count < request.limit, let row = try ranked.next() {
                let rowid: Int64 = row[0]
                if let allowed, !allowed.contains(rowid) { continue }
                if skipped < request.offset {
                    skipped += 1
                    continue
                }
                page.append((rowid, row[1]))
            }
        }
        rowids.sort()
        return try respond(request, notes: notes, expression: expression, page: page, matches: rowids,
                           relaxed: false, filters: filters, facetIndex: facetIndex, db: db)
    }

    /// Relaxation for a query whose words are not all in any (or in too few) letters: letters
    /// matching most of the words, ranked by how many they match, then their summed IDF, then
    /// bm25 for the best `window × 3` only. Nil when it finds no more letters than `atLeast`.
    private func relax(
        _ termExpressions: [String], atLeast: Int, window: Int, matching: (String) throws -> (all: Int, passing: [Int64]),
        facetIndex: FacetIndex, db: Database
    ) throws -> (page: [(Int64, Double)], matches: [Int64])? {
        // Per letter (dense by rowid): how many words it matches and the summed IDF of those words.
        var counts = [UInt8](repeating: 0, count: facetIndex.rowidLimit)
        var weights = [Double](repeating: 0, count: facetIndex.rowidLimit)
        var touched: [Int64] = []
        let letterCount = Double(max(facetIndex.letterCount, 1))
        for term in termExpressions {
            let hits = try matching(term).passing
            let idf = log(1 + letterCount / Double(max(hits.count, 1)))
            for rowid in hits where rowid >= 0 && Int(rowid) < counts.count {
                let index = Int(rowid)
                if counts[index] == 0 { touched.append(rowid) }
                counts[index] &+= 1
                weights[index] += idf
            }
        }
        guard touched.count > atLeast else { return nil }
        let candidates = TopSelection.first(window * 3, of: touched) { a, b in
            let (ca, cb) = (counts[Int(a)], counts[Int(b)])
            let (wa, wb) = (weights[Int(a)], weights[Int(b)])
            return ca != cb ? ca > cb : wa != wb ? wa > wb : a > b
        }
        let ranked = try scored(candidates, expression: termExpressions.joined(separator: " OR "), db: db).sorted { a, b in
            let (ca, cb) = (counts[Int(a.0)], counts[Int(b.0)])
            return ca != cb ? ca > cb : a.1 != b.1 ? a.1 > b.1 : a.0 > b.0
        }
        return (ranked, touched.sorted())
    }

    /// Whether bm25 gives every phrase of the query its least weight: FTS5 clamps the IDF of a
    /// phrase found in more than half of the letters to 1e-6, so the order it makes says next
    /// to nothing about relevance.
    private func everyPhraseIsCommon(_ expression: FTS5Expression, matches: Int, letterCount: Int, db: Database) throws -> Bool {
        guard matches * 2 > letterCount, !expression.scoredPhrases.isEmpty else { return false }
        if expression.scoredPhrases == [expression.text] { return true }
        for phrase in expression.scoredPhrases {
            let count = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM letter_ft WHERE letter_ft MATCH ?", arguments: [phrase]) ?? 0
            if count * 2 <= letterCount { return false }
        }
        return true
    }

    /// `rowids` in their order, each with its score (0 when the letter does not match).
    private func scored(_ rowids: [Int64], expression: String, db: Database) throws -> [(Int64, Double)] {
        let scores = Dictionary(try scores(of: rowids, expression: expression, db: db), uniquingKeysWith: { first, _ in first })
        return rowids.map { ($0, scores[$0] ?? 0) }
    }

    /// bm25 scores (higher is better) of the given letters for an expression, best first.
    ///
    /// One lookup per letter (FTS5 answers `rowid = ?` directly) with the IDFs counted once
    /// (``LetterRank``), so a page costs a page's work however many letters match.
    private func scores(of rowids: [Int64], expression: String, db: Database) throws -> [(Int64, Double)] {
        let key = LetterRank.open()
        defer { LetterRank.close(key) }
        let statement = try db.cachedStatement(sql: """
            SELECT \(LetterRank.name)(letter_ft, ?) FROM letter_ft WHERE letter_ft MATCH ? AND rowid = ?
            """)
        var result: [(Int64, Double)] = []
        for rowid in rowids {
            if let score = try Double.fetchOne(statement, arguments: [key, expression, rowid]) {
                result.append((rowid, score))
            }
        }
        return result.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 > $1.0 }
    }

    private func respond(
        _ request: SearchRequest, notes: [String], expression: FTS5Expression?, page: [(Int64, Double)],
        matches: [Int64], relaxed: Bool, filters: SearchFilters, facetIndex: FacetIndex, db: Database
    ) throws -> SearchResponse {
        let rowids = page.map(\.0)
        let letters = try Dictionary(
            Row.fetchAll(db, sql: """
                SELECT rowid, id, title, date, kind, text FROM letter WHERE rowid IN (\(rowids.map(String.init).joined(separator: ",")))
                """).map { ($0["rowid"] as Int64, $0) },
            uniquingKeysWith: { first, _ in first })
        let rows = page.compactMap { rowid, score in letters[rowid].map { ($0, score) } }
        let entities = try EntityReader.references(for: rowids, db: db)
        let mentionRanges = filters.entityKinds.isEmpty ? [:] : try EntityReader.firstFilteredMentions(
            for: rowids, kinds: filters.entityKinds, db: db)
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
                entities: entities[rowid] ?? []))
        }
        let facets = request.facets ? facetIndex.facets(for: matches) : Facets()
        var suggestions: [String] = []
        if let expression, !request.raw, matches.count < Self.suggestionThreshold {
            let words = expression.terms.filter { !$0.hasSuffix("*") }.flatMap { FTS5Expression.words(in: $0) }
            suggestions = try analyzers.with { try suggester.suggestions(for: words, analyzer: $0, db: db) }
        }
        return SearchResponse(
            query: request.query, total: matches.count, offset: request.offset, limit: request.limit, sort: request.sort,
            relaxed: relaxed, notes: notes, suggestions: suggestions, results: results, facets: facets)
    }
}
