/// What a ranking scores with: the MATCH text, its phrases, and how ``LetterRank`` weighs
/// them (proximity bonus, word coverage, the query's entities).
struct ScoringPlan {
    /// The MATCH text scored.
    var expression: String
    /// Its phrases in FTS5's numbering (empty for expert syntax).
    var phrases: [ExpressionPhrase]
    /// The weights handed to ``LetterRank``.
    var weighting: LetterRank.Weighting
    /// The query's entities that boost letters naming them.
    var entities: EntityBoost?

    /// A proximity phrase's bm25 part counts this much: neighbouring words standing together
    /// weigh up to 1 + this times their weight apart.
    static let proximityWeight = 0.5
    /// How much a relaxed query's score depends on the share of its words a letter has.
    static let coverageWeight = 0.5

    /// Plain bm25 over an expression (expert syntax, or where nothing else applies).
    init(text: String) {
        expression = text
        phrases = []
        weighting = LetterRank.Weighting()
    }

    /// The ranking expression of a query (with its proximity bonus), weighing the share of its
    /// words a letter has when `coverage` (relaxed queries) and the entities in `entities`.
    init(_ query: FTS5Expression, coverage: Bool, entities: EntityBoost?) {
        expression = query.rankingText
        phrases = query.rankingPhrases
        self.entities = entities
        var weighting = LetterRank.Weighting()
        if phrases.contains(where: { $0.role == .proximity || $0.role == .gate }) {
            weighting.phraseWeights = phrases.map { $0.role == .proximity ? Self.proximityWeight : $0.role == .gate ? 0 : 1 }
        }
        if coverage {
            var words = [[Int]](repeating: [], count: query.terms.count)
            for (index, phrase) in phrases.enumerated() where phrase.role == .word || phrase.role == .part {
                if let term = phrase.term, term >= 0, term < words.count { words[term].append(index) }
            }
            weighting.words = words.filter { !$0.isEmpty }
            weighting.coverageWeight = Self.coverageWeight
        }
        if let entities {
            weighting.entityBits = entities.letterBits
            weighting.entityFactor = EntityBoost.factor
        }
        self.weighting = weighting
    }

    /// A session for one call: token counts by rowid, breakdowns kept when `explains`.
    func session(tokenCounts: [Int32] = [], explains: Bool = false) -> LetterRank.Session {
        LetterRank.Session(tokenCounts: tokenCounts, weighting: weighting, explains: explains)
    }
}
