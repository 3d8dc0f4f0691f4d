import DutchText

/// Too few letters have every word of a many-word query: letters with any of the words, ranked
/// by bm25 over the words they have — each word weighs by its rarity — times a soft AND
/// (``ScoringPlan/coverageWeight``): a letter with half the words keeps 75% of its score. So
/// the rare word that defines a question outweighs two common ones, and the scores are in the
/// order of the ranking. Not for expert syntax; applies when it finds more letters than the
/// query with every word did.
///
/// A word in more than ``frequentShare`` of the letters (`motie`, `regering`, `Nederlandse`)
/// scores, but brings no letter in by itself: a letter must have one of the other words, which
/// also spares scoring most of the index for a pasted title.
struct RelaxedRanking: RankingStrategy {
    /// Words in more than this share of the letters are frequent.
    static let frequentShare = 0.1

    func rank(_ search: RankingInput) throws -> RankedPage? {
        let request = search.request
        let strict = search.matchSet.letters
        guard let expression = search.expression, strict.count < request.limit, expression.terms.count > 1, !request.raw
        else { return nil }
        let words = expression.termNodes
        let letterCounts = try search.vocabulary.letterCounts(db: search.db)
        let most = Self.frequentShare * Double(search.facetIndex.letterCount)
        let frequent = search.analyzers.with { analyzer in
            words.map { Double(letters(holding: $0, analyzer: analyzer, counts: letterCounts) ?? 0) > most }
        }
        let defining = zip(words, frequent).filter { !$0.1 }.map(\.0)
        let relaxed = search.analyzers.with { analyzer in
            defining.isEmpty || defining.count == words.count
                ? FTS5Expression.anyWord(of: expression, analyzer: analyzer)
                : FTS5Expression.anyWord(of: expression, analyzer: analyzer, requiringOneOf: defining)
        }
        guard let relaxed else { return nil }
        let matchSet = search.matchSet
        var plan = search.plan(for: relaxed, coverage: true)
        plan.weighting.passing = matchSet.passingMask(rowidLimit: search.facetIndex.rowidLimit)
        var scored: [(rowid: Int64, score: Double)] = []
        try search.scorer.forEachRanked(plan: plan, tokenCounts: search.facetIndex.tokenCounts, limit: nil) { rowid, score in
            if matchSet.allows(rowid) { scored.append((rowid, score)) }
            return true
        }
        guard scored.count > strict.count else { return nil }
        let page = Array(scored.dropFirst(request.offset).prefix(request.limit))
        return RankedPage(hits: page, matches: scored.map(\.rowid).sorted(), relaxed: true, plan: plan)
    }

    /// How many letters hold a word node's token, for a node that is one word of one token; nil
    /// for phrases, prefixes and words the analyzer splits.
    private func letters(holding node: QueryNode, analyzer: DutchAnalyzer, counts: [String: Int]) -> Int? {
        guard case .term(let text) = node else { return nil }
        let words = FTS5Expression.words(in: text)
        guard words.count == 1 else { return nil }
        let tokens = analyzer.tokens(in: words[0], mode: .query)
        guard tokens.count == 1 else { return nil }
        return counts[tokens[0].token] ?? 0
    }
}
