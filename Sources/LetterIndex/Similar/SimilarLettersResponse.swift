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
    /// `yyyy-mm-dd` or nil.
    public var date: String?
    /// How similar: shared characteristic words (0…1) plus a shared dossier and rare entities; higher is closer.
    public var score: Double
    /// Why: the evidence behind the score, as data (renderers word it).
    public var reasons: SimilarityReasons

    enum CodingKeys: String, CodingKey {
        case id, title, date, score, reasons
    }

    /// Encodes every key of the contract, `"date": null` included.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(date, forKey: .date)
        try container.encode(score, forKey: .score)
        try container.encode(reasons, forKey: .reasons)
    }
}

/// What two letters share.
public struct SimilarityReasons: Sendable, Codable, Hashable {
    /// Dossiers both letters belong to (each letter's own dossier).
    public var dossiers: [SharedEntity] = []
    /// The source letter's characteristic words the other letter holds too, as written in the source, weightiest first.
    public var terms: [String] = []
    /// Rarer entities both name: persons, organisations, cited dossiers, countries, toezeggingen.
    public var entities: [SharedEntity] = []

    /// No reasons.
    public init(dossiers: [SharedEntity] = [], terms: [String] = [], entities: [SharedEntity] = []) {
        self.dossiers = dossiers
        self.terms = terms
        self.entities = entities
    }
}

/// An entity two letters share.
public struct SharedEntity: Sendable, Codable, Hashable {
    /// `dossier`, `person`, `organisation`, …
    public var kind: String
    /// The entity key (dossier number, ISO code, …).
    public var key: String
    /// How it is shown.
    public var label: String

    /// An entity with its kind, key and label.
    public init(kind: String, key: String, label: String) {
        self.kind = kind
        self.key = key
        self.label = label
    }
}
