/// The general case: every matching letter ranked by bm25 in SQL (``LetterRank``, with the
/// proximity bonus and the query's entities), the page read off the top. `letter_rank` takes
/// each letter's length from the facet index, where FTS5's own `bm25()` would look it up in
/// `letter_ft_docsize` row by row.
struct BM25Ranking: RankingStrategy {
    func rank(_ search: RankingInput) throws -> RankedPage? {
        guard let expression = search.expression else { return nil }
        let request = search.request
        let matchSet = search.matchSet
        var plan = search.plan(for: expression)
        // Letters the filters exclude are passed over before their matches are read.
        plan.weighting.passing = matchSet.passingMask(rowidLimit: search.facetIndex.rowidLimit)
        var page: [(rowid: Int64, score: Double)] = []
        var skipped = 0
        // Without filters SQLite stops at the page's end; with them, letters the filters
        // exclude are passed over on the way.
        try search.scorer.forEachRanked(
            plan: plan, tokenCounts: search.facetIndex.tokenCounts,
            limit: matchSet.hasFilters ? nil : search.window
        ) { rowid, score in
            guard matchSet.allows(rowid) else { return true }
            if skipped < request.offset {
                skipped += 1
            } else {
                page.append((rowid, score))
            }
            return page.count < request.limit
        }
        return RankedPage(hits: page, matches: matchSet.letters.sorted(), plan: plan)
    }
}
