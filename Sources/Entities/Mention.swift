/// The kinds of entity Kamerzoek tags in a letter.
public enum EntityKind: String, Sendable, Codable, CaseIterable, Hashable {
    case country
    case minister
    case ministry
    case person
    case dossier
    case toezegging
    case organisation
    case date
}

/// One place in a letter where an entity is named.
///
/// `start`/`end` are UTF-8 byte offsets into the normalized text the recognizer was given;
/// they are `nil` for mentions found in page furniture (headers, footers) that is not part of
/// the searchable text.
///
/// ```swift
/// Mention(kind: .country, key: "GR", label: "Griekenland", start: 10, end: 21, surface: "Griekenland")
/// ```
public struct Mention: Sendable, Hashable, Codable {
    /// What kind of entity this is.
    public var kind: EntityKind
    /// The normalized key: ISO code, normalized role, dossier number, `yyyy-mm-dd`, person key.
    public var key: String
    /// How the entity is shown: "Griekenland", "Minister van Asiel en Migratie", "32317".
    public var label: String
    /// UTF-8 byte offset of the first byte of `surface` in the text, if it is in the text.
    public var start: Int?
    /// UTF-8 byte offset just past `surface` in the text, if it is in the text.
    public var end: Int?
    /// The text as written: "Griekse", "D.M. van Weel", "34 104".
    public var surface: String
    /// The person's name printed with a role ("Van Weel"), for ministers.
    public var name: String?
    /// The letter's own: the signer for ministers, the letter's own dossier, the letter's date.
    public var primary: Bool

    /// Creates a mention.
    public init(
        kind: EntityKind, key: String, label: String, start: Int?, end: Int?, surface: String,
        name: String? = nil, primary: Bool = false
    ) {
        self.kind = kind
        self.key = key
        self.label = label
        self.start = start
        self.end = end
        self.surface = surface
        self.name = name
        self.primary = primary
    }
}

/// A recognizer finds mentions of one family of entities in a letter's text.
public protocol EntityRecognizer: Sendable {
    /// Mentions in `text` (offsets into `text`) and in `furniture` (page headers and footers
    /// kept out of the searchable text; mentions there have no offsets).
    func mentions(in text: String, furniture: [String]) -> [Mention]
}
