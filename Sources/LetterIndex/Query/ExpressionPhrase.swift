/// One quoted phrase of an ``FTS5Expression``, in the order FTS5 numbers the phrases of the
/// MATCH text (which is the order `letter_rank` sees them in).
public struct ExpressionPhrase: Sendable, Hashable {
    /// What the phrase is for.
    public enum Role: String, Sendable, Hashable {
        /// A query word (or phrase, or prefix) as typed: the word's whole form.
        case word
        /// A part of a compound or hyphenated word, matching the parts apart.
        case part
        /// Two neighbouring query words near each other: the proximity bonus.
        case proximity
        /// A word after NOT: it never scores.
        case excluded
        /// A word repeated to require one of a relaxed query's defining words: it never scores
        /// (the word scores where it is listed again as a word).
        case gate
    }

    /// The phrase as MATCH text (`"openbaar"`, `"verplicht" *`).
    public var text: String
    /// The query word it belongs to, as typed (for proximity: both words, `openbaar vervoer`).
    public var word: String
    /// The index of that word in ``FTS5Expression/terms``; nil for excluded words.
    public var term: Int?
    /// What the phrase is for.
    public var role: Role
}
