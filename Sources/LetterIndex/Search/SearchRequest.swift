/// How results are ordered.
public enum SearchSort: String, Sendable, Codable, CaseIterable {
    /// Best match first (bm25, title weighted above body).
    case relevance
    /// Newest first.
    case date
}

/// One search: the text the user typed, the filters, the page.
///
/// ```swift
/// var request = SearchRequest(query: "herplaatsing")
/// request.countries = ["CY"]
/// request.sort = .date
/// ```
public struct SearchRequest: Sendable, Hashable {
    /// The query as typed (words, phrases, operators, field filters).
    public var query: String
    /// Results per page (1…100).
    public var limit = 10
    /// Results to skip.
    public var offset = 0
    /// The order.
    public var sort = SearchSort.relevance
    /// Country filters: ISO codes or names (`GR`, `Griekenland`, `Griekse`).
    public var countries: [String] = []
    /// Minister filters: a name (`van weel`) or a role (`minister van asiel en migratie`).
    public var ministers: [String] = []
    /// Dossier filters (`32317`, `21 501-20`, `36600 VI`).
    public var dossiers: [String] = []
    /// Person filters (members of parliament).
    public var persons: [String] = []
    /// Organisation filters.
    public var organisations: [String] = []
    /// Kind filters: `brief`, `motie`, `kamervragen`, `other`.
    public var kinds: [String] = []
    /// Letters dated on or after this day (`yyyy`, `yyyy-mm` or `yyyy-mm-dd`).
    public var from: String?
    /// Letters dated on or before this day (`yyyy`, `yyyy-mm` or `yyyy-mm-dd`).
    public var to: String?
    /// Expert mode: `query` is FTS5 syntax, checked by SQLite.
    public var raw = false
    /// Whether to count facets over the whole result set.
    public var facets = true
    /// Whether to compute snippets.
    public var snippets = true
    /// Whether each hit carries its score taken apart (``ScoreExplanation``).
    public var explain = false

    /// A request for `query`, first page, by relevance.
    public init(query: String) {
        self.query = query
    }

    /// The largest page size.
    public static let maximumLimit = 100
    /// The largest offset.
    public static let maximumOffset = 10_000
    /// The longest query, in characters.
    public static let maximumQueryLength = 2_000
}
