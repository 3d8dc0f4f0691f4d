/// A parsed user query, before analysis: what the user asked for, as a tree.
public indirect enum QueryNode: Sendable, Hashable {
    /// One word as typed (it may still analyze to several tokens, e.g. `foo/bar`).
    case term(String)
    /// Words that must stand together in this order.
    case phrase([String])
    /// A word prefix (`verplicht*`), never stemmed.
    case prefix(String)
    /// All must match.
    case and([QueryNode])
    /// Any may match.
    case or([QueryNode])
    /// Must not match (only meaningful inside `and`).
    case not(QueryNode)
    /// Terms within `distance` words of each other (`NEAR(a b, 5)`).
    case near([QueryNode], distance: Int)
    /// A node restricted to the title column (`titel:woord`).
    case title(QueryNode)
}

/// A field filter typed in the query, e.g. `land:Griekenland` or `van:2020-01-01`.
public struct QueryFilter: Sendable, Hashable {
    /// The field as typed, folded to its canonical name.
    public var field: SearchField
    /// The value as typed.
    public var value: String
}

/// The fields a query may filter on, by their Dutch and English names.
public enum SearchField: String, Sendable, Hashable, CaseIterable {
    case country = "land"
    case minister
    case dossier
    case kind = "soort"
    case from = "van"
    case to = "tot"
    case person = "persoon"
    case organisation = "organisatie"

    /// The field for a name typed before a colon (`land`, `country`, `soort`, `kind`…).
    public init?(typed: String) {
        switch typed.lowercased() {
        case "land", "country": self = .country
        case "minister", "bewindspersoon": self = .minister
        case "dossier", "kamerstuk": self = .dossier
        case "soort", "kind", "type": self = .kind
        case "van", "from", "vanaf": self = .from
        case "tot", "to", "until": self = .to
        case "persoon", "person", "lid": self = .person
        case "organisatie", "organisation", "org": self = .organisation
        default: return nil
        }
    }
}

/// The result of parsing: the text part as a tree, the field filters, and notes for the user.
public struct ParsedQuery: Sendable, Hashable {
    /// The text part; nil when the query has only filters (or nothing).
    public var node: QueryNode?
    /// Field filters typed in the query.
    public var filters: [QueryFilter]
    /// What the parser repaired or ignored ("unbalanced quote closed", "lone OR ignored").
    public var notes: [String]
}
