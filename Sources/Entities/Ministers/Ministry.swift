/// A Dutch ministry, or the portfolio of a minister without a ministry of their own
/// (a "minister voor ...").
///
/// ```swift
/// let jenv = MinistryGazetteer.shared.ministry(matching: "J&V")
/// jenv?.label   // "Justitie en Veiligheid"
/// jenv?.lineage // "justitie-en-veiligheid"
/// ```
public struct Ministry: Sendable, Hashable {
    /// Whether this is a ministry with a department, or a portfolio inside another ministry.
    public enum Kind: String, Sendable, Hashable {
        /// A ministry with its own department: "Financiën".
        case department
        /// A portfolio of a minister without a department: "Ontwikkelingssamenwerking".
        case portfolio
    }

    /// Stable key, a slug of the official name: `"justitie-en-veiligheid"`.
    public let key: String
    /// The official name: `"Justitie en Veiligheid"`.
    public let label: String
    /// Other spellings of the name: older spelling, plural forms ("Buitenlandsche Zaken").
    public let aliases: [String]
    /// Abbreviations as written in letters: `["JenV", "J&V"]`.
    public let abbreviations: [String]
    /// Key of the ministry that continues this one today (itself when current):
    /// `"justitie"` and `"veiligheid-en-justitie"` have lineage `"justitie-en-veiligheid"`.
    public let lineage: String
    /// Department or portfolio.
    public let kind: Kind
    /// The prepositions a minister of this ministry takes, the usual one first:
    /// `["van"]` for "Minister van Financiën", `["voor"]` for "Minister voor Ontwikkelingssamenwerking".
    public let ministerPrepositions: [String]

    /// Creates a ministry entry.
    public init(
        key: String, label: String, aliases: [String] = [], abbreviations: [String] = [],
        lineage: String? = nil, kind: Kind = .department, ministerPrepositions: [String]? = nil
    ) {
        self.key = key
        self.label = label
        self.aliases = aliases
        self.abbreviations = abbreviations
        self.lineage = lineage ?? key
        self.kind = kind
        self.ministerPrepositions = ministerPrepositions ?? (kind == .department ? ["van"] : ["voor"])
    }
}
