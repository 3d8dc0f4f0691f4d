/// An entity named in a letter, as results and letters list them.
public struct EntityReference: Sendable, Codable, Hashable {
    /// `country`, `minister`, `dossier`, …
    public var kind: String
    /// ISO code, normalized role, dossier number…
    public var key: String
    /// How it is shown.
    public var label: String
    /// Mentions in the letter.
    public var count: Int
    /// The letter's own (signer, own dossier, letter date).
    public var primary: Bool
}

/// One hit: the contract of `search --json` and `GET /search`.
public struct SearchHit: Sendable, Codable, Hashable {
    /// The letter id (path relative to the corpus without extension).
    public var id: String
    /// The title.
    public var title: String
    /// `yyyy-mm-dd` or nil (`null` in JSON).
    @ExplicitNull public var date: String?
    /// `brief`, `motie`, `kamervragen`, `other`.
    public var kind: String
    /// Higher is better (negated bm25), rounded to three decimals; 0 when sorted without a text query.
    public var score: Double
    /// The score before rounding (not part of the JSON contract): for comparing rankings.
    public var exactScore: Double = 0
    /// Plain text fragments around the best matches, joined with `…`.
    public var snippet: String
    /// `[start, end)` ranges into `snippet`, in Unicode scalars (code points).
    public var highlights: [[Int]]
    /// The entities the letter names.
    public var entities: [EntityReference]
    /// The score taken apart, when the request asked for it (`explain`); absent otherwise.
    public var explanation: ScoreExplanation?

    enum CodingKeys: String, CodingKey {
        case id, title, date, kind, score, snippet, highlights, entities, explanation
    }
}

/// One value of a facet with its count over the whole result set.
public struct FacetValue: Sendable, Codable, Hashable {
    /// The filter value to use (`GR`, `32317`, `2025`, `motie`, a role key).
    public var key: String
    /// How it is shown.
    public var label: String
    /// Letters in the result set with this value.
    public var count: Int
}

/// Counts per country, minister, dossier, year and kind over the whole result set.
public struct Facets: Sendable, Codable, Hashable {
    /// Countries by ISO code.
    public var country: [FacetValue] = []
    /// Ministers by role.
    public var minister: [FacetValue] = []
    /// Dossiers by number.
    public var dossier: [FacetValue] = []
    /// Years.
    public var year: [FacetValue] = []
    /// Kinds.
    public var kind: [FacetValue] = []

    /// Empty facets.
    public init() {}
}

/// The answer to a search: the contract of `search --json` and `GET /search`.
public struct SearchResponse: Sendable, Codable, Hashable {
    /// The query as typed.
    public var query: String
    /// Matching letters in all (exact).
    public var total: Int
    /// The page's offset.
    public var offset: Int
    /// The page size.
    public var limit: Int
    /// The order used.
    public var sort: SearchSort
    /// True when not every word matched and letters matching most words are shown.
    public var relaxed: Bool
    /// What the query parser repaired or ignored.
    public var notes: [String]
    /// Closest index terms when the query found nothing or very little.
    public var suggestions: [String]
    /// The page of hits.
    public var results: [SearchHit]
    /// Counts over the whole result set.
    public var facets: Facets
}
