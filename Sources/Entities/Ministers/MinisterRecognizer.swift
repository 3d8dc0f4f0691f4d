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
/// Roles are labelled as the letter's date named them (``MinisterRole/label(on:)``): a renamed
/// ministry by its name that day, so "Minister van Onderwijs, Cultuur en Wetenschappen" in 1994
/// and "… Wetenschap" today; a letter without a date gets today's names. A `.ministry` mention
/// keeps the ministry's key and today's name, whatever the date: it names the institution.
///
/// ```swift
/// let mentions = MinisterRecognizer().mentions(in: letterText, furniture: [])
/// let signers = mentions.filter { $0.kind == .minister && $0.primary }
/// ```
public struct MinisterRecognizer: LetterTextRecognizer {
    private let parser: RolePhraseParser
    private let signatures: SignatureRecognizer
    private let answers: KamervragenAnswerRecognizer

    /// Creates a recognizer over the given ministry table.
    public init(gazetteer: MinistryGazetteer = .shared) {
        let parser = RolePhraseParser(gazetteer: gazetteer)
        self.parser = parser
        self.signatures = SignatureRecognizer(gazetteer: gazetteer)
        self.answers = KamervragenAnswerRecognizer(parser: parser)
    }

    /// Minister and ministry mentions in `text` and (without offsets) in `furniture`, roles
    /// labelled with today's ministry names.
    public func mentions(in text: String, furniture: [String]) -> [Mention] {
        mentions(reading: text, furniture: furniture)
    }

    /// Minister and ministry mentions in a letter of `date`: roles labelled with the ministry
    /// names of that day (today's when `date` is nil).
    public func mentions(in text: String, furniture: [String], on date: DutchDate?) -> [Mention] {
        let bytes = LetterBytes(text)
        return mentions(in: bytes, words: WordSpans(bytes), furniture: furniture, on: date)
    }

    func mentions(in text: LetterBytes, words: WordSpans, furniture: [String]) -> [Mention] {
        mentions(in: text, words: words, furniture: furniture, on: nil)
    }

    /// Mentions in text already read as bytes and words, roles labelled as on `date`.
    func mentions(in text: LetterBytes, words: WordSpans, furniture: [String], on date: DutchDate?) -> [Mention] {
        var out: [Mention] = text.bytes.withUnsafeBufferPointer { bytes in
            var out: [Mention] = []
            let covered = signatures.scan(bytes, on: date, into: &out)
            scanPhrases(bytes, words: words, skipping: covered, on: date, into: &out)
            return out
        }
        fillTasks(&out)
        fillNames(&out)
        for line in furniture {
            let line = LetterBytes(line)
            let lineWords = WordSpans(line)
            line.bytes.withUnsafeBufferPointer { bytes in
                var found: [Mention] = []
                scanPhrases(bytes, words: lineWords, skipping: [], on: date, into: &found)
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
    enum Context {
        case heading, coSigner, running
    }

    private func scanPhrases(
        _ bytes: UnsafeBufferPointer<UInt8>, words: WordSpans, skipping covered: [Range<Int>], on date: DutchDate?,
        into out: inout [Mention]
    ) {
        var coveredIndex = 0
        let count = bytes.count
        // Only word starts matter; `resume` is the first offset a phrase may start at.
        var resume = 0
        for start in words.starts {
            let i = Int(start)
            guard i >= resume else { continue }
            let lower = bytes[i] | ASCII.caseBit
            // One bit test on the first byte, and one on the next four for mangled OCR, pass over
            // most words without the mispredicted branches of a switch on the letter.
            let startsPhrase = lower & 0xE0 == UInt8(ascii: "`") && Self.phraseLetters >> UInt32(lower & 0x1F) & 1 != 0
            let mangled = Self.mayBeMangledMinister(bytes, i)
            guard startsPhrase || mangled else { continue }
            if lower == UInt8(ascii: "a"), i + 1 < count, bytes[i + 1] | ASCII.caseBit == UInt8(ascii: "n"),
                let next = answers.answer(bytes, at: i, on: date, into: &out)
            {
                resume = next + 1
                continue
            }
            guard lower == UInt8(ascii: "m") || lower == UInt8(ascii: "s") || lower == UInt8(ascii: "p") || lower == UInt8(ascii: "v")
                || mangled,
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
            Self.emit(found, bytes, context: context, name: nil, on: date, into: &out)
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
        let isPremier = found.contains { $0.role?.title == .ministerPresident || $0.role?.title == .viceMinisterPresident }
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
    /// a, m, p, s, v.
    private static let phraseLetters: UInt32 = 1 << 1 | 1 << 13 | 1 << 16 | 1 << 19 | 1 << 22

    /// Appends the minister and ministry mentions of `found`, primary in a heading, roles
    /// labelled as on `date`.
    static func emit(
        _ found: [RolePhraseParser.Found], _ bytes: UnsafeBufferPointer<UInt8>, context: Context, name: String?,
        on date: DutchDate?, into out: inout [Mention]
    ) {
        let primary = context == .heading
        for item in found {
            if let role = item.role {
                out.append(
                    Mention(
                        kind: .minister, key: role.key(on: date), label: role.label(on: date), start: item.start,
                        end: item.end, surface: MinisterText.string(bytes, item.start, item.end), name: name, primary: primary))
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
    private static func isLineStart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
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

    /// A letter whose heading names a "Minister zonder Portefeuille" and whose signature names
    /// him by his task ("De Minister zonder Portefeuille, belast met de aangelegenheden
    /// betreffende de hulp aan ontwikkelingsgebieden,"): the heading's role is the task's, when
    /// the letter's own roles name exactly one such task.
    private func fillTasks(_ mentions: inout [Mention]) {
        let bare = MinisterRole(title: .ministerZonderPortefeuille, ministry: nil).key
        let charged = MinisterText.folded("Minister \(MinisterRole.taskPreposition) ")
        var task: Mention?
        for mention in mentions where mention.kind == .minister && mention.primary && mention.key.hasPrefix(charged) {
            // Letters only: "Minister zon-der Portefeuille, belast met …" as OCR prints it.
            guard String(decoding: MinisterText.compact(mention.surface), as: UTF8.self).contains("zonderportefeuille") else { continue }
            if let known = task, known.key != mention.key { return }
            task = mention
        }
        guard let task else { return }
        for index in mentions.indices where mentions[index].kind == .minister && mentions[index].primary && mentions[index].key == bare {
            mentions[index].key = task.key
            mentions[index].label = task.label
        }
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
