/// The answer lines of Kamervragen, read for ``MinisterRecognizer``: the answering minister or
/// state secretary is the document's own (primary), with the name printed beside the role.
///
/// - "Antwoord van minister Van Mierlo (Buitenlandse Zaken)", "Antwoorden Minister Van Dam (...)":
///   a role word, a name, and the ministry in parentheses;
/// - "de Ministers Van der Stoel (Buitenlandse Zaken) en Lubbers (Economische Zaken)": several;
/// - "Antwoord van mevrouw Korte-van Hemel, Staatssecretaris van Justitie", "de heren Polak,
///   Minister van Justitie, en Wiersma, Staatssecretaris van Justitie": names, then role phrases.
struct KamervragenAnswerRecognizer: Sendable {
    /// Reads the role phrases and ministry names.
    let parser: RolePhraseParser

    /// "Antwoord van minister Van Mierlo (Buitenlandse Zaken)", "Antwoorden Minister Van Dam (...)",
    /// "Antwoord van mevrouw Korte-van Hemel, Staatssecretaris van Justitie": the answering
    /// minister, primary, with name. Returns where scanning resumes, or nil when this is not such an answer.
    func answer(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, on date: DutchDate?, into out: inout [Mention]) -> Int? {
        var i = index + 8
        if i < bytes.count && bytes[i] | ASCII.caseBit == UInt8(ascii: "e") && MinisterText.hasWord(bytes, index, "antwoorden") {
            i += 2
        } else if !MinisterText.hasWord(bytes, index, "antwoord") {
            return nil
        }
        i = MinisterText.skipSpace(bytes, i, newlines: 0)
        if MinisterText.hasWord(bytes, i, "van") {
            i = MinisterText.skipSpace(bytes, i + 3, newlines: 1)
        }
        guard i < bytes.count else { return nil }
        if MinisterText.hasWord(bytes, i, "mevrouw") || MinisterText.hasWord(bytes, i, "mejuffrouw") {
            return namedAnswer(bytes, at: i, on: date, into: &out)
        }
        if MinisterText.hasWord(bytes, i, "de") || MinisterText.hasWord(bytes, i, "den") {
            let next = MinisterText.skipSpace(bytes, MinisterText.wordEnd(bytes, i), newlines: 0)
            if MinisterText.hasWord(bytes, next, "heer") || MinisterText.hasWord(bytes, next, "heren")
                || MinisterText.hasWord(bytes, next, "heeren")
            {
                return namedAnswer(bytes, at: i, on: date, into: &out)
            }
            i = next
        }
        guard RolePhraseParser.mayStartRole(bytes, i) else { return nil }
        var roleEnd = MinisterText.wordEnd(bytes, i)
        let roleWord = MinisterText.foldedWord(bytes, i, roleEnd).filter { $0 != UInt8(ascii: "-") }
        var title: MinisterRole.Title
        var plural = false
        if MinisterText.equals(roleWord, "minister") {
            title = .minister
        } else if MinisterText.equals(roleWord, "ministers") {
            title = .minister
            plural = true
        } else if MinisterText.equals(roleWord, "ministerpresident") || MinisterText.equals(roleWord, "premier") {
            title = .ministerPresident
        } else if MinisterText.equals(roleWord, "viceministerpresident") || MinisterText.equals(roleWord, "vicepremier") {
            title = .viceMinisterPresident
        } else {
            guard MinisterText.starts(roleWord, with: "staatssecr") else { return nil }
            title = .staatssecretaris
            plural = roleWord.count >= 18
        }
        let next = MinisterText.skipSpace(bytes, roleEnd, newlines: 0)
        if title == .minister && !plural && MinisterText.hasWord(bytes, next, "president") {
            title = .ministerPresident
            roleEnd = next + 9
        }
        var resume: Int?
        var j = roleEnd
        var start = i
        while true {
            guard let person = answerer(bytes, from: j, title: title, roleStart: start, on: date) else { break }
            out.append(contentsOf: person.mentions)
            resume = person.end
            guard plural else { break }
            // "de Ministers Van der Stoel (Buitenlandse Zaken) en Lubbers (Economische Zaken)"
            let k = MinisterText.skipSpace(bytes, person.end, newlines: 1)
            guard MinisterText.hasWord(bytes, k, "en") else { break }
            j = k + 2
            start = MinisterText.skipSpace(bytes, j, newlines: 1)
        }
        return resume
    }

    /// "Van Mierlo (Buitenlandse Zaken)" after an answering role word: the minister's mentions
    /// and where they end.
    private func answerer(
        _ bytes: UnsafeBufferPointer<UInt8>, from index: Int, title: MinisterRole.Title, roleStart: Int, on date: DutchDate?
    ) -> (mentions: [Mention], end: Int)? {
        var j = index
        var tokens: [Substring] = []
        while tokens.count < 6 {
            j = MinisterText.skipSpace(bytes, j, newlines: 1)
            guard j < bytes.count, bytes[j] != UInt8(ascii: "("), bytes[j] != UInt8(ascii: ","), bytes[j] != UInt8(ascii: ".") else { break }
            let end = MinisterText.wordEnd(bytes, j)
            guard end > j else { return nil }
            tokens.append(Substring(MinisterText.string(bytes, j, end)))
            j = end
        }
        guard !tokens.isEmpty, PersonName.nameTokens(tokens.joined(separator: " ")[...]) != nil else { return nil }
        let name = PersonName.display(tokens.joined(separator: " "))
        let nameEnd = j
        // Optional "," or "." before the parenthesis.
        while j < bytes.count && (bytes[j] == UInt8(ascii: ",") || bytes[j] == UInt8(ascii: ".") || bytes[j] == UInt8(ascii: " ")) { j += 1 }
        var title = title
        var ministry: Ministry?
        var ministryRange = nameEnd..<nameEnd
        var end = nameEnd
        if j < bytes.count && bytes[j] == UInt8(ascii: "(") {
            var inside = MinisterText.skipSpace(bytes, j + 1, newlines: 1)
            if RolePhraseParser.mayStartRole(bytes, inside) {
                // "(Minister-President, Algemene Zaken)"
                let wordEnd = MinisterText.wordEnd(bytes, inside)
                let word = MinisterText.foldedWord(bytes, inside, wordEnd).filter { $0 != UInt8(ascii: "-") }
                if MinisterText.equals(word, "ministerpresident") { title = .ministerPresident }
                inside = MinisterText.skipSpace(bytes, wordEnd, newlines: 1)
                if inside < bytes.count && bytes[inside] == UInt8(ascii: ",") { inside = MinisterText.skipSpace(bytes, inside + 1) }
            }
            if let match = parser.gazetteer.match(bytes, at: inside) {
                var close = MinisterText.skipSpace(bytes, match.end, newlines: 1)
                if MinisterText.hasWord(bytes, close, "a") && close + 4 <= bytes.count && bytes[close + 1] == UInt8(ascii: ".") {
                    close = MinisterText.skipSpace(bytes, close + 4, newlines: 0)  // "a.i."
                }
                if close < bytes.count && bytes[close] == UInt8(ascii: ")") {
                    ministry = parser.gazetteer.ministries[match.ministry]
                    ministryRange = match.start..<match.end
                    end = close + 1
                }
            }
        }
        let office = title == .ministerPresident || title == .viceMinisterPresident
        guard ministry != nil || office else { return nil }
        let role = MinisterRole(title: title, ministry: office ? nil : ministry)
        let surfaceEnd = ministryRange.isEmpty ? nameEnd : ministryRange.upperBound
        var mentions = [
            Mention(
                kind: .minister, key: role.key(on: date), label: role.label(on: date), start: roleStart, end: surfaceEnd,
                surface: MinisterText.string(bytes, roleStart, surfaceEnd), name: name, primary: true)
        ]
        if let ministry {
            mentions.append(
                Mention(
                    kind: .ministry, key: ministry.key, label: ministry.label, start: ministryRange.lowerBound,
                    end: ministryRange.upperBound,
                    surface: MinisterText.string(bytes, ministryRange.lowerBound, ministryRange.upperBound),
                    primary: true))
        }
        return (mentions, end)
    }

    /// "mevrouw Korte-van Hemel, Staatssecretaris van Justitie", "de heer Braks, minister van ...",
    /// "de heren Polak, Minister van Justitie, en Wiersma, Staatssecretaris van Justitie".
    private func namedAnswer(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, on date: DutchDate?, into out: inout [Mention]) -> Int? {
        var j = MinisterText.wordEnd(bytes, index)
        if MinisterText.hasWord(bytes, index, "de") || MinisterText.hasWord(bytes, index, "den") {
            j = MinisterText.wordEnd(bytes, MinisterText.skipSpace(bytes, j, newlines: 0))
        }
        var resume: Int?
        var people = 0
        while people < 6 {
            var tokens: [Substring] = []
            while tokens.count < 6 {
                j = MinisterText.skipSpace(bytes, j, newlines: 1)
                guard j < bytes.count, bytes[j] != UInt8(ascii: ","), bytes[j] != UInt8(ascii: ".") else { break }
                let end = MinisterText.wordEnd(bytes, j)
                guard end > j else { return resume }
                tokens.append(Substring(MinisterText.string(bytes, j, end)))
                j = end
            }
            guard j < bytes.count, bytes[j] == UInt8(ascii: ",") || bytes[j] == UInt8(ascii: "."), !tokens.isEmpty,
                PersonName.nameTokens(tokens.joined(separator: " ")[...]) != nil
            else { return resume }
            let roleStart = MinisterText.skipSpace(bytes, j + 1, newlines: 1)
            guard roleStart < bytes.count, RolePhraseParser.mayStartRole(bytes, roleStart) else { return resume }
            let (found, end) = parser.parse(bytes, at: roleStart)
            guard found.contains(where: { $0.role != nil }) else { return resume }
            let name = PersonName.display(tokens.joined(separator: " "))
            // One person, one or more offices: "de heer Luns, Minister van Buitenlandse Zaken a.i. en
            // Minister zonder Portefeuille".
            MinisterRecognizer.emit(found, bytes, context: .heading, name: name, on: date, into: &out)
            resume = end
            people += 1
            // "..., en Wiersma, Staatssecretaris van Justitie" or "..., Zijlstra, Minister van ..."
            j = end
            if MinisterText.hasWord(bytes, j + 1, "a") && j + 5 <= bytes.count && bytes[j + 2] == UInt8(ascii: ".") { j += 5 }
            j = MinisterText.skipSpace(bytes, j, newlines: 1)
            if j < bytes.count && bytes[j] == UInt8(ascii: ",") { j = MinisterText.skipSpace(bytes, j + 1, newlines: 1) }
            if MinisterText.hasWord(bytes, j, "en") { j += 2 }
            var next = MinisterText.skipSpace(bytes, j, newlines: 1)
            // "…, en van de heer Staf, Minister van …": skip "van de heer" before the next name.
            if MinisterText.hasWord(bytes, next, "van") { next = MinisterText.skipSpace(bytes, next + 3, newlines: 1) }
            if MinisterText.hasWord(bytes, next, "de") || MinisterText.hasWord(bytes, next, "den") {
                let title = MinisterText.skipSpace(bytes, MinisterText.wordEnd(bytes, next), newlines: 1)
                guard MinisterText.hasWord(bytes, title, "heer") else { return resume }
                next = MinisterText.skipSpace(bytes, title + 4, newlines: 1)
            } else if MinisterText.hasWord(bytes, next, "mevrouw") {
                next = MinisterText.skipSpace(bytes, next + 7, newlines: 1)
            }
            j = next
            guard next < bytes.count, MinisterText.isUpper(MinisterText.scalar(bytes, next).0) else { return resume }
        }
        return resume
    }
}
