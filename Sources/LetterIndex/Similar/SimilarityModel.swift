import Foundation
import GRDB

/// What similar-letter requests share for one index generation: term rarities and each letter's
/// length in tokens (BM25's length normalization).
final class SimilarityModel: Sendable {
    let generation: String
    let rarity: TermRarity
    /// Tokens per rowid (title and text), -1 when unknown.
    let lengths: [Int32]
    /// The mean length of the letters.
    let averageLength: Double

    init(db: Database, generation: String) throws {
        self.generation = generation
        rarity = try TermRarity(db: db)
        // The facet index reads `letter_ft_docsize` once; only its lengths are kept here.
        lengths = try FacetIndex(db: db, generation: generation).tokenCounts
        let known = lengths.filter { $0 >= 0 }
        averageLength = known.isEmpty ? 1 : max(1, Double(known.reduce(0) { $0 + Int($1) }) / Double(known.count))
    }

    /// The length of letter `rowid`, the average when unknown.
    func length(of rowid: Int64) -> Double {
        guard rowid >= 0, rowid < Int64(lengths.count), lengths[Int(rowid)] >= 0 else { return averageLength }
        return Double(lengths[Int(rowid)])
    }
}

/// Holds the current ``SimilarityModel`` and rebuilds it when an ingest changed the index.
final class SimilarityModelCache: @unchecked Sendable {
    private let lock = NSLock()
    private var current: SimilarityModel?

    /// The model of `generation` (read by the caller from `meta`), built when new.
    func model(db: Database, generation: String) throws -> SimilarityModel {
        if let current = lock.withLock({ current }), current.generation == generation { return current }
        let fresh = try SimilarityModel(db: db, generation: generation)
        lock.withLock { current = fresh }
        return fresh
    }
}
