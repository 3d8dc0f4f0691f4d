import Foundation

/// The scores of every letter against one source letter, in arrays by rowid: shared
/// characteristic terms (BM25 of the source's terms, weighted by their tf·idf, relative to the
/// source's own score), a shared own dossier, and shared rare entities.
struct SimilarityScores {
    /// BM25's term saturation and length normalization.
    static let k1 = 1.2
    static let b = 0.75
    /// A letter of the source's own dossier: this much, plus ``dossierRarityBonus`` for a small dossier.
    static let dossierBonus = 0.15
    static let dossierRarityBonus = 0.25
    /// A letter naming the source's own dossier without being in it.
    static let citedDossierBonus = 0.08
    /// One shared rare entity counts this much at most (a pair of letters naming it); all of them together ``entityCap``.
    static let entityWeight = 0.08
    static let entityCap = 0.25
    /// Kinds that say less of a subject: a country is named on many subjects, a member of
    /// parliament speaks on every subject of a portfolio.
    static let broadKinds = ["country": 0.3, "person": 0.5]
    /// Below this score a letter is not listed: it shares nothing worth showing.
    static let minimumScore = 0.05

    private let source: Int64
    private let model: SimilarityModel
    /// Per rowid: summed BM25 of the source's terms, and which terms (bit `i`: term `i`).
    private(set) var text: [Double]
    private(set) var matchedTerms: [UInt32]
    /// Per rowid: dossier and entity bonus.
    private(set) var ties: [Double]
    /// Per rowid with a tie: the source's entities it shares (indices into the entities).
    private(set) var sharedEntities: [Int64: [Int]] = [:]
    /// The source's own score: what a letter identical to it would get.
    private(set) var selfScore = 0.0

    init(source: Int64, model: SimilarityModel) {
        self.source = source
        self.model = model
        let count = model.lengths.count
        text = Array(repeating: 0, count: count)
        matchedTerms = Array(repeating: 0, count: count)
        ties = Array(repeating: 0, count: count)
    }

    /// BM25 of one occurrence count in a letter of `length` tokens, without the idf.
    func saturation(_ frequency: Double, length: Double) -> Double {
        frequency * (Self.k1 + 1) / (frequency + Self.k1 * (1 - Self.b + Self.b * length / model.averageLength))
    }

    /// Counts term number `index` (of at most 32) with the letters holding it, as `visit` gives them.
    mutating func addTerm(
        _ index: Int, _ term: CharacteristicTerms.Term, sourceLength: Double,
        postings: ((_ visit: (Int64, Int, Int) -> Void) throws -> Void)
    ) rethrows {
        guard index >= 0, index < 32 else { return }
        let bit = UInt32(1) << UInt32(index)
        selfScore += term.weight * saturation(term.frequency, length: sourceLength)
        try postings { rowid, title, body in
            guard rowid >= 0, rowid < Int64(text.count), rowid != source else { return }
            let frequency = CharacteristicTerms.titleBoost * Double(title) + Double(body)
            text[Int(rowid)] += term.weight * saturation(frequency, length: model.length(of: rowid))
            matchedTerms[Int(rowid)] |= bit
        }
    }

    /// Counts the source's entities: letters of its own dossiers and letters naming its rarer entities.
    mutating func addEntities(_ shared: SharedEntities) {
        let total = model.rarity.letterCount
        var entityScore: [Int64: Double] = [:]
        for (index, entity) in shared.entities.enumerated() {
            if entity.own {
                let rarity = SharedEntities.rarity(letters: entity.ownLetters.count, of: total)
                for rowid in entity.letters where rowid != source && rowid >= 0 && rowid < Int64(ties.count) {
                    ties[Int(rowid)] += entity.ownLetters.contains(rowid)
                        ? Self.dossierBonus + Self.dossierRarityBonus * rarity : Self.citedDossierBonus
                    sharedEntities[rowid, default: []].append(index)
                }
                continue
            }
            let weight = Self.entityWeight * SharedEntities.rarity(letters: entity.letters.count, of: total)
                * (Self.broadKinds[entity.kind] ?? 1)
            for rowid in entity.letters where rowid != source && rowid >= 0 && rowid < Int64(ties.count) {
                entityScore[rowid, default: 0] += weight
                sharedEntities[rowid, default: []].append(index)
            }
        }
        for (rowid, score) in entityScore { ties[Int(rowid)] += min(score, Self.entityCap) }
    }

    /// The `limit` best letters with their scores, best first (ties by rowid, newest rowid first).
    func best(_ limit: Int) -> [(rowid: Int64, score: Double)] {
        var scored: [(rowid: Int64, score: Double)] = []
        for index in text.indices where text[index] > 0 || ties[index] > 0 {
            let score = self.score(of: Int64(index))
            if score >= Self.minimumScore { scored.append((Int64(index), score)) }
        }
        return TopSelection.first(limit, of: scored) { $0.score != $1.score ? $0.score > $1.score : $0.rowid > $1.rowid }
    }

    /// The score of letter `rowid`: its shared terms relative to the source's own (0…1) plus its ties.
    func score(of rowid: Int64) -> Double {
        guard rowid >= 0, rowid < Int64(text.count) else { return 0 }
        let words = selfScore > 0 ? min(1, text[Int(rowid)] / selfScore) : 0
        return words + ties[Int(rowid)]
    }

    /// The indices of the terms letter `rowid` shares with the source, weightiest first.
    func sharedTerms(of rowid: Int64) -> [Int] {
        guard rowid >= 0, rowid < Int64(matchedTerms.count) else { return [] }
        let bits = matchedTerms[Int(rowid)]
        return (0..<32).filter { bits & (UInt32(1) << UInt32($0)) != 0 }
    }
}
