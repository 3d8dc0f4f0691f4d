import Foundation
import GRDB

/// What similar-letter requests share for one index generation: term rarities and each letter's
/// length in tokens (BM25's length normalization).
final class SimilarityModel: Sendable {
    let rarity: TermRarity
    /// Tokens per rowid (title and text), -1 when unknown.
    let lengths: [Int32]
    /// The mean length of the letters.
    let averageLength: Double

    /// The model of the index as `db` reads it, with the letters' lengths of its facet index.
    init(db: Database, facetIndex: FacetIndex) throws {
        rarity = try TermRarity(db: db)
        lengths = facetIndex.tokenCounts
        let known = lengths.filter { $0 >= 0 }
        averageLength = known.isEmpty ? 1 : max(1, Double(known.reduce(0) { $0 + Int($1) }) / Double(known.count))
    }

    /// The length of letter `rowid`, the average when unknown.
    func length(of rowid: Int64) -> Double {
        guard rowid >= 0, rowid < Int64(lengths.count), lengths[Int(rowid)] >= 0 else { return averageLength }
        return Double(lengths[Int(rowid)])
    }
}
