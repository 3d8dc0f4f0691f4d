/// Few letters pass the filters: each is scored by its own bm25 lookup, which costs less than
/// ranking every match of the text and dropping those the filters exclude.
struct OneByOneRanking: RankingStrategy {
    /// Filtered match sets up to this size are ranked one by one.
    static let limit = 300

    func rank(_ search: RankingInput) throws -> RankedPage? {
        let letters = search.matchSet.letters
        guard let expression = search.expression, search.matchSet.hasFilters, letters.count <= Self.limit else { return nil }
        let plan = search.plan(for: expression)
        let scores = try search.scorer.scores(of: letters, plan: plan)
        return RankedPage(
            hits: Array(scores.dropFirst(search.request.offset).prefix(search.request.limit)), matches: letters.sorted(), plan: plan)
    }
}
