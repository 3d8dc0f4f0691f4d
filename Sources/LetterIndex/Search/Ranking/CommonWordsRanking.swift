import GRDB

/// Every word is in more than half of the letters: bm25 would give each its least weight (FTS5
/// clamps such an IDF to 1e-6) and still cost a pass over most of the index. Letters with the
/// words in their title come first, then the newest, and the response says so.
struct CommonWordsRanking: RankingStrategy {
    static let note = "De woorden staan in meer dan de helft van de brieven en zeggen weinig over relevantie: "
        + "eerst brieven met de woorden in de titel, dan de nieuwste."

    func rank(_ search: RankingInput) throws -> RankedPage? {
        guard let expression = search.expression, try everyPhraseIsCommon(search) else { return nil }
        let facetIndex = search.facetIndex
        var titled = [Bool](repeating: false, count: facetIndex.rowidLimit)
        for rowid in try RowidQuery.fetch(search.db, sql: "SELECT rowid FROM letter_ft WHERE letter_ft MATCH ?",
                                        arguments: ["title : (\(expression.text))"]) where rowid >= 0 && Int(rowid) < titled.count {
            titled[Int(rowid)] = true
        }
        let letters = search.matchSet.letters
        let page = Array(TopSelection.first(search.window, of: letters) { a, b in
            let inTitleA = a >= 0 && Int(a) < titled.count && titled[Int(a)]
            let inTitleB = b >= 0 && Int(b) < titled.count && titled[Int(b)]
            return inTitleA != inTitleB ? inTitleA : facetIndex.isNewer(a, than: b)
        }.dropFirst(search.request.offset))
        let plan = search.plan(for: expression)
        return RankedPage(
            hits: try search.scorer.scored(page, plan: plan), matches: letters.sorted(), notes: [Self.note], plan: plan)
    }

    /// Whether bm25 gives every phrase of the query its least weight: each is in more than
    /// half of the letters.
    private func everyPhraseIsCommon(_ search: RankingInput) throws -> Bool {
        guard let expression = search.expression else { return false }
        let letterCount = search.facetIndex.letterCount
        guard search.matchSet.textMatches * 2 > letterCount, !expression.scoredPhrases.isEmpty else { return false }
        if expression.scoredPhrases == [expression.text] { return true }
        for phrase in expression.scoredPhrases {
            let count = try Int.fetchOne(
                search.db, sql: "SELECT count(*) FROM letter_ft WHERE letter_ft MATCH ?", arguments: [phrase]) ?? 0
            if count * 2 <= letterCount { return false }
        }
        return true
    }
}
