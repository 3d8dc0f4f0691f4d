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

    /// One official name of the ministry and the day it took effect (the table's
    /// `MinistryTable.periodNames` makes them).
    public struct PeriodName: Sendable, Hashable {
        /// The official name from `from` on: `"Onderwijs, Cultuur en Wetenschappen"`.
        public let label: String
        /// The first day of the name.
        public let from: DutchDate
    }

    /// Stable key, a slug of the official name: `"justitie-en-veiligheid"`.
    public let key: String
    /// The official name today (or the last one, for a ministry that is gone): `"Justitie en Veiligheid"`.
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
    /// The official names of a ministry that was renamed while it stayed the same ministry (same
    /// key), oldest first, the last one `label`; empty when it kept one name. A ministry that
    /// became another one (Onderwijs en Wetenschappen before Onderwijs, Cultuur en
    /// Wetenschappen) is an entry of its own with `lineage`, and keeps its own name.
    public let periodNames: [PeriodName]

    /// Creates a ministry entry.
    public init(
        key: String, label: String, aliases: [String] = [], abbreviations: [String] = [],
        lineage: String? = nil, kind: Kind = .department, ministerPrepositions: [String]? = nil,
        periodNames: [PeriodName] = []
    ) {
        self.key = key
        self.label = label
        self.aliases = aliases
        self.abbreviations = abbreviations
        self.lineage = lineage ?? key
        self.kind = kind
        self.ministerPrepositions = ministerPrepositions ?? (kind == .department ? ["van"] : ["voor"])
        self.periodNames = periodNames
    }

    /// The official name on `date`: the period name in force that day (the oldest one before
    /// the first period), or `label` when the date is unknown or the ministry kept one name.
    ///
    /// ```swift
    /// let ocw = MinistryGazetteer.shared.ministry(key: "onderwijs-cultuur-en-wetenschap")
    /// ocw?.label(on: DutchDate(year: 1994, month: 9, day: 1))  // "Onderwijs, Cultuur en Wetenschappen"
    /// ocw?.label(on: DutchDate(year: 2025, month: 4, day: 24)) // "Onderwijs, Cultuur en Wetenschap"
    /// ```
    public func label(on date: DutchDate?) -> String {
        guard let date, let first = periodNames.first else { return label }
        return periodNames.last { $0.from <= date }?.label ?? first.label
    }
}
