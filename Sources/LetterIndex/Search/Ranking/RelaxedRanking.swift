import Foundation

/// Not every word of the query is in a page's worth of letters together: letters matching most
/// of the words, ranked by how many they match, then their summed IDF, then bm25 for the best
/// `window × 3` only. Applies to page 1 of a many-word query (not to expert syntax), and only
/// when it finds more letters than the query with every word did.
struct RelaxedRanking: RankingStrategy {
    func rank(_ search: RankingInput) throws -> RankedPage? {
        let request = search.request
        let strict = search.matchSet.letters
        guard let expression = search.expression, strict.count < request.limit, request.offset == 0,
            expression.terms.count > 1, !request.raw
        else { return nil }
        let termExpressions = search.analyzers.with { analyzer in
            expression.terms.compactMap { FTS5Expression(.term($0), analyzer: analyzer)?.text }
        }
        let facetIndex = search.facetIndex
        // Per letter (dense by rowid): how many words it matches and the summed IDF of those words.
        var counts = [UInt8](repeating: 0, count: facetIndex.rowidLimit)
        var weights = [Double](repeating: 0, count: facetIndex.rowidLimit)
        var touched: [Int64] = []
        let letterCount = Double(max(facetIndex.letterCount, 1))
        for term in termExpressions {
            let hits = try search.matchSet.matching(term, db: search.db).passing
            let idf = log(1 + letterCount / Double(max(hits.count, 1)))
            for rowid in hits where rowid >= 0 && Int(rowid) < counts.count {
                let index = Int(rowid)
                if counts[index] == 0 { touched.append(rowid) }
                counts[index] &+= 1
                weights[index] += idf
            }
        }
        guard touched.count > strict.count else { return nil }
        let candidates = TopSelection.first(search.window * 3, of: touched) { a, b in
            let (ca, cb) = (counts[Int(a)], counts[Int(b)])
            let (wa, wb) = (weights[Int(a)], weights[Int(b)])
            return ca != cb ? ca > cb : wa != wb ? wa > wb : a > b
        }
        let ranked = try search.scorer.scored(candidates, expression: termExpressions.joined(separator: " OR ")).sorted { a, b in
            let (ca, cb) = (counts[Int(a.rowid)], counts[Int(b.rowid)])
            return ca != cb ? ca > cb : a.score != b.score ? a.score > b.score : a.rowid > b.rowid
        }
        let page = Array(ranked.dropFirst(request.offset).prefix(request.limit))
        return RankedPage(hits: page, matches: touched.sorted(), relaxed: true)
    }
}
