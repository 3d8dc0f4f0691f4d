import DutchText

/// An FTS5 MATCH expression built only from analyzed, quoted words: user text never reaches
/// MATCH unparsed.
///
/// Words are split with DutchText's ``WordScanner``; each is put in double quotes, so FTS5
/// hands it to the `dutch` tokenizer as a string, never as syntax. Stop words are dropped from
/// a query when other words are present; a compound also matches its parts
/// (`"solidariteitsverplichtingen" OR ("solidariteit" AND "verplichtingen")`), and a hyphenated
/// word its parts near each other (`"co2-uitstoot" OR NEAR("co2" "uitstoot", 2)`, so it finds
/// `uitstoot van CO2`).
///
/// For ranking, neighbouring words of a plain many-word query are also scored where they stand
/// near each other (``rankingText``): `openbaar vervoer` counts more where it is one phrase.
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
    /// Every quoted phrase of ``text`` in FTS5's numbering, each with its word and role.
    public var phrases: [ExpressionPhrase]
    /// The positive word nodes (one per entry of ``terms``), for ranking letters that have
    /// only some of them.
    public var termNodes: [QueryNode]
    /// `NEAR` groups of neighbouring query words, scored as a bonus (empty unless the query is
    /// plain words, without operators).
    public var proximity: [String]
    /// For an expression that requires every word: the first word's expression, which every
    /// matching letter has, so `(text) AND (NEAR… OR first)` matches what ``text`` matches.
    public var proximityGate: String?
    /// The phrases of ``proximity`` and then of ``proximityGate`` (role `gate`: they never
    /// score), in FTS5's numbering after those of ``text``.
    public var proximityPhrases: [ExpressionPhrase]

    /// Words at most this many tokens apart count as standing together (`uitstoot van de CO2`).
    public static let nearDistance = 2

    /// The expression to score with: ``text`` plus the proximity bonus, matching exactly the
    /// letters ``text`` matches. When ``text`` requires every word, a `NEAR` group of two words
    /// alone would also match letters without the others: the groups then stand beside the
    /// first word, `(text) AND (NEAR… OR first)`. When it requires any word (relaxed), each
    /// group needs words it already accepts: `(text) OR NEAR…`.
    public var rankingText: String {
        guard !proximity.isEmpty else { return text }
        let groups = proximity.joined(separator: " OR ")
        if let proximityGate { return "(\(text)) AND (\(groups) OR \(proximityGate))" }
        return "(\(text)) OR " + groups
    }

    /// The phrases of ``rankingText``, in FTS5's numbering.
    public var rankingPhrases: [ExpressionPhrase] { phrases + proximityPhrases }

    /// Builds the expression for a parsed node; nil when nothing searchable is left
    /// (only punctuation, emoji…).
    public init?(_ node: QueryNode, analyzer: DutchAnalyzer, splitter: CompoundSplitter = .bundled) {
        var builder = Builder(analyzer: analyzer, splitter: splitter)
        guard let text = builder.build(node, topLevel: true) else { return nil }
        self.text = text
        self.terms = builder.terms
        self.highlightStems = builder.stems
        self.highlightPrefixes = builder.prefixes
        self.scoredPhrases = builder.distinct
        self.phrases = builder.phrases
        self.termNodes = builder.termNodes
        (proximity, proximityPhrases) = Self.isPlainWords(node, wordCount: builder.terms.count)
            ? Self.proximityGroups(builder) : ([], [])
        proximityGate = nil
        if !proximity.isEmpty, let first = builder.termTexts.first {
            proximityGate = first
            proximityPhrases += builder.phrases.filter { $0.term == 0 }.map {
                ExpressionPhrase(text: $0.text, word: $0.word, term: nil, role: .gate)
            }
        }
    }

    /// An expression matching letters with any of `expression`'s words, with its proximity
    /// bonus: how a query is relaxed when too few letters have every word.
    public static func anyWord(of expression: FTS5Expression, analyzer: DutchAnalyzer) -> FTS5Expression? {
        guard var relaxed = FTS5Expression(.or(expression.termNodes), analyzer: analyzer) else { return nil }
        relaxed.proximity = expression.proximity
        relaxed.proximityPhrases = expression.proximityPhrases.filter { $0.role == .proximity }
        return relaxed
    }

    /// Like ``anyWord(of:analyzer:)``, but a letter must have one of `defining` (some of the
    /// query's word nodes): `(defining…) AND (any word… OR proximity…)`. The defining words are
    /// written twice; their first phrases are ``ExpressionPhrase/Role/gate`` and never score.
    public static func anyWord(
        of expression: FTS5Expression, analyzer: DutchAnalyzer, requiringOneOf defining: [QueryNode]
    ) -> FTS5Expression? {
        guard !defining.isEmpty, var relaxed = anyWord(of: expression, analyzer: analyzer),
            let gate = FTS5Expression(.or(defining), analyzer: analyzer)
        else { return nil }
        let scored = ([relaxed.text] + relaxed.proximity).joined(separator: " OR ")
        relaxed.text = "(\(gate.text)) AND (\(scored))"
        relaxed.phrases = gate.phrases.map { ExpressionPhrase(text: $0.text, word: $0.word, term: nil, role: .gate) }
            + relaxed.phrases + relaxed.proximityPhrases
        relaxed.proximity = []
        relaxed.proximityPhrases = []
        return relaxed
    }

    /// Whether a query is two or more plain words and phrases (no operators, prefixes, fields).
    private static func isPlainWords(_ node: QueryNode, wordCount: Int) -> Bool {
        guard case .and(let children) = node, wordCount > 1 else { return false }
        return children.allSatisfy { child in
            switch child {
            case .term, .phrase: true
            default: false
            }
        }
    }

    /// One `NEAR` group per pair of neighbouring words, with its two phrases.
    private static func proximityGroups(_ builder: Builder) -> ([String], [ExpressionPhrase]) {
        var groups: [String] = []
        var phrases: [ExpressionPhrase] = []
        let wholes = builder.terms.indices.map { index in
            builder.phrases.first { $0.term == index && $0.role == .word }
        }
        for index in wholes.indices.dropLast() {
            guard let left = wholes[index], let right = wholes[index + 1] else { continue }
            groups.append("NEAR(\(left.text) \(right.text), \(nearDistance))")
            let pair = left.word + " " + right.word
            phrases.append(ExpressionPhrase(text: left.text, word: pair, term: left.term, role: .proximity))
            phrases.append(ExpressionPhrase(text: right.text, word: pair, term: right.term, role: .proximity))
        }
        return (groups, phrases)
    }

    /// An expression from expert FTS5 syntax, used as given (checked by SQLite before use).
    public init(rawPattern: String) {
        text = rawPattern
        terms = []
        highlightStems = []
        highlightPrefixes = []
        scoredPhrases = []
        phrases = []
        termNodes = []
        proximity = []
        proximityGate = nil
        proximityPhrases = []
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

    /// The parts of a hyphenated word that are worth matching on their own (two letters or
    /// more, not a stop word): `CO2-uitstoot` → `CO2`, `uitstoot`; `e-sigaret` → none.
    static func hyphenParts(of word: String) -> [String] {
        var copy = word
        let parts: [String] = copy.withUTF8 { bytes in
            WordScanner.hyphenParts(of: bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
        let kept = parts.filter { part in
            let folded = Folding.fold(part)
            return folded.count >= 2 && !StopWords.contains(folded)
        }
        return kept.count == parts.count ? kept : []
    }

    static func quoted(_ words: [String]) -> String {
        "\"" + words.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private struct Builder {
        let analyzer: DutchAnalyzer
        let splitter: CompoundSplitter
        var terms: [String] = []
        var termNodes: [QueryNode] = []
        /// Each top-level word's expression, for plain-word queries (``proximityGate``).
        var termTexts: [String] = []
        var stems: Set<String> = []
        var prefixes: [String] = []
        /// The distinct scored phrases.
        var distinct: [String] = []
        /// Every phrase in the order it is written into the expression.
        var phrases: [ExpressionPhrase] = []

        /// Notes a phrase of the current word (the last of ``terms``) and returns it.
        mutating func scored(_ phrase: String, role: ExpressionPhrase.Role = .word) -> String {
            if !distinct.contains(phrase) { distinct.append(phrase) }
            phrases.append(ExpressionPhrase(text: phrase, word: terms.last ?? "", term: terms.count - 1, role: role))
            return phrase
        }

        /// Starts a positive query word.
        mutating func addTerm(_ text: String, node: QueryNode) {
            terms.append(text)
            termNodes.append(node)
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

        /// One typed word: quoted; a hyphenated word also as its parts near each other, a
        /// compound also as its parts.
        mutating func wordExpression(_ text: String, node: QueryNode) -> String? {
            let words = FTS5Expression.words(in: text)
            guard !words.isEmpty else { return nil }
            remember(words)
            addTerm(text, node: node)
            if words.count > 1 { return scored(FTS5Expression.quoted(words)) }
            let whole = scored(FTS5Expression.quoted(words))
            let hyphenParts = FTS5Expression.hyphenParts(of: words[0])
            if hyphenParts.count > 1 {
                remember(hyphenParts)
                let near = hyphenParts.map { scored(FTS5Expression.quoted([$0]), role: .part) }.joined(separator: " ")
                return "(\(whole) OR NEAR(\(near), \(FTS5Expression.nearDistance)))"
            }
            let parts = splitter.split(Folding.fold(words[0]))
            guard parts.count > 1 else { return whole }
            remember(parts)
            return "(\(whole) OR (\(parts.map { scored(FTS5Expression.quoted([$0]), role: .part) }.joined(separator: " AND "))))"
        }

        mutating func build(_ node: QueryNode, topLevel: Bool = false) -> String? {
            switch node {
            case .term(let text):
                let built = wordExpression(text, node: node)
                if let built { termTexts.append(built) }
                return built
            case .phrase(let texts):
                let words = texts.flatMap { FTS5Expression.words(in: $0) }
                guard !words.isEmpty else { return nil }
                remember(words)
                addTerm(words.joined(separator: " "), node: node)
                let built = scored(FTS5Expression.quoted(words))
                termTexts.append(built)
                return built
            case .prefix(let text):
                let words = FTS5Expression.words(in: text)
                guard let last = words.last else { return nil }
                let folded = Folding.fold(last)
                prefixes.append(folded)
                addTerm(text + "*", node: node)
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
                    if let text = inner.build(negative) {
                        negativeTexts.append(text)
                        // Their phrases are numbered after the positive ones, and never score.
                        phrases += inner.phrases.map {
                            ExpressionPhrase(text: $0.text, word: $0.word, term: nil, role: .excluded)
                        }
                    }
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
                            addTerm(text, node: child)
                            nearPhrases.append(scored(FTS5Expression.quoted(words)))
                        }
                    case .phrase(let texts):
                        let words = texts.flatMap { FTS5Expression.words(in: $0) }
                        if !words.isEmpty {
                            remember(words)
                            addTerm(words.joined(separator: " "), node: child)
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
