/// Finds Kamerstuk dossier numbers: the letter's own (masthead and page footers, `primary`)
/// and the ones it cites.
///
/// Numbers count only in Kamerstuk context, so amounts, years, postcodes and phone numbers
/// are never taken:
/// - after `Kamerstuk`/`Kamerstukken` (with `I`, `II`, `I/II`, a session year and commas
///   between), `TK`/`EK`, `dossier`, `Tweede Kamer, vergaderjaar 1994-1995,`;
/// - a number followed by `, nr.`/`nrs.` (`(17 649, nr. 82)`), unless it follows Stb., Stcrt.,
///   Trb., blz. or Handelingen;
/// - the masthead's dossier line (`34 104` under `Kamerstukken`).
///
/// ```swift
/// DossierRecognizer().mentions(in: "1 Kamerstukken II, 2025-2026, 32317, nr. 987.", furniture: [])
/// // [Mention(kind: .dossier, key: "32317", surface: "32317, nr. 987", primary: false, …)]
/// ```
public struct DossierRecognizer: EntityRecognizer {
    public init() {}

    public func mentions(in text: String, furniture: [String]) -> [Mention] {
        let bytes = LetterBytes(text)
        return mentions(in: bytes, lines: bytes.lines(), furniture: furniture)
    }

    /// Mentions in text already split into lines (the header parser shares the split).
    func mentions(in text: LetterBytes, lines: [LetterLine], furniture: [String]) -> [Mention] {
        var result: [Mention] = []
        var primaryKey: String?
        if let masthead = KamerstukMasthead.parse(text, lines: lines), let dossier = masthead.dossier {
            primaryKey = dossier.number.key
            result.append(mention(dossier.number, text, dossier.start, dossier.end, inText: true, primary: true))
        }
        var citations = Self.citations(in: text, from: 0, to: text.count)
        if primaryKey == nil, let footer = citations.first(where: { $0.isFooter }) {
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
            let found = Self.citations(in: bytes, from: 0, to: bytes.count)
            if primaryKey == nil, let footer = found.first(where: { $0.isFooter }) {
                primaryKey = footer.number.key
            }
            let own = Self.ownFooterGroups(found, primaryKey: primaryKey)
            for c in found {
                let primary = c.isFooter && own.contains(c.group)
                result.append(mention(c.number, bytes, c.start, c.end, inText: false, primary: primary))
            }
        }
        return result
    }

    /// Footers that name the letter's own dossier; every number in such a footer
    /// ("… 20 708 en 21 433, nr. 176") is the letter's own.
    private static func ownFooterGroups(_ citations: [Citation], primaryKey: String?) -> Set<Int> {
        var groups: Set<Int> = []
        for c in citations where c.isFooter && c.number.key == primaryKey { groups.insert(c.group) }
        return groups
    }

    private func mention(
        _ number: DossierNumber, _ text: LetterBytes, _ start: Int, _ end: Int, inText: Bool, primary: Bool
    ) -> Mention {
        Mention(
            kind: .dossier, key: number.key, label: number.key,
            start: inText ? start : nil, end: inText ? end : nil,
            surface: text.string(start, end), primary: primary)
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

    private static let kamerstuk = Array("kamerstuk".utf8)
    private static let dossier = Array("dossier".utf8)
    private static let kamerdossier = Array("kamerdossier".utf8)
    private static let tweedeKamer = Array("tweede kamer".utf8)
    private static let eersteKamer = Array("eerste kamer".utf8)
    private static let vergaderjaar = Array("vergaderjaar".utf8)
    private static let zitting = Array("zitting".utf8)
    private static let publicationWords: Set<String> = [
        "stb", "stcrt", "trb", "blz", "staatsblad", "staatscourant", "tractatenblad",
        "handelingen", "aanhangsel", "pag", "bijlage", "art", "artikel", "jaargang",
    ]

    /// Every dossier number in Kamerstuk context in `start..<end`.
    static func citations(in text: LetterBytes, from start: Int, to end: Int) -> [Citation] {
        var result: [Citation] = []
        let b = text.bytes
        var i = start
        while i < end {
            let c = b[i]
            // Only word starts are interesting; skip the rest of a word at once.
            guard LetterBytes.isAlphanumeric(c), text.isWordStart(i) else { i += 1; continue }
            var found: [Citation] = []
            switch c {
            case 0x4B, 0x6B:  // K k
                if text.matches(kamerstuk, at: i, end: end) {
                    var j = i + kamerstuk.count
                    while j < end, LetterBytes.isLowerASCII(b[j]) { j += 1 }
                    found = afterTrigger(text, at: j, end: end, isFooter: false)
                } else if text.matches(kamerdossier, at: i, end: end) {
                    found = afterTrigger(text, at: i + kamerdossier.count, end: end, isFooter: false)
                }
            case 0x44, 0x64:  // D d
                if text.matches(dossier, at: i, end: end) {
                    var j = i + dossier.count
                    if text.matches(Array("nummer".utf8), at: j, end: end) { j += 6 }
                    if j < end, !LetterBytes.isLetter(b[j]) {
                        found = afterTrigger(text, at: j, end: end, isFooter: false, requireAdjacent: true)
                    }
                }
            case 0x54, 0x45:  // T E
                if i + 2 <= end, b[i + 1] == 0x4B, text.isWordEnd(i + 2, end: end) {
                    found = afterTrigger(text, at: i + 2, end: end, isFooter: false)
                } else if text.matches(tweedeKamer, at: i, end: end) || text.matches(eersteKamer, at: i, end: end) {
                    let j = i + tweedeKamer.count
                    if j < end, b[j] == 0x2C {
                        let k = text.skipSpace(from: j + 1, to: end)
                        if text.matches(vergaderjaar, at: k, end: end) || text.matches(zitting, at: k, end: end) {
                            let footer = isLineStart(text, i)
                            found = afterTrigger(text, at: k, end: end, isFooter: footer)
                        }
                    }
                }
            case 0x30...0x39:
                found = beforeNumberSign(text, at: i, end: end)
            default:
                break
            }
            if let last = found.last {
                let group = found[0].start
                result.append(contentsOf: found.map { var c = $0; c.group = group; return c })
                i = last.end
                continue
            }
            // Skip to the end of this word.
            i += 1
            while i < end, LetterBytes.isAlphanumeric(b[i]) { i += 1 }
        }
        return result
    }

    /// Whether only blanks stand between the previous line break and `i`.
    private static func isLineStart(_ text: LetterBytes, _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, LetterBytes.isBlank(text.bytes[k]) { k -= 1 }
        return k < 0 || text.bytes[k] == 0x0A
    }

    /// The dossier numbers after a trigger word: skips chamber (`I`, `II`, `I/II`), session
    /// (`vergaderjaar 1993-1994`, `1993-94`, `2019/20`) and punctuation, then reads one or more
    /// numbers joined by `,`, `;` or `en`.
    private static func afterTrigger(
        _ text: LetterBytes, at start: Int, end: Int, isFooter: Bool, requireAdjacent: Bool = false
    ) -> [Citation] {
        let b = text.bytes
        let limit = min(end, start + 80)
        var i = start
        var steps = 0
        while i < limit, steps < 10 {
            steps += 1
            let c = b[i]
            if LetterBytes.isSpace(c) || c == 0x2C || c == 0x3A || c == 0x2E || c == 0x28 {
                i += 1
                continue
            }
            if requireAdjacent { break }
            if c == 0x49 {  // I, II, I/II
                var j = i
                while j < limit, b[j] == 0x49 || b[j] == 0x2F { j += 1 }
                if j - i <= 4, text.isWordEnd(j, end: end) { i = j; continue }
                break
            }
            if text.matches(vergaderjaar, at: i, end: limit) { i += vergaderjaar.count; continue }
            if text.matches(zitting, at: i, end: limit) { i += zitting.count; continue }
            if LetterBytes.isDigit(c), let yearEnd = sessionYears(text, at: i, end: limit) {
                i = yearEnd
                continue
            }
            break
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
            if j < end, b[j] == 0x2F { j = text.skipBlanks(from: j + 1, to: end); position = j; continue }
            if j < end, b[j] == 0x2C || b[j] == 0x3B || b[j] == 0x2F {
                j += 1
            } else if text.matches(Array("en ".utf8), at: j, end: end) {
                j += 2
            } else {
                break
            }
            j = text.skipSpace(from: j, to: end)
            position = j
        }
        return result
    }

    /// The end of a session such as `1993-1994`, `1993-94`, `2019/20` or `1994` at `i`.
    private static func sessionYears(_ text: LetterBytes, at i: Int, end: Int) -> Int? {
        let firstEnd = text.skipDigits(from: i, to: end)
        guard firstEnd - i == 4, (1800...2099).contains(text.number(i, firstEnd)) else { return nil }
        let dash = text.dashLength(at: firstEnd, end: end)
        let separator = dash > 0 ? dash : (firstEnd < end && text.bytes[firstEnd] == 0x2F ? 1 : 0)
        guard separator > 0 else {
            // A lone year is a session only when a comma follows ("TK 1994, 23 900").
            return firstEnd < end && text.bytes[firstEnd] == 0x2C ? firstEnd : nil
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
        if j < end, b[j] == 0x2C { j += 1 }
        j = text.skipSpace(from: j, to: end)
        guard j + 2 < end, LetterBytes.lower(b[j]) == 0x6E, LetterBytes.lower(b[j + 1]) == 0x72 else { return nil }
        j += 2
        if j < end, b[j] == 0x73 { j += 1 }
        if j < end, b[j] == 0x2E { j += 1 }
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
        if found.end < end, text.bytes[found.end] == 0x2F,
            let other = DossierNumber.scan(text, at: found.end + 1, end: end, allowFourDigits: false, requireWordStart: false),
            let otherEnd = ondernummerEnd(text, at: other.end, end: end)
        {
            second = Citation(number: other.number, start: found.end + 1, end: otherEnd, isFooter: false)
        } else if let citationEnd = ondernummerEnd(text, at: found.end, end: end) {
            first.end = citationEnd
        } else {
            return []
        }
        if let word = previousWord(text, before: i), publicationWords.contains(word) { return [] }
        return [first] + (second.map { [$0] } ?? [])
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
