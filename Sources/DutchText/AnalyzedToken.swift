/// How a text is being analyzed: as a document to index, as query words, or as a query prefix.
public enum AnalysisMode: Sendable {
    /// Index a document: stems plus compound and hyphen parts as colocated tokens.
    case document
    /// Match query words: one stem per word, no parts.
    case query
    /// Match a prefix: folded, never stemmed.
    case prefix
}

/// What a token stands for.
public enum TokenKind: String, Sendable, Codable, Hashable {
    /// The stem of a whole word, at the word's position.
    case stem
    /// The stem of a compound or hyphen part, colocated with its word.
    case part
    /// A folded, unstemmed word (prefix queries).
    case word
}

/// One token as the index stores it.
///
/// `start`/`end` are UTF-8 byte offsets of the whole word in the analyzed text.
public struct AnalyzedToken: Sendable, Hashable, Codable {
    /// The token text (folded stem or part).
    public var token: String
    /// Whether it is a word's stem or a colocated part.
    public var kind: TokenKind
    /// The word position; parts share their word's position.
    public var position: Int
    /// UTF-8 byte offset of the word's first byte.
    public var start: Int
    /// UTF-8 byte offset just past the word.
    public var end: Int

    /// Creates a token.
    public init(token: String, kind: TokenKind, position: Int, start: Int, end: Int) {
        self.token = token
        self.kind = kind
        self.position = position
        self.start = start
        self.end = end
    }
}
