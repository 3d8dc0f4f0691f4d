/// What the header of a letter says about it: its kind, title and own date.
///
/// ```swift
/// LetterHeader(kind: .motie, title: "Motie van het lid Rikkers-Oosterkamp — Langdurige zorg",
///              date: DutchDate(year: 2025, month: 4, day: 24))
/// ```
public struct LetterHeader: Sendable, Hashable {
    /// The kind of document.
    public var kind: LetterKind
    /// The subject or document heading, readable (not in capitals); never empty.
    public var title: String
    /// The letter's own date, when the text states it.
    public var date: DutchDate?

    /// Creates a header.
    public init(kind: LetterKind, title: String, date: DutchDate?) {
        self.kind = kind
        self.title = title
        self.date = date
    }
}
