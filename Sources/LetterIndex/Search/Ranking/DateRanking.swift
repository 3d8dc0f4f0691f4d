/// `sort=date`: the newest matching letters, each with its bm25 score for the reader.
struct DateRanking: RankingStrategy {
    func rank(_ search: RankingInput) throws -> RankedPage? {
        guard search.request.sort == .date, let expression = search.expression else { return nil }
        let letters = search.matchSet.letters
        let page = Array(search.facetIndex.newest(letters, count: search.window).dropFirst(search.request.offset))
        let plan = search.plan(for: expression)
        return RankedPage(hits: try search.scorer.scored(page, plan: plan), matches: letters.sorted(), plan: plan)
    }
}
