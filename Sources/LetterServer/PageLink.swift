/// A link: what it says and where it goes.
struct PageLink: Sendable {
    var label: String
    var href: String
    /// A count shown beside it, when there is one.
    var count: Int?
    /// Whether it is the current choice (`aria-current`, a remove mark on filters).
    var active = false
}

/// A titled list of links (a facet, a group of entities).
struct LinkGroup: Sendable {
    var name: String
    var links: [PageLink]
}

