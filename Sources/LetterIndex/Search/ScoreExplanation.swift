/// Why a letter has its score: the contract of `search --explain` and `explain=1`.
///
/// `score` = the sum of the parts' scores × `coverage` × `entityBoost`.
public struct ScoreExplanation: Sendable, Codable, Hashable {
    /// One phrase of the query found in the letter.
    public struct Part: Sendable, Codable, Hashable {
        /// The query word it belongs to, as typed (for proximity: both words).
        public var word: String
        /// The phrase as searched (`"co2"`, `"openbaar"`).
        public var phrase: String
        /// `word` (the word's whole form), `part` (a part of a compound or hyphenated word) or
        /// `proximity` (the word standing next to its neighbour in the query).
        public var role: String
        /// How much one match weighs: its IDF (rarity), times the bonus weight for proximity.
        public var weight: Double
        /// Matches in the title (each counts 10 times).
        public var inTitle: Int
        /// Matches in the text.
        public var inText: Int
        /// Its part of the sum (bm25: the weight times a saturating function of the matches).
        public var score: Double
    }

    /// The phrases found, largest part first.
    public var parts: [Part]
    /// Query words the letter has (for relaxed queries; otherwise every word).
    public var wordsMatched: Int
    /// Query words.
    public var words: Int
    /// The factor for having only some of the words (1 when it has them all).
    public var coverage: Double
    /// Entities named in the query that the letter names too.
    public var entities: [String]
    /// The factor for naming them (1 when none).
    public var entityBoost: Double
    /// The score.
    public var score: Double
}
