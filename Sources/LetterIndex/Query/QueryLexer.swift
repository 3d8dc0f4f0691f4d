/// The lexical pieces of a user query.
enum QueryLexeme: Hashable {
    case word(String)
    case phrase(String, closed: Bool)
    case open
    case close
    case or
    case and
    case not
    case field(String, String?)  // name, and the value when it is attached (`land:GR`)
    case near(Int?)              // `NEAR(`, with the distance when written as NEAR/5(
}

/// Splits a user query into lexemes. Never fails: every character lands somewhere or is dropped.
struct QueryLexer {
    static func lexemes(_ query: String) -> [QueryLexeme] {
        var result: [QueryLexeme] = []
        let scalars = Array(query.unicodeScalars)
        var i = 0
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            s.properties.isWhitespace || s.value < 0x20 || s.value == 0x7F
        }
        func isQuote(_ s: Unicode.Scalar) -> Bool {
            s == "\"" || s == "\u{201C}" || s == "\u{201D}" || s == "\u{201E}" || s == "«" || s == "»"
        }
        while i < scalars.count {
            let s = scalars[i]
            if isSpace(s) { i += 1; continue }
            if s == "(" { result.append(.open); i += 1; continue }
            if s == ")" { result.append(.close); i += 1; continue }
            if isQuote(s) {
                var j = i + 1
                var text = String.UnicodeScalarView()
                while j < scalars.count, !isQuote(scalars[j]) {
                    text.append(scalars[j])
                    j += 1
                }
                let closed = j < scalars.count
                result.append(.phrase(String(text), closed: closed))
                i = closed ? j + 1 : j
                continue
            }
            var j = i
            var text = String.UnicodeScalarView()
            while j < scalars.count, !isSpace(scalars[j]), scalars[j] != "(", scalars[j] != ")", !isQuote(scalars[j]) {
                text.append(scalars[j])
                j += 1
            }
            let word = String(text)
            if j < scalars.count, scalars[j] == "(", word == "NEAR" || word.hasPrefix("NEAR/") {
                let distance = word.hasPrefix("NEAR/") ? Int(word.dropFirst(5)) : nil
                result.append(.near(distance))
                i = j + 1
                continue
            }
            i = j
            switch word {
            case "OR", "OF", "|": result.append(.or)
            case "AND", "&": result.append(.and)
            case "NOT", "NIET": result.append(.not)
            default:
                if let colon = word.firstIndex(of: ":"), colon != word.startIndex {
                    let name = String(word[..<colon])
                    let value = String(word[word.index(after: colon)...])
                    if SearchField(typed: name) != nil || ["titel", "title"].contains(name.lowercased()) {
                        result.append(.field(name.lowercased(), value.isEmpty ? nil : value))
                        continue
                    }
                }
                if word.count > 1, word.hasPrefix("-") || word.hasPrefix("!") {
                    result.append(.not)
                    result.append(.word(String(word.dropFirst())))
                } else if word.hasPrefix("+"), word.count > 1 {
                    result.append(.word(String(word.dropFirst())))
                } else {
                    result.append(.word(word))
                }
            }
        }
        return result
    }
}
