/// Finds Kamerstuk dossier numbers: the letter's own (masthead and page footers, `primary`)
/// and the ones it cites.
///
/// Numbers count only in Kamerstuk context, so amounts, years, postcodes and phone numbers
/// are never taken:
/// - after `Kamerstuk`/`Kamerstukken` (with `I`, `II`, `I/II`, a session year and commas
///   between), `TK`/`EK`, `dossier`, `Tweede Kamer, vergaderjaar 1994-1995,`;
/// - a number followed by `, nr.`/`nrs.` (`(17 649, nr. 82)`), unless it follows Stb., Stcrt.,
///   Trb., blz. or Handelingen;
/// - the masthead's dossier line (`34 104` under `Kamerstukken`), with the budget chapters its
///   `HOOFDSTUK III` lines add to a number printed without one (`ZITTING 1954—1955 — 3700`);
/// - old page heads and footers ending in number, chapter and stuk number (`1400 III 49`);
/// - a bill's number in parentheses (`… en 18 anderen (4952)`, `(34 165)`), not a quantity;
/// - old citations: `Bijlage Handelingen Tweede Kamer 1956/57 - 4583`, and
///   `Tweede Kamer, zitting 1969-1970, nr. 10 785` when the number fits the session.
///
/// ```swift
/// DossierRecognizer().mentions(in: "1 Kamerstukken II, 2025-2026, 32317, nr. 987.", furniture: [])
/// // [Mention(kind: .dossier, key: "32317", surface: "32317, nr. 987", primary: false, …)]
/// ```
public struct DossierRecognizer: EntityRecognizer {
    public init() {}

    public func mentions(in text: String, furniture: [String]) -> [Mention] {
        let bytes = LetterBytes(text)
        return mentions(in: bytes, lines: bytes.lines(), words: WordSpans(bytes), furniture: furniture)
    }

    /// Mentions in text already split into lines and words (the profiler shares the split).
    func mentions(in text: LetterBytes, lines: [LetterLine], words: WordSpans, furniture: [String]) -> [Mention] {
        var result: [Mention] = []
        var primaryKey: String?
        var mastheadChapters: [String] = []
        if let masthead = KamerstukMasthead.parse(text, lines: lines), let dossier = masthead.dossier {
            mastheadChapters = masthead.chapters
            if dossier.number.part == nil, !masthead.chapters.isEmpty {
                for chapter in masthead.chapters {
                    let number = DossierNumber(number: dossier.number.number, part: chapter)!
                    result.append(mention(number, text, dossier.start, dossier.end, inText: true, primary: primaryKey == nil))
                    if primaryKey == nil { primaryKey = number.key }
                }
            } else {
                primaryKey = dossier.number.key
                result.append(mention(dossier.number, text, dossier.start, dossier.end, inText: true, primary: true))
            }
        }
        var citations = Self.citations(in: text, words: words)
        citations += Self.pageNumberCitations(in: text, lines: lines)
        if primaryKey == nil, let footer = citations.filter(\.isFooter).min(by: { $0.start < $1.start }) {
            primaryKey = footer.number.key
        }
        let mastheadStart = result.first?.start ?? -1
        citations.removeAll { $0.start == mastheadStart }
        let ownGroups = Self.ownFooterGroups(citations, primaryKey: primaryKey)
        for c in citations {
            let primary = c.isFooter && ownGroups.contains(c.group)
            result.append(mention(c.number, text, c.start, c.end, inText: true, primary: primary))
        }
        for piece in furniture {
            let bytes = LetterBytes(piece)
            var found = Self.citations(in: bytes, words: WordSpans(bytes))
            found += Self.pageNumberCitations(in: bytes, lines: bytes.lines())
            if primaryKey == nil, let footer = found.first(where: { $0.isFooter }) {
                primaryKey = footer.number.key
            }
            let own = Self.ownFooterGroups(found, primaryKey: primaryKey)
            for c in found {
                let primary = c.isFooter && own.contains(c.group)
                result.append(mention(c.number, bytes, c.start, c.end, inText: false, primary: primary))
            }
        }
        return Self.withChapters(result, primaryKey: primaryKey, mastheadChapters: mastheadChapters)
    }

    /// The mentions with the letter's own bare budget number read as its own chapter when the
    /// masthead or an own footer gives that chapter (masthead `ZITTING 1967-1968 -9300`, footer
    /// `9300 IXB 13`: `9300-IXB`, never also `9300`), and a chapter one `I` off a masthead
    /// `HOOFDSTUK` read as that chapter (OCR: footer `9300 II` under `HOOFDSTUK III`). Cited bare
    /// numbers stay: `36 410, nr. 19` is a dossier of its own beside `36410-XVI`.
    private static func withChapters(_ mentions: [Mention], primaryKey: String?, mastheadChapters: [String]) -> [Mention] {
        var ownChaptered: [Int: [String]] = [:]
        for m in mentions where m.primary && m.key.utf8.contains(UInt8(ascii: "-")) {
            guard let number = DossierNumber.parse(m.key), let part = number.part, isRoman(part) else { continue }
            if !(ownChaptered[number.number]?.contains(m.key) ?? false) { ownChaptered[number.number, default: []].append(m.key) }
        }
        guard !ownChaptered.isEmpty || !mastheadChapters.isEmpty else { return mentions }
        let own = primaryKey.flatMap { DossierNumber.parse($0) }
        return mentions.map { m in
            guard let number = DossierNumber.parse(m.key) else { return m }
            var m = m
            if let part = number.part {
                if let own, own.number == number.number, isRoman(part), !mastheadChapters.contains(part),
                    let stated = mastheadChapters.first(where: { isOneIOff(part, $0) })
                {
                    m.key = DossierNumber(number: number.number, part: stated)!.key
                    m.label = m.key
                }
                return m
            }
            guard m.primary, let keys = ownChaptered[number.number] else { return m }
            let key = own.map { $0.number == number.number && $0.part != nil ? $0.key : keys[0] } ?? keys[0]
            m.key = key
            m.label = key
            return m
        }
    }

    private static func isRoman(_ part: String) -> Bool {
        part.unicodeScalars.allSatisfy { $0 == "I" || $0 == "V" || $0 == "X" || $0 == "A" || $0 == "B" }
            && !(part.count == 1 && (part == "A" || part == "B"))
    }

    /// `II` and `III`, `VI` and `VII`: one `I` more or less.
    private static func isOneIOff(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        let l = Array(long)
        for k in l.indices where l[k] == "I" {
            var copy = l
            copy.remove(at: k)
            if String(copy) == short { return true }
        }
        return false
    }

    /// Footers that name the letter's own dossier number (with or without its chapter, or with
    /// another chapter of the same budget); every number in such a footer
    /// ("… 20 708 en 21 433, nr. 176") is the letter's own.
    private static func ownFooterGroups(_ citations: [Citation], primaryKey: String?) -> Set<Int> {
        guard let own = primaryKey.flatMap({ DossierNumber.parse($0) }) else { return [] }
        var groups: Set<Int> = []
        for c in citations where c.isFooter && c.number.number == own.number {
            guard let ownPart = own.part, let part = c.number.part, part != ownPart else {
                groups.insert(c.group)
                continue
            }
            if isRoman(ownPart) && isRoman(part) { groups.insert(c.group) }
        }
        return groups
    }

    private func mention(
        _ number: DossierNumber, _ text: LetterBytes, _ start: Int, _ end: Int, inText: Bool, primary: Bool
    ) -> Mention {
        Mention(kind: .dossier, key: number.key, label: number.key, in: text, start, end, inText: inText, primary: primary)
    }

    /// A dossier number cited in the text.
    struct Citation {
        var number: DossierNumber
        var start: Int
        var end: Int
        /// Whether it is a page footer ("Tweede Kamer, vergaderjaar 1994-1995, 17 050, nr. 190")
        /// standing on its own line.
        var isFooter: Bool
        /// Citations read after one trigger share a group (their start offset).
        var group: Int = 0
    }

    private static let publicationWords: Set<String> = [
        "stb", "stcrt", "trb", "blz", "staatsblad", "staatscourant", "tractatenblad",
        "handelingen", "aanhangsel", "pag", "bijlage", "art", "artikel", "jaargang",
    ]

    /// Bits of the bytes 0x00...0x3F that start a citation: the digits.
    private static let digitStarts: UInt64 = 0x03FF_0000_0000_0000
    /// Bits of the bytes 0x40...0x7F that start a trigger: B D E K T b d k (bit = byte - 0x40).
    private static let letterStarts: UInt64 = 0x0000_0814_0010_0834

    /// Every dossier number in Kamerstuk context in `text`, whose words are `words`.
    static func citations(in text: LetterBytes, words: WordSpans) -> [Citation] {
        var result: [Citation] = []
        let b = text.bytes
        let end = text.count
        // Only word starts are interesting; `resume` is where the last citation ended.
        var resume = 0
        for start in words.starts {
            let i = Int(start)
            guard i >= resume else { continue }
            let c = b[i]
            // Only K, k, D, d, T, E, B, b and digits start a trigger or a number: one bit test
            // passes over most words.
            guard c < 0x80, (c < UInt8(ascii: "@") ? Self.digitStarts : Self.letterStarts) >> UInt64(c & 0x3F) & 1 != 0 else { continue }
            var found: [Citation] = []
            switch c {
            case UInt8(ascii: "K"), UInt8(ascii: "k"):  // K k
                if var j = text.end(of: "kamerstuk", at: i, end: end) {
                    while j < end, LetterBytes.isLowerASCII(b[j]) { j += 1 }
                    found = afterTrigger(text, at: j, end: end, isFooter: false)
                } else if let j = text.end(of: "kamerdossier", at: i, end: end) {
                    found = afterTrigger(text, at: j, end: end, isFooter: false)
                }
            case UInt8(ascii: "D"), UInt8(ascii: "d"):  // D d
                if var j = text.end(of: "dossier", at: i, end: end) {
                    j = text.end(of: "nummer", at: j, end: end) ?? j
                    if j < end, !LetterBytes.isLetter(b[j]) {
                        found = afterTrigger(text, at: j, end: end, isFooter: false, requireAdjacent: true)
                    }
                }
            case UInt8(ascii: "T"), UInt8(ascii: "E"):  // T E
                if i + 2 <= end, b[i + 1] == UInt8(ascii: "K"), text.isWordEnd(i + 2, end: end) {
                    found = afterTrigger(text, at: i + 2, end: end, isFooter: false)
                } else if let j = text.end(of: "tweede kamer", at: i, end: end) ?? text.end(of: "eerste kamer", at: i, end: end) {
                    if j < end, b[j] == UInt8(ascii: ",") {
                        let k = text.skipSpace(from: j + 1, to: end)
                        if text.matches("vergaderjaar", at: k, end: end) || text.matches("zitting", at: k, end: end) {
                            let footer = isLineStart(text, i)
                            found = afterTrigger(text, at: k, end: end, isFooter: footer, numberedBySession: c == UInt8(ascii: "T"))
                        }
                    }
                }
            case UInt8(ascii: "B"), UInt8(ascii: "b"):  // B b
                if let j = text.end(of: "bijlage", at: i, end: end) {
                    found = afterBijlageHandelingen(text, at: j, end: end)
                }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                found = beforeNumberSign(text, at: i, end: end)
            default:
                break
            }
            if let last = found.last {
                let group = found[0].start
                result.append(contentsOf: found.map { var c = $0; c.group = group; return c })
                resume = last.end
            }
        }
        return result
    }

    /// Whether only blanks stand between the previous line break and `i`.
    private static func isLineStart(_ text: LetterBytes, _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, LetterBytes.isBlank(text.bytes[k]) { k -= 1 }
        return k < 0 || text.bytes[k] == UInt8(ascii: "\n")
    }

    /// The dossier numbers after a trigger word: skips chamber (`I`, `II`, `I/II`), session
    /// (`vergaderjaar 1993-1994`, `1993-94`, `2019/20`) and punctuation, then reads one or more
    /// numbers joined by `,`, `;` or `en`.
    ///
    /// With `numberedBySession` (after `Tweede Kamer, zitting 1969-1970,`) an old citation by
    /// number alone, `nr. 10 785`, is read when the number fits the session (``isDossierOfSession``);
    /// small numbers there are Aanhangsel or stuk numbers.
    private static func afterTrigger(
        _ text: LetterBytes, at start: Int, end: Int, isFooter: Bool, requireAdjacent: Bool = false,
        numberedBySession: Bool = false
    ) -> [Citation] {
        let b = text.bytes
        let limit = min(end, start + 80)
        var i = start
        var steps = 0
        var sessionYear: Int?
        while i < limit, steps < 10 {
            steps += 1
            let c = b[i]
            if LetterBytes.isSpace(c) || c == UInt8(ascii: ",") || c == UInt8(ascii: ":") || c == UInt8(ascii: ".") || c == UInt8(ascii: "(") {
                i += 1
                continue
            }
            if requireAdjacent { break }
            if c == UInt8(ascii: "I") {  // I, II, I/II
                var j = i
                while j < limit, b[j] == UInt8(ascii: "I") || b[j] == UInt8(ascii: "/") { j += 1 }
                if j - i <= 4, text.isWordEnd(j, end: end) { i = j; continue }
                break
            }
            if let after = text.end(of: "vergaderjaar", at: i, end: limit) ?? text.end(of: "zitting", at: i, end: limit) {
                i = after
                continue
            }
            if LetterBytes.isDigit(c), let yearEnd = sessionYears(text, at: i, end: limit) {
                if sessionYear == nil { sessionYear = text.number(i, i + 4) }
                i = yearEnd
                continue
            }
            break
        }
        if numberedBySession, let sessionYear, i < end, !LetterBytes.isDigit(b[i]) {
            return numberOfSession(text, at: i, end: end, year: sessionYear, isFooter: isFooter)
        }
        guard i < end, LetterBytes.isDigit(b[i]) else { return [] }
        var result: [Citation] = []
        var position = i
        while let found = DossierNumber.scan(
            text, at: position, end: end, allowFourDigits: result.isEmpty, requireWordStart: !result.isEmpty)
        {
            let citationEnd = ondernummerEnd(text, at: found.end, end: end) ?? found.end
            result.append(Citation(number: found.number, start: position, end: citationEnd, isFooter: isFooter))
            // Further numbers: "29 754 en 30 035", "21 501-20, nr. 12; 21 501-02, nr. 3".
            var j = text.skipBlanks(from: citationEnd, to: end)
            if j < end, b[j] == UInt8(ascii: "/") { j = text.skipBlanks(from: j + 1, to: end); position = j; continue }
            if j < end, b[j] == UInt8(ascii: ",") || b[j] == UInt8(ascii: ";") || b[j] == UInt8(ascii: "/") {
                j += 1
            } else if text.matches("en ", at: j, end: end) {
                j += 2
            } else {
                break
            }
            j = text.skipSpace(from: j, to: end)
            position = j
        }
        return result
    }

    private static let numberSigns: [[UInt8]] = ["nr.", "nr", "no.", "no", "n°."].map { Array($0.utf8) }

    /// `nr. 10 785` at `i` after a session of `year`, when the number fits that session.
    private static func numberOfSession(_ text: LetterBytes, at i: Int, end: Int, year: Int, isFooter: Bool) -> [Citation] {
        for sign in numberSigns where text.matches(sign, at: i, end: end) {
            let s = text.skipBlanks(from: i + sign.count, to: end)
            guard s > i + sign.count || sign.last == UInt8(ascii: "."),
                let found = DossierNumber.scan(text, at: s, end: end, allowFourDigits: true),
                isDossierOfSession(found.number.number, year: year)
            else { return [] }
            return [Citation(number: found.number, start: s, end: found.end, isFooter: isFooter)]
        }
        return []
    }

    /// Whether a Tweede Kamer dossier number can belong to a session that starts in `year`:
    /// dossiers were numbered on from about 1400 (1950) by some 460 a year, so in 1969 a number
    /// near 10 000 is a dossier and 1 045 is an Aanhangsel or stuk number. Only for 1945–1985,
    /// when citations by number alone were usual.
    static func isDossierOfSession(_ number: Int, year: Int) -> Bool {
        guard (1945...1985).contains(year) else { return false }
        let expected = 1400 + (year - 1950) * 460
        return number >= expected - 3500 && number <= expected + 2500
    }

    private static let handelingenSkips: [[UInt8]] = [
        "tweede kamer", "der staten-generaal", "staten-generaal", "van de", "der", "bij de", "ii", "zitting",
    ].map { Array($0.utf8) }

    /// The dossier of an old citation of the printed Kamerstukken as Bijlagen to the Handelingen:
    /// `Bijlage Handelingen Tweede Kamer 1956/ 57 -4583`, `Bijlagen Handelingen II 1950/1951, 2031`.
    /// Eerste Kamer stuk numbers (`Bijlage Handelingen Eerste Kamer 1956/57, nr. 61`) are not read.
    private static func afterBijlageHandelingen(_ text: LetterBytes, at start: Int, end: Int) -> [Citation] {
        let b = text.bytes
        var i = start
        if i < end, b[i] == UInt8(ascii: "n") { i += 1 }  // bijlagen
        let limit = min(end, i + 90)
        var sawHandelingen = false
        var steps = 0
        while i < limit, steps < 14 {
            steps += 1
            let c = b[i]
            if LetterBytes.isSpace(c) || c == UInt8(ascii: ",") || c == UInt8(ascii: ":") || c == UInt8(ascii: ".") { i += 1; continue }
            let dash = text.dashLength(at: i, end: limit)
            if dash > 0, sawHandelingen { i += dash; continue }
            if !sawHandelingen {
                if let after = text.end(of: "handelingen", at: i, end: limit), text.isWordEnd(after, end: limit) {
                    sawHandelingen = true
                    i = after
                    continue
                }
                if let skip = handelingenSkips.first(where: { text.matches($0, at: i, end: limit) && text.isWordEnd(i + $0.count, end: limit) }) {
                    i += skip.count
                    continue
                }
                return []
            }
            if LetterBytes.isDigit(c), let yearEnd = oldSession(text, at: i, end: limit) {
                i = yearEnd
                continue
            }
            if let skip = handelingenSkips.first(where: { text.matches($0, at: i, end: limit) && text.isWordEnd(i + $0.count, end: limit) }) {
                i += skip.count
                continue
            }
            break
        }
        guard sawHandelingen, i < end, LetterBytes.isDigit(b[i]),
            let found = DossierNumber.scan(text, at: i, end: end, allowFourDigits: true)
        else { return [] }
        return [Citation(number: found.number, start: i, end: found.end, isFooter: false)]
    }

    /// A session `1956/57`, `1956/ 57`, `1967/1968`, `1956-1957` or `1956—1957` at `i`.
    private static func oldSession(_ text: LetterBytes, at i: Int, end: Int) -> Int? {
        let firstEnd = text.skipDigits(from: i, to: end)
        guard firstEnd - i == 4, (1800...2099).contains(text.number(i, firstEnd)) else { return nil }
        var j = firstEnd
        let dash = text.dashLength(at: j, end: end)
        if dash > 0 { j += dash } else if j < end, text.bytes[j] == UInt8(ascii: "/") { j += 1 } else { return nil }
        j = text.skipBlanks(from: j, to: end)
        let secondEnd = text.skipDigits(from: j, to: end)
        guard secondEnd - j == 2 || secondEnd - j == 4 else { return nil }
        return secondEnd
    }

    /// Old page heads and footers that end in dossier, budget chapter and stuk number:
    /// `1400 III 49`, `I 3700 III 23`, `11 500 XI 18`, `9300 II, 9300 VII 11`,
    /// `Rijksbegroting voor het dienstjaar 1950 1400 III 49—51`. The chapter is required, so
    /// amounts and article numbers at a line's end are never read.
    static func pageNumberCitations(in text: LetterBytes, lines: [LetterLine]) -> [Citation] {
        let b = text.bytes
        var result: [Citation] = []
        for line in lines where line.length >= 8 {
            var e = line.end
            if b[e - 1] == UInt8(ascii: ".") { e -= 1 }
            guard e > line.start, LetterBytes.isDigit(b[e - 1]) else { continue }
            var s = e
            while s > line.start, LetterBytes.isDigit(b[s - 1]) { s -= 1 }
            guard e - s <= 3 else { continue }
            // A range of stuk numbers: "49—51", "1—5".
            var dash = 0
            if s >= 1, b[s - 1] == UInt8(ascii: "-") { dash = 1 } else if s >= 3, text.dashLength(at: s - 3, end: s) == 3 { dash = 3 }
            if dash > 0, s - dash > line.start, LetterBytes.isDigit(b[s - dash - 1]) {
                var r = s - dash
                while r > line.start, LetterBytes.isDigit(b[r - 1]) { r -= 1 }
                if s - dash - r <= 3 { s = r }
            }
            guard s > line.start + 6, b[s - 1] == UInt8(ascii: " "), LetterBytes.isUpperASCII(b[s - 2]) else { continue }
            let chaptersEnd = s - 1
            var i = line.start
            while i < chaptersEnd {
                if LetterBytes.isDigit(b[i]), text.isWordStart(i), let found = chapterSequence(text, at: i, end: chaptersEnd) {
                    let group = found[0].start
                    result += found.map { var c = $0; c.group = group; return c }
                    break
                }
                i += 1
            }
        }
        return result
    }

    /// `9300 II, 9300 VII` running exactly to `end`, each number with a Roman chapter.
    private static func chapterSequence(_ text: LetterBytes, at start: Int, end: Int) -> [Citation]? {
        var result: [Citation] = []
        var i = start
        while let found = DossierNumber.scan(text, at: i, end: end, allowFourDigits: true),
            let part = found.number.part, LetterBytes.isUpperASCII(text.bytes[found.end - 1]), part.first != "A"
        {
            result.append(Citation(number: found.number, start: i, end: found.end, isFooter: true))
            if found.end == end { return result }
            guard text.bytes[found.end] == UInt8(ascii: ",") else { return nil }
            i = text.skipBlanks(from: found.end + 1, to: end)
        }
        return nil
    }

    /// The end of a session such as `1993-1994`, `1993-94`, `2019/20` or `1994` at `i`.
    private static func sessionYears(_ text: LetterBytes, at i: Int, end: Int) -> Int? {
        let firstEnd = text.skipDigits(from: i, to: end)
        guard firstEnd - i == 4, (1800...2099).contains(text.number(i, firstEnd)) else { return nil }
        let dash = text.dashLength(at: firstEnd, end: end)
        let separator = dash > 0 ? dash : (firstEnd < end && text.bytes[firstEnd] == UInt8(ascii: "/") ? 1 : 0)
        guard separator > 0 else {
            // A lone year is a session only when a comma follows ("TK 1994, 23 900").
            return firstEnd < end && text.bytes[firstEnd] == UInt8(ascii: ",") ? firstEnd : nil
        }
        let secondEnd = text.skipDigits(from: firstEnd + separator, to: end)
        let length = secondEnd - firstEnd - separator
        guard length == 2 || length == 4 else { return nil }
        return secondEnd
    }

    /// The end of `, nr. 987`, `nrs. 1-2`, ` nr 5` after a dossier number, or `nil`.
    private static func ondernummerEnd(_ text: LetterBytes, at i: Int, end: Int) -> Int? {
        let b = text.bytes
        var j = i
        if j < end, b[j] == UInt8(ascii: ",") { j += 1 }
        j = text.skipSpace(from: j, to: end)
        guard j + 2 < end, LetterBytes.lower(b[j]) == UInt8(ascii: "n"), LetterBytes.lower(b[j + 1]) == UInt8(ascii: "r") else { return nil }
        j += 2
        if j < end, b[j] == UInt8(ascii: "s") { j += 1 }
        if j < end, b[j] == UInt8(ascii: ".") { j += 1 }
        j = text.skipBlanks(from: j, to: end)
        let digitsEnd = text.skipDigits(from: j, to: end)
        guard digitsEnd > j else { return nil }
        return digitsEnd
    }

    /// A number written as a Kamerstuk citation without a trigger word: `17 649, nr. 82`.
    /// Also two numbers joined by a slash: `(34 682/35 334, nr. 143)`.
    private static func beforeNumberSign(_ text: LetterBytes, at i: Int, end: Int) -> [Citation] {
        guard let found = DossierNumber.scan(text, at: i, end: end, allowFourDigits: true) else { return [] }
        var first = Citation(number: found.number, start: i, end: found.end, isFooter: false)
        var second: Citation?
        if found.end < end, text.bytes[found.end] == UInt8(ascii: "/"),
            let other = DossierNumber.scan(text, at: found.end + 1, end: end, allowFourDigits: false, requireWordStart: false),
            let otherEnd = ondernummerEnd(text, at: other.end, end: end)
        {
            second = Citation(number: other.number, start: found.end + 1, end: otherEnd, isFooter: false)
        } else if let citationEnd = ondernummerEnd(text, at: found.end, end: end) {
            first.end = citationEnd
        } else if isParenthesized(text, i, found.end, end: end) {
            if let word = previousWord(text, before: i), quantityWords.contains(word) || isNumberWord(word) { return [] }
        } else {
            return []
        }
        if let word = previousWord(text, before: i), publicationWords.contains(word) { return [] }
        return [first] + (second.map { [$0] } ?? [])
    }

    /// A number alone in parentheses after words (or a year), as bills are cited on debate pages
    /// and in Koninklijke Boodschappen: `Naturalisatie van … en 18 anderen (4952)`,
    /// `… der rijksbegroting voor het dienstjaar 1956 (4954)`,
    /// `het wetsvoorstel Wet gesloten coffeeshopketen (34 165)`.
    private static func isParenthesized(_ text: LetterBytes, _ start: Int, _ numberEnd: Int, end: Int) -> Bool {
        let b = text.bytes
        guard start >= 3, b[start - 1] == UInt8(ascii: "("), numberEnd < end, b[numberEnd] == UInt8(ascii: ")"), LetterBytes.isSpace(b[start - 2]) else {
            return false
        }
        var k = start - 2
        while k > 0, LetterBytes.isSpace(b[k]) { k -= 1 }
        guard LetterBytes.isDigit(b[k]) else { return true }
        // After a year: "der rijksbegroting voor het dienstjaar 1956 (4954)".
        var y = k
        while y > 0, LetterBytes.isDigit(b[y - 1]) { y -= 1 }
        return k + 1 - y == 4 && (y == 0 || b[y - 1] == UInt8(ascii: " ")) && (1800...2099).contains(text.number(y, k + 1))
    }

    /// Words before a parenthesized number that make it a quantity, not a bill.
    private static let quantityWords: Set<String> = [
        "gulden", "guldens", "f", "fl", "hfl", "euro", "eur", "frank", "francs", "dollar", "dollars", "mark", "pond",
        "ponden", "kg", "ton", "tonnen", "ha", "hectare", "km", "m", "meter", "stuks", "nummer", "nummers",
    ]

    private static let numberWordEndings = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "tig", "honderd", "duizend", "miljoen"]

    /// "duizend", "vijftig", "achttien duizend vijf en veertig": a number written out.
    private static func isNumberWord(_ word: String) -> Bool {
        numberWordEndings.contains { word.hasSuffix($0) } && word != "geen" && !word.hasSuffix("steen")
    }

    /// The lowercased ASCII word before `i`, skipping blanks, punctuation and a session year.
    private static func previousWord(_ text: LetterBytes, before i: Int) -> String? {
        let b = text.bytes
        var k = i - 1
        let floor = max(0, i - 24)
        while k >= floor, !LetterBytes.isLetter(b[k]) { k -= 1 }
        guard k >= floor else { return nil }
        let wordEnd = k + 1
        while k >= 0, LetterBytes.isLetter(b[k]) { k -= 1 }
        let word = b[(k + 1)..<wordEnd].map { LetterBytes.lower($0) }
        return String(decoding: word, as: UTF8.self)
    }
}
