/// The letters most like one letter: the contract of `similar --json` and `GET /letters/{id}/similar`.
public struct SimilarLettersResponse: Sendable, Codable, Hashable {
    /// The letter they are like.
    public var id: String
    /// The similar letters, most similar first.
    public var results: [SimilarLetter]
}

/// One similar letter, with why it is similar.
public struct SimilarLetter: Sendable, Codable, Hashable {
    /// The letter id.
    public var id: String
    /// The title.
    public var title: String
    /// `yyyy-mm-dd`, or null (the key is always there).
    @ExplicitNull public var date: String?
    /// How similar: shared characteristic words (0…1) plus a shared dossier and rare entities; higher is closer.
    public var score: Double
    /// Why: the evidence behind the score, as data (renderers word it).
    public var reasons: SimilarityReasons
}

/// What two letters share. Entities carry the number of letters naming them (for a dossier: its own letters).
public struct SimilarityReasons: Sendable, Codable, Hashable {
    /// Dossiers both letters belong to (each letter's own dossier).
    public var dossiers: [EntitySummary] = []
    /// The source letter's characteristic words the other letter holds too, as written in the source, weightiest first.
    public var terms: [String] = []
    /// Rarer entities both name: persons, organisations, cited dossiers, countries, toezeggingen.
    public var entities: [EntitySummary] = []

    /// No reasons.
    public init(dossiers: [EntitySummary] = [], terms: [String] = [], entities: [EntitySummary] = []) {
        self.dossiers = dossiers
        self.terms = terms
        self.entities = entities
    }
}
