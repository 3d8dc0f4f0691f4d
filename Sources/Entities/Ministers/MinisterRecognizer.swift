/// Finds ministers, state secretaries and ministries in a letter.
///
/// Sources, and whether the role is the letter's own (`primary`):
/// - signature blocks ("De Minister van Asiel en Migratie," / "D.M. van Weel"): primary, with name;
/// - headings "BRIEF VAN DE MINISTER(S) VAN ... (EN VAN ...)" and "Antwoord van de minister van ...": primary;
/// - Kamervragen answers "Antwoord van minister Van Mierlo (Buitenlandse Zaken)": primary, with name;
/// - "mede namens de minister van ...": not primary — the letter is sent on their behalf but
///   signed by someone else, so they are not a signer;
/// - running text ("de minister van Financiën", "de minister-president", "Vragen ... aan de
///   Minister van ..."): not primary;
/// - "ministerie van X" gives a `.ministry` mention only; in furniture (a letterhead) it is primary;
/// - another country's roles give nothing: "de Turkse premier", "de Amerikaanse Minister van
///   Defensie", "premier Khaleda Zia van Bangladesh".
///
/// Each role gives a `.minister` mention (key `"minister van justitie en veiligheid"`) and, where a
/// ministry is named, a `.ministry` mention (key `"justitie-en-veiligheid"`) over the ministry name.
/// A primary role without a printed name takes the name its signature gives elsewhere in the letter.
///
/// ```swift
/// let mentions = MinisterRecognizer().mentions(in: letterText, furniture: [])
/// let signers = mentions.filter { $0.kind == .minister && $0.primary }
/// ```
public struct MinisterRecognizer: EntityRecognizer {
    private let parser: RolePhraseParser
    private let signatures: SignatureRecognizer

    /// Creates a recognizer over the given ministry table.
    public init(gazetteer: MinistryGazetteer = .shared) {
        self.parser = RolePhraseParser(gazetteer: gazetteer)
        self.signatures = SignatureRecognizer(gazetteer: gazetteer)
    }

    /// Minister and ministry mentions in `text` and (without offsets) in `furniture`.
    public func mentions(in text: String, furniture: [String]) -> [Mention] {
        let bytes = LetterBytes(text)
        return mentions(in: bytes, words: WordSpans(bytes), furniture: furniture)
    }

    /// Mentions in text already read as bytes and words (the profiler shares them).
    func mentions(in text: LetterBytes, words: WordSpans, furniture: [String]) -> [Mention] {
        var out: [Mention] = text.bytes.withUnsafeBufferPointer { bytes in
            var out: [Mention] = []
            let covered = signatures.scan(bytes, into: &out)
            scanPhrases(bytes, words: words, skipping: covered, into: &out)
            return out
        }
        fillNames(&out)
        for line in furniture {
            let line = LetterBytes(line)
            let lineWords = WordSpans(line)
            line.bytes.withUnsafeBufferPointer { bytes in
                var found: [Mention] = []
                scanPhrases(bytes, words: lineWords, skipping: [], into: &found)
                for var mention in found {
                    mention.start = nil
                    mention.end = nil
                    mention.primary = mention.kind == .ministry && mention.primary
                    out.append(mention)
                }
            }
        }
        return out
    }

    /// How a role phrase relates to the letter, from the words before it.
    private enum Context {
        case heading, coSigner, running
    }

    private func scanPhrases(
        _ bytes: UnsafeBufferPointer<UInt8>, words: WordSpans, skipping covered: [Range<Int>], into out: inout [Mention]
    ) {
        var coveredIndex = 0
        let count = bytes.count
        // Only word starts matter; `resume` is the first offset a phrase may start at.
        var resume = 0
        for start in words.starts {
            let i = Int(start)
            guard i >= resume else { continue }
            let lower = bytes[i] | 0x20
            // One bit test on the first byte, and one on the next four for mangled OCR, pass over
            // most words without the mispredicted branches of a switch on the letter.
            let startsPhrase = lower & 0xE0 == UInt8(ascii: "`") && Self.phraseLetters >> UInt32(lower & 0x1F) & 1 != 0
            let mangled = Self.mayBeMangledMinister(bytes, i)
            guard startsPhrase || mangled else { continue }
            if lower == UInt8(ascii: "a"), i + 1 < count, bytes[i + 1] | 0x20 == UInt8(ascii: "n"), let next = answer(bytes, at: i, into: &out) {
                resume = next + 1
                continue
            }
            guard lower == UInt8(ascii: "m") || lower == UInt8(ascii: "s") || lower == UInt8(ascii: "p") || mangled,
                RolePhraseParser.mayStartRole(bytes, i)
            else {
                continue
            }
            while coveredIndex < covered.count && covered[coveredIndex].upperBound <= i { coveredIndex += 1 }
            if coveredIndex < covered.count && covered[coveredIndex].contains(i) {
                resume = covered[coveredIndex].upperBound + 1
                continue
            }
            let (found, end) = parser.parse(bytes, at: i)
            guard !found.isEmpty else { continue }
            let context = self.context(bytes, before: i)
            if context == .running, Self.isForeign(found, bytes, start: i, end: end) {
                resume = end + 1
                continue
            }
            emit(found, bytes, context: context, name: nil, into: &out)
            resume = end + 1
        }
    }

    /// Whether a role in running text is another country's: after a country adjective ("de Turkse
    /// premier", "de Britse minister van Buitenlandse Zaken"), or followed by "van" and a country
    /// ("de minister van Financiën van Frankrijk", "premier Khaleda Zia van Bangladesh").
    /// The Dutch ("de Nederlandse minister van …") stay.
    private static func isForeign(
        _ found: [RolePhraseParser.Found], _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int
    ) -> Bool {
        guard found.contains(where: { $0.role != nil }) else { return false }
        // The word before the role.
        var k = start
        while k > 0 && (bytes[k - 1] == UInt8(ascii: " ") || bytes[k - 1] == UInt8(ascii: "\n")) { k -= 1 }
        var wordStart = k
        while wordStart > 0 && (MinisterText.fold(MinisterText.scalar(bytes, wordStart - 1).0) != 0 || bytes[wordStart - 1] == UInt8(ascii: "-")
            || bytes[wordStart - 1] & 0xC0 == 0x80)
        {
            wordStart -= 1
        }
        if k - wordStart >= 4, let form = countryForm(bytes, wordStart, k), form.kind == .inflectedAdjective, !isDutch(form) {
            return true
        }
        // "van <country>" after the role, past up to four capitalized name words for the premier.
        let isPremier = found.contains { $0.role?.title == .ministerPresident }
        var j = MinisterText.skipSpace(bytes, end, newlines: 0)
        var names = 0
        while j < bytes.count {
            let wordEnd = MinisterText.wordEnd(bytes, j)
            guard wordEnd > j else { return false }
            if MinisterText.hasWord(bytes, j, "van") {
                let c = MinisterText.skipSpace(bytes, wordEnd, newlines: 0)
                var cEnd = MinisterText.wordEnd(bytes, c)
                guard cEnd > c else { return false }
                if let form = countryForm(bytes, c, cEnd), form.kind == .name { return !isDutch(form) }
                // Two-word names: "Verenigde Staten", "Saoedi Arabië".
                let c2 = MinisterText.skipSpace(bytes, cEnd, newlines: 0)
                cEnd = MinisterText.wordEnd(bytes, c2)
                if cEnd > c2, let form = countryForm(bytes, c, cEnd), form.kind == .name { return !isDutch(form) }
                return false
            }
            guard isPremier, names < 4, MinisterText.isUpper(MinisterText.scalar(bytes, j).0) else { return false }
            names += 1
            j = MinisterText.skipSpace(bytes, wordEnd, newlines: 0)
        }
        return false
    }

    private static let netherlands = CountryGazetteer.shared.countries.firstIndex { $0.code == "NL" } ?? -1

    private static func isDutch(_ form: CountryForm) -> Bool { form.country == netherlands }

    /// The country form of the text in `start..<end`, if it is one.
    private static func countryForm(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> CountryForm? {
        let key = CountryGazetteer.key(MinisterText.string(bytes, start, end))
        guard !key.isEmpty else { return nil }
        return key.withUnsafeBufferPointer { CountryGazetteer.shared.forms.lookup($0)?.form }
    }

    /// "ini" one or two letters into the word: "Vfinister", "ilinister" (OCR for "Minister").
    @inline(__always)
    private static func mayBeMangledMinister(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i + 4 < bytes.count, let base = bytes.baseAddress else { return false }
        // Bytes i+1...i+4 lowercased, i+1 lowest: "ini" at i+1 or at i+2, without a loop.
        let x = UInt32(littleEndian: UnsafeRawPointer(base + i + 1).loadUnaligned(as: UInt32.self)) | 0x2020_2020
        return x & 0x00FF_FFFF == 0x0069_6E69 || x >> 8 == 0x0069_6E69
    }

    /// Bits of the lowercased first letters (bit = byte - 0x60) that start an answer or a role:
    /// a, m, p, s.
    private static let phraseLetters: UInt32 = 1 << 1 | 1 << 13 | 1 << 16 | 1 << 19

    private func emit(
        _ found: [RolePhraseParser.Found], _ bytes: UnsafeBufferPointer<UInt8>, context: Context, name: String?,
        into out: inout [Mention]
    ) {
        let primary = context == .heading
        for item in found {
            if let role = item.role {
                out.append(
                    Mention(
                        kind: .minister, key: role.key, label: role.label, start: item.start, end: item.end,
                        surface: MinisterText.string(bytes, item.start, item.end), name: name, primary: primary))
            }
            if let ministry = item.ministry {
                let letterhead = item.role == nil && context == .running
                out.append(
                    Mention(
                        kind: .ministry, key: ministry.key, label: ministry.label, start: item.ministryStart,
                        end: item.ministryEnd, surface: MinisterText.string(bytes, item.ministryStart, item.ministryEnd),
                        primary: primary || letterhead && isLineStart(bytes, item.start)))
            }
        }
    }

    /// Whether only spaces precede `index` on its line ("Ministerie van Financiën" as a letterhead line).
    private func isLineStart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        MinisterText.skipSpace(bytes, MinisterText.lineStart(bytes, index), newlines: 0) == index
    }

    /// Heading ("BRIEF VAN DE", "Antwoord van de" at the start of a line), co-signer
    /// ("mede namens (de)") or running text.
    private func context(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Context {
        let words = precedingWords(bytes, before: index, limit: 6)
        let lineWords = words.filter { $0.sameLine }.map(\.folded)
        if lineWords.count >= 2 && lineWords.count <= 5 {
            let n = lineWords.count
            let article = lineWords[n - 1]
            if MinisterText.equals(article, "de") || MinisterText.equals(article, "den"), MinisterText.equals(lineWords[n - 2], "van"),
                n >= 3
            {
                let head = lineWords[n - 3]
                if MinisterText.equals(head, "brief") || MinisterText.equals(head, "brieven") || MinisterText.equals(head, "antwoord") {
                    return .heading
                }
            }
        }
        let all = words.map(\.folded)
        if let last = all.last {
            var k = all.count - 1
            if MinisterText.equals(last, "de") || MinisterText.equals(last, "den") { k -= 1 }
            if k >= 0 && MinisterText.equals(all[k], "namens") { return .coSigner }
        }
        return .running
    }

    /// Up to `limit` folded words before `index`, nearest last, crossing at most one line break;
    /// `sameLine` tells whether the word is on the line of `index`.
    private func precedingWords(
        _ bytes: UnsafeBufferPointer<UInt8>, before index: Int, limit: Int
    ) -> [(folded: [UInt8], sameLine: Bool)] {
        var words: [(folded: [UInt8], sameLine: Bool)] = []
        var i = index
        var sameLine = true
        var lineBreaks = 0
        while i > 0 && words.count < limit {
            // Skip separators backwards.
            var j = i
            while j > 0 {
                let b = bytes[j - 1]
                if b == UInt8(ascii: "\n") {
                    lineBreaks += 1
                    if lineBreaks > 1 { return words.reversed() }
                    sameLine = false
                    j -= 1
                } else if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") || b == UInt8(ascii: "-") || b == UInt8(ascii: ",") {
                    j -= 1
                } else {
                    break
                }
            }
            guard j > 0 else { break }
            var start = j
            while start > 0 {
                var k = start - 1
                while k > 0 && bytes[k] & 0xC0 == 0x80 { k -= 1 }
                if MinisterText.fold(MinisterText.scalar(bytes, k).0) == 0 { break }
                start = k
            }
            if start == j { break }  // punctuation: stop
            words.append((MinisterText.foldedWord(bytes, start, j), sameLine))
            i = start
        }
        return words.reversed()
    }

    /// "Antwoord van minister Van Mierlo (Buitenlandse Zaken)", "Antwoorden Minister Van Dam (...)",
    /// "Antwoord van mevrouw Korte-van Hemel, Staatssecretaris van Justitie": the answering
    /// minister, primary, with name. Returns where scanning resumes, or nil when this is not such an answer.
    private func answer(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, into out: inout [Mention]) -> Int? {
        var i = index + 8
        if i < bytes.count && bytes[i] | 0x20 == UInt8(ascii: "e") && MinisterText.hasWord(bytes, index, "antwoorden") {
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
            return namedAnswer(bytes, at: i, into: &out)
        }
        if MinisterText.hasWord(bytes, i, "de") || MinisterText.hasWord(bytes, i, "den") {
            let next = MinisterText.skipSpace(bytes, MinisterText.wordEnd(bytes, i), newlines: 0)
            if MinisterText.hasWord(bytes, next, "heer") || MinisterText.hasWord(bytes, next, "heren")
                || MinisterText.hasWord(bytes, next, "heeren")
            {
                return namedAnswer(bytes, at: i, into: &out)
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
            guard let person = answerer(bytes, from: j, title: title, roleStart: start) else { break }
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
        _ bytes: UnsafeBufferPointer<UInt8>, from index: Int, title: MinisterRole.Title, roleStart: Int
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
        guard ministry != nil || title == .ministerPresident else { return nil }
        let role = MinisterRole(title: title, ministry: title == .ministerPresident ? nil : ministry)
        let surfaceEnd = ministryRange.isEmpty ? nameEnd : ministryRange.upperBound
        var mentions = [
            Mention(
                kind: .minister, key: role.key, label: role.label, start: roleStart, end: surfaceEnd,
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
    private func namedAnswer(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, into out: inout [Mention]) -> Int? {
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
            emit(found, bytes, context: .heading, name: name, into: &out)
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

    /// Gives primary roles without a printed name the one name their signature shows.
    private func fillNames(_ mentions: inout [Mention]) {
        var names: [String: String?] = [:]
        for mention in mentions where mention.kind == .minister && mention.primary {
            guard let name = mention.name else { continue }
            if let existing = names[mention.key], existing != name {
                names[mention.key] = .some(nil)
            } else {
                names[mention.key] = name
            }
        }
        guard !names.isEmpty else { return }
        for index in mentions.indices where mentions[index].kind == .minister && mentions[index].primary {
            if mentions[index].name == nil, let name = names[mentions[index].key] ?? nil {
                mentions[index].name = name
            }
        }
    }
}
