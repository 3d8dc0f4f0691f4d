/// A user's minister filter ("minister:van weel", "minister:justitie",
/// "minister:minister van asiel en migratie") resolved to the mention keys it selects.
///
/// - a role ("staatssecretaris van financiën") selects that role's key;
/// - a ministry ("justitie", "JenV", "ocw") selects the minister and state secretary roles of that
///   ministry and, for a department, of its predecessors and the portfolios housed in it
///   ("justitie" also finds "Minister van Veiligheid en Justitie" and "Minister voor Rechtsbescherming");
/// - anything else is a person's name, matched against the surname printed with a role and
///   against `.person` keys ("van weel", "weel", "Rikkers-Oosterkamp").
///
/// ```swift
/// let query = MinisterQuery("asiel en migratie")
/// query.roleKeys // ["minister van asiel en migratie", "minister voor asiel en migratie", "staatssecretaris van asiel en migratie"]
/// query.matches(mention) // true for a .minister mention with one of those keys
/// ```
public struct MinisterQuery: Sendable, Hashable {
    /// The filter text as typed.
    public let text: String
    /// `.minister` mention keys selected.
    public let roleKeys: Set<String>
    /// `.ministry` mention keys selected.
    public let ministryKeys: Set<String>
    /// Folded person name to match, when the text names no role or ministry: `"van weel"`.
    public let personKey: String?

    /// Resolves `text` against the ministry table.
    public init(_ text: String, gazetteer: MinistryGazetteer = .shared) {
        self.text = text
        let folded = MinisterText.folded(text)
        var roles: Set<String> = []
        var ministries: Set<String> = []
        var person: String?
        if folded == "minister-president" || folded == "minister president" || folded == "premier" {
            roles.insert(MinisterRole(title: .ministerPresident, ministry: nil).key)
        } else if let parsed = Self.roles(in: folded, gazetteer: gazetteer), !parsed.isEmpty {
            for (role, ministry) in parsed {
                if let role { roles.formUnion(Self.keys(of: role)) }
                if let ministry { ministries.insert(ministry.key) }
            }
        } else if let ministry = gazetteer.ministry(matching: text) ?? gazetteer.ministry(matching: folded) {
            let family =
                ministry.kind == .department
                ? gazetteer.ministries.filter { $0.lineage == ministry.lineage } : [ministry]
            for member in family {
                ministries.insert(member.key)
                roles.formUnion(Self.keys(of: MinisterRole(title: .minister, ministry: member)))
                roles.formUnion(Self.keys(of: MinisterRole(title: .staatssecretaris, ministry: member)))
            }
        } else if !folded.isEmpty {
            // "minister van weel" / "staatssecretaris rutte" name a person with a title.
            var name = Substring(folded)
            for title in ["minister-president ", "minister ", "staatssecretaris ", "het lid ", "lid "]
            where name.hasPrefix(title) {
                name = name.dropFirst(title.count)
                break
            }
            person = String(name)
        }
        self.roleKeys = roles
        self.ministryKeys = ministries
        self.personKey = person
    }

    /// Whether the mention is one this filter selects.
    public func matches(_ mention: Mention) -> Bool {
        switch mention.kind {
        case .minister:
            if roleKeys.contains(mention.key) { return true }
            guard let personKey, let name = mention.name else { return false }
            return Self.nameMatches(MinisterText.folded(name), personKey)
        case .ministry:
            return ministryKeys.contains(mention.key)
        case .person:
            guard let personKey else { return false }
            return Self.nameMatches(mention.key, personKey)
        default:
            return false
        }
    }

    /// "van weel" matches "van weel" and "d.m. van weel"; "weel" matches "van weel".
    private static func nameMatches(_ name: String, _ query: String) -> Bool {
        name == query || name.hasSuffix(" " + query)
    }

    /// The keys of a role under every preposition its ministry allows (and "belast met") and
    /// every name the ministry had (`Ministry.periodNames`).
    private static func keys(of role: MinisterRole) -> Set<String> {
        guard let ministry = role.ministry else { return [role.key] }
        var keys: Set<String> = [role.key]
        let names = [ministry.label] + ministry.periodNames.map(\.label)
        let prepositions = role.title == .minister ? ["van", "voor", MinisterRole.taskPreposition] : [role.preposition]
        let office = role.title == .minister ? "minister" : "staatssecretaris"
        for name in names where role.title == .minister || role.title == .staatssecretaris {
            for preposition in prepositions {
                keys.insert(MinisterText.folded("\(office) \(preposition) \(name)"))
            }
        }
        return keys
    }

    /// The roles named when `folded` starts with a role word ("minister van ...").
    private static func roles(in folded: String, gazetteer: MinistryGazetteer) -> [(MinisterRole?, Ministry?)]? {
        var text = folded
        return text.withUTF8 { bytes -> [(MinisterRole?, Ministry?)]? in
            guard !bytes.isEmpty, RolePhraseParser.mayStartRole(bytes, 0) else { return nil }
            let (found, _) = RolePhraseParser(gazetteer: gazetteer).parse(bytes, at: 0)
            return found.map { ($0.role, $0.ministry) }
        }
    }
}
