/// A search by filters only (no text): the newest letters first, undated last.
struct NewestFirstRanking: RankingStrategy {
    func rank(_ search: RankingInput) throws -> RankedPage? {
        guard search.expression == nil else { return nil }
        let letters = search.matchSet.filtered ?? []
        let page = search.facetIndex.newest(letters, count: search.window).dropFirst(search.request.offset)
        return RankedPage(hits: page.map { ($0, 0) }, matches: letters)
    }
}
