import DutchText

/// An FTS5 MATCH expression built only from analyzed, quoted words: user text never reaches
/// MATCH unparsed.
///
/// Words are split with DutchText's ``WordScanner``; each is put in double quotes, so FTS5
/// hands it to the `dutch` tokenizer as a string, never as syntax. Stop words are dropped from
/// a query when other words are present; a compound also matches its parts
/// (`"solidariteitsverplichtingen" OR ("solidariteit" "verplichtingen")`).
public struct FTS5Expression: Sendable, Hashable {
    /// The expression for `MATCH`.
    public var text: String
    /// The words (as typed, one per positive term) that make the query, for relaxation.
    public var terms: [String]
    /// The analyzed query tokens, for highlighting: stems of words, folded prefixes.
    public var highlightStems: Set<String>
    /// Folded prefixes, for highlighting.
    public var highlightPrefixes: [String]
    /// Each quoted phrase bm25 scores (words, phrases, prefixes, compound parts; not the
    /// subtracted ones), as MATCH text: for telling how common the query's words are.
    public var scoredPhrases: [String]

    /// Builds the expression for a parsed node; nil when nothing searchable is left
    /// (only punctuation, emoji…).
    public init?(_ node: QueryNode, analyzer: DutchAnalyzer, splitter: CompoundSplitter = .bundled) {
        var builder = Builder(analyzer: analyzer, splitter: splitter)
        guard let text = builder.build(node, topLevel: true) else { return nil }
        self.text = text
        self.terms = builder.terms
        self.highlightStems = builder.stems
        self.highlightPrefixes = builder.prefixes
        self.scoredPhrases = builder.phrases
    }

    /// An expression from expert FTS5 syntax, used as given (checked by SQLite before use).
    public init(rawPattern: String) {
        text = rawPattern
        terms = []
        highlightStems = []
        highlightPrefixes = []
        scoredPhrases = []
    }

    /// Analyzed words of a typed word: each word the scanner finds, with its query stem.
    static func words(in text: String) -> [String] {
        var result: [String] = []
        var copy = text
        copy.withUTF8 { bytes in
            var scanner = WordScanner(bytes)
            while let word = scanner.next() {
                result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]), as: UTF8.self))
            }
        }
        return result
    }

    static func quoted(_ words: [String]) -> String {
        "\"" + words.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private struct Builder {
        let analyzer: DutchAnalyzer
        let splitter: CompoundSplitter
        var terms: [String] = []
        var stems: Set<String> = []
        var prefixes: [String] = []
        var phrases: [String] = []

        /// Notes a phrase as scored and returns it.
        mutating func scored(_ phrase: String) -> String {
            if !phrases.contains(phrase) { phrases.append(phrase) }
            return phrase
        }

        mutating func remember(_ words: [String]) {
            for word in words {
                for token in analyzer.tokens(in: word, mode: .query) { stems.insert(token.token) }
            }
        }

        func isStopWord(_ node: QueryNode) -> Bool {
            guard case .term(let text) = node else { return false }
            let words = FTS5Expression.words(in: text)
            return !words.isEmpty && words.allSatisfy { StopWords.contains(Folding.fold($0)) }
        }

        mutating func build(_ node: QueryNode, topLevel: Bool = false) -> String? {
            switch node {
            case .term(let text):
                let words = FTS5Expression.words(in: text)
                guard !words.isEmpty else { return nil }
                remember(words)
                terms.append(text)
                if words.count > 1 { return scored(FTS5Expression.quoted(words)) }
                let whole = scored(FTS5Expression.quoted(words))
                let parts = splitter.split(Folding.fold(words[0]))
                guard parts.count > 1 else { return whole }
                remember(parts)
                return "(\(whole) OR (\(parts.map { scored(FTS5Expression.quoted([$0])) }.joined(separator: " AND "))))"
            case .phrase(let texts):
                let words = texts.flatMap { FTS5Expression.words(in: $0) }
                guard !words.isEmpty else { return nil }
                remember(words)
                terms.append(words.joined(separator: " "))
                return scored(FTS5Expression.quoted(words))
            case .prefix(let text):
                let words = FTS5Expression.words(in: text)
                guard let last = words.last else { return nil }
                let folded = Folding.fold(last)
                prefixes.append(folded)
                terms.append(text + "*")
                if words.count == 1 { return scored(FTS5Expression.quoted([last]) + " *") }
                remember(Array(words.dropLast()))
                return scored(FTS5Expression.quoted(words) + " *")
            case .and(let children):
                let positives = children.filter { if case .not = $0 { return false } else { return true } }
                let negatives = children.compactMap { child -> QueryNode? in
                    if case .not(let inner) = child { return inner } else { return nil }
                }
                var kept = positives
                if kept.contains(where: { !isStopWord($0) }) {
                    kept = kept.filter { !isStopWord($0) }
                }
                let built = kept.compactMap { build($0) }
                guard !built.isEmpty else { return nil }
                var expression = built.count == 1 ? built[0] : "(" + built.joined(separator: " AND ") + ")"
                var negativeTexts: [String] = []
                for negative in negatives {
                    var inner = Builder(analyzer: analyzer, splitter: splitter)
                    if let text = inner.build(negative) { negativeTexts.append(text) }
                }
                for negative in negativeTexts {
                    expression = "(\(expression) NOT \(negative))"
                }
                return expression
            case .or(let options):
                let built = options.compactMap { build($0) }
                guard !built.isEmpty else { return nil }
                return built.count == 1 ? built[0] : "(" + built.joined(separator: " OR ") + ")"
            case .not(var inner):
                // A NOT outside an AND has nothing to subtract from: search the words. A chain of
                // NOTs is unwrapped in a loop, not one recursion each.
                while case .not(let deeper) = inner { inner = deeper }
                return build(inner)
            case .near(let children, let distance):
                var nearPhrases: [String] = []
                for child in children {
                    switch child {
                    case .term(let text), .prefix(let text):
                        let words = FTS5Expression.words(in: text)
                        if !words.isEmpty {
                            remember(words)
                            terms.append(text)
                            nearPhrases.append(scored(FTS5Expression.quoted(words)))
                        }
                    case .phrase(let texts):
                        let words = texts.flatMap { FTS5Expression.words(in: $0) }
                        if !words.isEmpty {
                            remember(words)
                            terms.append(words.joined(separator: " "))
                            nearPhrases.append(scored(FTS5Expression.quoted(words)))
                        }
                    default:
                        if let built = build(child) { nearPhrases.append(built) }
                    }
                }
                guard !nearPhrases.isEmpty else { return nil }
                if nearPhrases.count == 1 { return nearPhrases[0] }
                return "NEAR(\(nearPhrases.joined(separator: " ")), \(distance))"
            case .title(let inner):
                guard let built = build(inner) else { return nil }
                return "title : (\(built))"
            }
        }
    }
}
