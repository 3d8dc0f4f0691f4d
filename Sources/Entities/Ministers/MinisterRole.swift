/// A normalized ministerial role: title plus ministry, as used for `.minister` mention keys.
///
/// ```swift
/// let role = MinisterRole(title: .minister, ministry: MinistryGazetteer.shared.ministry(key: "asiel-en-migratie"))
/// role.label // "Minister van Asiel en Migratie"
/// role.key   // "minister van asiel en migratie"
/// ```
public struct MinisterRole: Sendable, Hashable {
    /// The kind of office.
    public enum Title: String, Sendable, Hashable {
        /// A minister heading a ministry or holding a portfolio.
        case minister
        /// A state secretary.
        case staatssecretaris
        /// The prime minister.
        case ministerPresident
        /// A minister without portfolio whose portfolio is not named.
        case ministerZonderPortefeuille
    }

    /// The office.
    public let title: Title
    /// The ministry or portfolio; nil for the Minister-President and an unnamed portfolio.
    public let ministry: Ministry?
    /// "van" or "voor": "Minister voor Ontwikkelingssamenwerking", "Staatssecretaris van Financiën".
    public let preposition: String

    /// Creates a role. `writtenPreposition` ("van"/"voor" as printed) is kept when the ministry
    /// allows it; otherwise the ministry's usual preposition is used.
    public init(title: Title, ministry: Ministry?, writtenPreposition: String? = nil) {
        self.title = title
        self.ministry = ministry
        guard let ministry else {
            self.preposition = ""
            return
        }
        switch title {
        case .minister:
            if let written = writtenPreposition, ministry.ministerPrepositions.contains(written) {
                self.preposition = written
            } else {
                self.preposition = ministry.ministerPrepositions.first ?? "van"
            }
        case .staatssecretaris:
            self.preposition = "van"
        case .ministerPresident, .ministerZonderPortefeuille:
            self.preposition = ""
        }
    }

    /// How the role is shown: "Minister van Justitie en Veiligheid", "Minister-President".
    public var label: String {
        switch title {
        case .ministerPresident:
            return "Minister-President"
        case .ministerZonderPortefeuille:
            return "Minister zonder Portefeuille"
        case .minister, .staatssecretaris:
            let office = title == .minister ? "Minister" : "Staatssecretaris"
            guard let ministry else { return office }
            return "\(office) \(preposition) \(ministry.label)"
        }
    }

    /// The mention key: the label folded to lowercase without accents,
    /// "staatssecretaris van financien".
    public var key: String {
        MinisterText.folded(label)
    }
}
