/// An entity as a commitment names it: its key and how it is shown.
public struct NamedEntity: Sendable, Codable, Hashable {
    /// The normalized role, dossier number…
    public var key: String
    /// How it is shown.
    public var label: String
}

/// A toezegging (a minister's commitment to the Kamer) recognised in a letter by its registry number.
public struct Commitment: Sendable, Codable, Hashable {
    /// The registry number (`TZ202412-096`).
    public var key: String
    /// The letter naming it.
    public var letter: String
    /// The letter's title.
    public var title: String
    /// The letter's date (`yyyy-mm-dd`); absent from the JSON when the letter has none.
    public var date: String?
    /// The letter's kind.
    public var kind: String
    /// When Kamerzoek indexed the letter (ISO 8601, UTC): the feed's date for an undated letter.
    public var indexed: String
    /// Who promised: the letter's signing ministers (none for a letter without a recognised signer, such as a motion).
    public var ministers: [NamedEntity]
    /// The letter's own dossiers.
    public var dossiers: [NamedEntity]
    /// What was promised: the letter's sentence around the number (see `CommitmentSentence`).
    public var text: String
    /// The fragment id of the number in the letter page (`toezegging-TZ202412-096`).
    public var anchor: String

    /// The fragment id the letter page gives the first mention of toezegging `key`.
    public static func anchor(_ key: String) -> String {
        "toezegging-" + String(key.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") })
    }
}

/// Which commitments to list: filters and a page.
public struct CommitmentQuery: Sendable, Hashable {
    /// Only commitments whose letter a minister matching this signed (name or role, folded, inside key, label or name).
    public var minister: String?
    /// Only commitments whose letter's own dossier is this one (`32317`, `21 501-20`; a number also takes its parts).
    public var dossier: String?
    /// Letters dated on or after (`yyyy`, `yyyy-mm` or `yyyy-mm-dd`).
    public var from: String?
    /// Letters dated on or before (`yyyy`, `yyyy-mm` or `yyyy-mm-dd`).
    public var to: String?
    /// Commitments per page (1…500).
    public var limit = 50
    /// Commitments to skip.
    public var offset = 0

    /// Every commitment, first page.
    public init() {}

    /// The largest page.
    public static let maximumLimit = 500
    /// The largest offset.
    public static let maximumOffset = 100_000
}

/// A page of commitments, newest letter first.
public struct CommitmentPage: Sendable, Codable, Hashable {
    /// Commitments matching the filters in all.
    public var total: Int
    /// The page's offset.
    public var offset: Int
    /// The page size.
    public var limit: Int
    /// The page.
    public var results: [Commitment]
    /// Filter values that match nothing (a dossier that is no dossier number), said in words.
    public var notes: [String]
}
