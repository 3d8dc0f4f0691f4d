/// Too few letters have every word of a many-word query: letters with any of the words, ranked
/// by bm25 over the words they have — each word weighs by its rarity — times a soft AND
/// (``ScoringPlan/coverageWeight``): a letter with half the words keeps 75% of its score. So
/// the rare word that defines a question outweighs two common ones, and the scores are in the
/// order of the ranking. Not for expert syntax; applies when it finds more letters than the
/// query with every word did.
struct RelaxedRanking: RankingStrategy {
    func rank(_ search: RankingInput) throws -> RankedPage? {
        let request = search.request
        let strict = search.matchSet.letters
        guard let expression = search.expression, strict.count < request.limit, expression.terms.count > 1, !request.raw,
            let relaxed = search.analyzers.with({ FTS5Expression.anyWord(of: expression, analyzer: $0) })
        else { return nil }
        let plan = search.plan(for: relaxed, coverage: true)
        let matchSet = search.matchSet
        var scored: [(rowid: Int64, score: Double)] = []
        try search.scorer.forEachRanked(plan: plan, tokenCounts: search.facetIndex.tokenCounts, limit: nil) { rowid, score in
            if matchSet.allows(rowid) { scored.append((rowid, score)) }
            return true
        }
        guard scored.count > strict.count else { return nil }
        let page = Array(scored.dropFirst(request.offset).prefix(request.limit))
        return RankedPage(hits: page, matches: scored.map(\.rowid).sorted(), relaxed: true, plan: plan)
    }
}
