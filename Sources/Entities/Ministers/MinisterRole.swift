/// A normalized ministerial role: title plus ministry, as used for `.minister` mention keys.
///
/// A role is labelled as the period named it:
/// - a ministry by its official name on the letter's date (``Ministry/label(on:)``): "Minister van
///   Onderwijs, Cultuur en Wetenschappen" in 1994, "… en Wetenschap" since 2003; without a date,
///   today's name;
/// - the prime minister and his deputy by their titles, "Minister-President" and
///   "Vice-Minister-President";
/// - a minister without a department named by his task ("Minister zonder Portefeuille, belast
///   met de aangelegenheden betreffende de hulp aan ontwikkelingsgebieden") as "Minister belast
///   met" and the task (``MinisterTaskReader`` says when a task counts).
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
        /// The deputy prime minister, an office beside the ministry he heads.
        case viceMinisterPresident
        /// A minister without portfolio whose portfolio is not named.
        case ministerZonderPortefeuille
    }

    /// What a minister charged with a task is called before the task: "Minister belast met …".
    static let taskPreposition = "belast met"

    /// The office.
    public let title: Title
    /// The ministry or portfolio; nil for the (Vice-)Minister-President, an unnamed portfolio and
    /// a task the ministry table does not name.
    public let ministry: Ministry?
    /// "van", "voor" or "belast met": "Minister voor Ontwikkelingssamenwerking", "Staatssecretaris
    /// van Financiën", "Minister belast met de zaken van de Koninkrijksdelen overzee".
    public let preposition: String
    /// The task of a minister named by it, as printed, when no ministry or portfolio of the
    /// table is that task: "de zaken van de Koninkrijksdelen overzee".
    public let task: String?

    /// Creates a role. `writtenPreposition` ("van"/"voor" as printed) is kept when the ministry
    /// allows it, and "belast met" for a minister always; otherwise the ministry's usual
    /// preposition is used.
    public init(title: Title, ministry: Ministry?, writtenPreposition: String? = nil) {
        self.title = title
        self.ministry = ministry
        self.task = nil
        guard let ministry else {
            self.preposition = ""
            return
        }
        switch title {
        case .minister:
            if let written = writtenPreposition,
                ministry.ministerPrepositions.contains(written) || written == Self.taskPreposition
            {
                self.preposition = written
            } else {
                self.preposition = ministry.ministerPrepositions.first ?? "van"
            }
        case .staatssecretaris:
            self.preposition = "van"
        case .ministerPresident, .viceMinisterPresident, .ministerZonderPortefeuille:
            self.preposition = ""
        }
    }

    /// A minister charged with `task`, which the ministry table does not name:
    /// "Minister belast met het Wetenschapsbeleid en het Wetenschappelijk Onderwijs".
    public init(task: String) {
        self.title = .minister
        self.ministry = nil
        self.preposition = Self.taskPreposition
        self.task = task
    }

    /// How the role is shown with today's ministry names: "Minister van Justitie en Veiligheid",
    /// "Minister-President".
    public var label: String { label(on: nil) }

    /// How the role is shown in a letter of `date`: the ministry by its name on that day
    /// (today's name when `date` is nil).
    public func label(on date: DutchDate?) -> String {
        switch title {
        case .ministerPresident:
            return "Minister-President"
        case .viceMinisterPresident:
            return "Vice-Minister-President"
        case .ministerZonderPortefeuille:
            return "Minister zonder Portefeuille"
        case .minister, .staatssecretaris:
            let office = title == .minister ? "Minister" : "Staatssecretaris"
            if let task { return "\(office) \(preposition) \(task)" }
            guard let ministry else { return office }
            return "\(office) \(preposition) \(ministry.label(on: date))"
        }
    }

    /// The mention key: the label folded to lowercase without accents,
    /// "staatssecretaris van financien".
    public var key: String { key(on: nil) }

    /// The mention key of the role in a letter of `date`: its `label(on:)` folded.
    public func key(on date: DutchDate?) -> String {
        MinisterText.folded(label(on: date))
    }
}
