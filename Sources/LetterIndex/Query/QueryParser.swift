/// Parses what a user types into a ``ParsedQuery``. It never throws: bad syntax is repaired and
/// said in `notes` (an unbalanced quote is closed, a lone operator ignored).
///
/// Words: all must match. `"phrases"`, `prefix*`, `OR`/`OF`, `NOT`/`NIET`/`-word`, parentheses,
/// `NEAR(a b, 5)`, `titel:woord`, and filters `land:`, `minister:`, `dossier:`, `soort:`,
/// `van:`, `tot:`, `persoon:`, `organisatie:`.
///
/// ```swift
/// QueryParser.parse("herplaatsing -Griekenland land:CY").node
/// // .and([.term("herplaatsing"), .not(.term("Griekenland"))])
/// ```
public enum QueryParser {
    /// The most words a query keeps; the rest are dropped with a note.
    public static let maximumTerms = 32
    /// Deepest nesting of parentheses kept.
    static let maximumDepth = 12

    /// Parses a query.
    public static func parse(_ query: String) -> ParsedQuery {
        var parser = Parser(lexemes: QueryLexer.lexemes(query))
        let node = parser.parseOr(depth: 0)
        while parser.index < parser.lexemes.count {
            // Only stray closing parentheses end a top-level parse early.
            parser.index += 1
            parser.note("an unmatched ')' was ignored")
            if let more = parser.parseOr(depth: 0) {
                parser.extra.append(more)
            }
        }
        var combined = node
        if !parser.extra.isEmpty {
            combined = Self.and(([node].compactMap { $0 }) + parser.extra)
        }
        return ParsedQuery(node: combined, filters: parser.filters, notes: parser.notes)
    }

    static func and(_ nodes: [QueryNode]) -> QueryNode? {
        var flat: [QueryNode] = []
        for node in nodes {
            if case .and(let inner) = node { flat += inner } else { flat.append(node) }
        }
        if flat.isEmpty { return nil }
        return flat.count == 1 ? flat[0] : .and(flat)
    }

    private struct Parser {
        let lexemes: [QueryLexeme]
        var index = 0
        var filters: [QueryFilter] = []
        var notes: [String] = []
        var extra: [QueryNode] = []
        var terms = 0

        init(lexemes: [QueryLexeme]) {
            self.lexemes = lexemes
        }

        mutating func note(_ text: String) {
            if !notes.contains(text) { notes.append(text) }
        }

        var current: QueryLexeme? { index < lexemes.count ? lexemes[index] : nil }

        mutating func parseOr(depth: Int) -> QueryNode? {
            var options: [QueryNode] = []
            if let first = parseAnd(depth: depth) { options.append(first) }
            while current == .or {
                index += 1
                if let next = parseAnd(depth: depth) {
                    options.append(next)
                } else {
                    note("OR without a word on both sides was ignored")
                }
            }
            if options.isEmpty { return nil }
            if options.count == 1 {
                return options[0]
            }
            return .or(options)
        }

        mutating func parseAnd(depth: Int) -> QueryNode? {
            var parts: [QueryNode] = []
            loop: while let lexeme = current {
                switch lexeme {
                case .or, .close:
                    break loop
                case .and:
                    index += 1
                default:
                    if let node = parseUnary(depth: depth) { parts.append(node) }
                }
            }
            if parts.count > 1, parts.allSatisfy({ if case .not = $0 { return true } else { return false } }) {
                // Nothing to subtract from: keep the query valid and say so.
                note("a query of only NOT words was read as words to find")
                parts = parts.map { if case .not(let inner) = $0 { return inner } else { return $0 } }
            } else if parts.count == 1, case .not(let inner) = parts[0] {
                note("a query of only NOT words was read as words to find")
                parts = [inner]
            }
            return QueryParser.and(parts)
        }

        mutating func parseUnary(depth: Int) -> QueryNode? {
            guard let lexeme = current else { return nil }
            if lexeme == .not {
                // A chain of NOTs is read in a loop, not by recursion (hundreds would overflow the
                // stack); more than `maximumDepth + 2` of them read as that many.
                var count = 0
                while current == .not {
                    index += 1
                    count += 1
                }
                guard let operand = current, operand != .or, operand != .close else {
                    note("NOT without a word after it was ignored")
                    return nil
                }
                var node = parsePrimary(depth: depth)
                for _ in 0..<min(count, QueryParser.maximumDepth + 2) { node = node.map { .not($0) } }
                return node
            }
            return parsePrimary(depth: depth)
        }

        mutating func takeTerm() -> Bool {
            terms += 1
            if terms > QueryParser.maximumTerms {
                note("the query was cut to its first \(QueryParser.maximumTerms) words")
                return false
            }
            return true
        }

        mutating func parsePrimary(depth: Int) -> QueryNode? {
            guard let lexeme = current else { return nil }
            index += 1
            switch lexeme {
            case .open:
                if depth >= QueryParser.maximumDepth {
                    note("parentheses nested too deep were ignored")
                    return nil
                }
                let inner = parseOr(depth: depth + 1)
                if current == .close {
                    index += 1
                } else {
                    note("an unclosed '(' was closed at the end")
                }
                return inner
            case .close, .or, .and, .not:
                return nil
            case .phrase(let text, let closed):
                if !closed { note("an unbalanced quote was closed at the end") }
                let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                guard !words.isEmpty, takeTerm() else { return nil }
                return words.count == 1 ? .term(words[0]) : .phrase(words)
            case .word(let word):
                guard takeTerm() else { return nil }
                if word.hasSuffix("*") {
                    let stem = String(word.drop(while: { $0 == "*" }).reversed().drop(while: { $0 == "*" }).reversed())
                    return stem.isEmpty ? nil : .prefix(stem)
                }
                return .term(word)
            case .field(let name, let attached):
                var value = attached
                if value == nil, ["titel", "title"].contains(name) {
                    // `titel: titel: …` is one `titel:`: skipped, not nested (a chain would recurse deep).
                    while case .field(let next, .none)? = current, ["titel", "title"].contains(next) { index += 1 }
                }
                if value == nil, case .phrase(let text, _)? = current {
                    index += 1
                    value = text
                } else if value == nil, case .word(let text)? = current {
                    index += 1
                    value = text
                }
                if ["titel", "title"].contains(name) {
                    if let value, !value.isEmpty {
                        let words = value.split(separator: " ").map(String.init)
                        return .title(words.count == 1 ? .term(words[0]) : .phrase(words))
                    }
                    if let operand = parsePrimary(depth: depth) { return .title(operand) }
                    note("titel: without a word after it was ignored")
                    return nil
                }
                if var value, let field = SearchField(typed: name) {
                    if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                        value = String(value.dropFirst().dropLast())
                    }
                    filters.append(QueryFilter(field: field, value: value))
                } else {
                    note("\(name): without a value was ignored")
                }
                return nil
            case .near(let slashDistance):
                var words: [QueryNode] = []
                var distance = slashDistance ?? 10
                while let next = current, next != .close {
                    index += 1
                    switch next {
                    case .word(let word):
                        let trimmed = word.trimmingSuffix(",")
                        if word.hasPrefix(","), let number = Int(word.dropFirst()) {
                            distance = number
                        } else if let number = Int(trimmed), word.hasSuffix(",") == false, !words.isEmpty,
                            index == lexemes.count || lexemes[index] == .close
                        {
                            distance = number
                        } else if !trimmed.isEmpty, takeTerm() {
                            words.append(.term(trimmed))
                        }
                    case .phrase(let text, _):
                        let parts = text.split(separator: " ").map(String.init)
                        if !parts.isEmpty, takeTerm() {
                            words.append(parts.count == 1 ? .term(parts[0]) : .phrase(parts))
                        }
                    default:
                        break
                    }
                }
                if current == .close { index += 1 } else { note("an unclosed NEAR( was closed at the end") }
                if words.count < 2 { return QueryParser.and(words) }
                return .near(words, distance: max(0, min(distance, 1000)))
            }
        }
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: Character) -> String {
        var copy = self
        while copy.last == suffix { copy.removeLast() }
        return copy
    }
}
