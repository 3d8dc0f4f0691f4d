/// One entity of the Tweede Kamer's SyncFeed, as a feed entry describes it.
public enum FeedRecord: Sendable, Hashable {
    /// A document (`category=Document`): a letter, motion, question or answer.
    case document(FeedDocument)
    /// A dossier (`category=Kamerstukdossier`): number, addition, title.
    case dossier(FeedDossier)
    /// An entity the service deleted (`verwijderd="true"`, no children), of the given category.
    case deleted(id: String, category: String)
}

/// A document entity: the fields Kamerzoek keeps, as the feed writes them.
public struct FeedDocument: Sendable, Hashable, Codable {
    /// The entity's GUID.
    public var id: String
    /// When the service last changed it (`bijgewerkt`).
    public var updated: String
    /// `soort`: `Brief regering`, `Motie`, `Schriftelijke vragen`, …
    public var kind: String
    /// `documentNummer`, e.g. `2025D19046`.
    public var number: String
    public var title: String?
    public var subject: String?
    /// `datum`, as written (a date or a date-time).
    public var date: String?
    public var sequence: String?
    public var parliamentaryYear: String?
    /// The GUID of its dossier (`kamerstukdossier ref`).
    public var dossierID: String?
    /// The declared file type and length (`contentType`, `contentLength`).
    public var contentType: String?
    public var contentLength: Int?
    /// The file's address: the entry's enclosure link, if any.
    public var enclosure: String?

    public init(id: String, updated: String, kind: String, number: String) {
        self.id = id
        self.updated = updated
        self.kind = kind
        self.number = number
    }
}

/// A dossier entity (Kamerstukdossier).
public struct FeedDossier: Sendable, Hashable, Codable {
    public var id: String
    /// `nummer`, e.g. `36410`.
    public var number: String
    /// `toevoeging`, e.g. `VII`.
    public var addition: String?
    public var title: String?

    public init(id: String, number: String, addition: String? = nil, title: String? = nil) {
        self.id = id
        self.number = number
        self.addition = addition
        self.title = title
    }

    /// The dossier number as Kamerzoek writes it: `36410` or `36410-VII`.
    public var key: String {
        guard let addition, !addition.isEmpty else { return number }
        return "\(number)-\(addition)"
    }
}

/// One page of the feed: its entries in order, the next page's address, and entries it could not read.
public struct FeedPage: Sendable {
    public var records: [FeedRecord] = []
    /// The feed's `rel="next"` link, as given: the next page.
    public var next: String?
    /// The last entry's own `rel="next"` link (the service gives each entry one): where to resume
    /// after this page, also on the last page, which has no feed link.
    public var resume: String?
    /// Entries left out, one line each (what was wrong, and the entry's position).
    public var problems: [String] = []

    public init() {}
}
