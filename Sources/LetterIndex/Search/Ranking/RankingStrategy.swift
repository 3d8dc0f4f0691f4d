import GRDB

/// One way to pick and score a page of results. ``LetterSearch`` tries its strategies in order
/// (``LetterSearch/rankings``); the first that applies ranks the page.
protocol RankingStrategy: Sendable {
    /// The page ranked this way, or nil when this strategy does not apply to the search.
    func rank(_ search: RankingInput) throws -> RankedPage?
}

/// What every strategy may look at: the request, the query, the letters that match, the
/// facet index (dates, lengths) and the connection.
struct RankingInput {
    /// The request: page, sort, whether the query is expert syntax.
    let request: SearchRequest
    /// The query as FTS5 syntax; nil for a search by filters only.
    let expression: FTS5Expression?

    /// Results up to the end of the requested page.
    var window: Int { request.offset + request.limit }

    /// The letters the filters allow and those the text matches.
    let matchSet: MatchSet
    /// Per letter its date and length; the number of letters.
    let facetIndex: FacetIndex

    /// Scores letters with `letter_rank` (bm25 and the plan's weights).
    var scorer: LetterScorer { LetterScorer(db: db) }

    /// The entities the query names as free text, which boost letters naming them.
    let entities: EntityBoost?

    /// How to score the query's letters: plain bm25 for expert syntax; otherwise with the
    /// proximity bonus, the query's entities and, when `coverage`, the share of words matched.
    func plan(for expression: FTS5Expression, coverage: Bool = false) -> ScoringPlan {
        request.raw ? ScoringPlan(text: expression.text) : ScoringPlan(expression, coverage: coverage, entities: entities)
    }

    /// Analyzers for building each word's own expression (``RelaxedRanking``).
    let analyzers: AnalyzerPool
    /// The index vocabulary with the letters per term (kept by the spelling suggester).
    let vocabulary: SpellingSuggester
    /// The connection of the search's read transaction.
    let db: Database
}

/// One ranked page and the set it was taken from.
struct RankedPage {
    /// The page: each letter with its score (0 when not scored).
    var hits: [(rowid: Int64, score: Double)]
    /// Every letter in the result set, ascending: the total and the facets count these.
    var matches: [Int64]
    /// True when not every word matched (``RelaxedRanking``).
    var relaxed = false
    /// What the response says about the ranking.
    var notes: [String] = []
    /// How the hits were scored, for explaining them; nil when they were not scored.
    var plan: ScoringPlan?
}
