/// A Kamerstuk dossier number: the main number and, for series and budgets, a sub-number or
/// chapter. The key is how Kamerzoek stores and filters it.
///
/// ```swift
/// DossierNumber.parse("32 317")?.key             // "32317"
/// DossierNumber.parse("21 501-20")?.key          // "21501-20"
/// DossierNumber.parse("36 600 VI")?.key          // "36600-VI"
/// DossierNumber.parse("19200 hoofdstuk V")?.key  // "19200-V"
/// DossierNumber.parse("20 200 hfdst. XIII")?.key // "20200-XIII"
/// DossierNumber.parse("22 855 (R 1451)")?.key    // "22855" (the rijkswet number is dropped)
/// ```
///
/// Rijkswet numbers (`(R 1451)`, `R2188`) name the same dossier, so they are not part of the key.
public struct DossierNumber: Sendable, Hashable, CustomStringConvertible {
    /// The main number: five digits since 1969 (`32317`), four before (`5588`).
    public let number: Int
    /// The sub-number (`"20"` in 21501-20, two digits), the budget chapter (`"VI"`, `"IXB"`) or
    /// a fund letter (`"A"` in 36600-A); `nil` for a plain dossier.
    public let part: String?

    /// Creates a dossier number; `nil` when `number` is outside 1000–39999.
    public init?(number: Int, part: String? = nil) {
        guard (1000...39999).contains(number) else { return nil }
        self.number = number
        self.part = part
    }

    /// The normalized key: `32317`, `21501-20`, `36600-VI`.
    public var key: String {
        if let part { return "\(number)-\(part)" }
        return "\(number)"
    }

    public var description: String { key }

    /// Parses a string that is one dossier number in any of the written forms
    /// (`32317`, `32 317`, `21 501-20`, `36410-VII`, `36 600 VI`, `19200 hoofdstuk V`,
    /// `22 855 (R 1451)`); `nil` for anything else.
    public static func parse(_ string: String) -> DossierNumber? {
        let text = LetterBytes(string)
        let start = text.skipSpace(from: 0, to: text.count)
        var end = text.count
        while end > start, LetterBytes.isSpace(text.bytes[end - 1]) { end -= 1 }
        guard let found = scan(text, at: start, end: end, allowFourDigits: true), found.end == end else {
            return nil
        }
        return found.number
    }

    /// A dossier number written at `i`, and the offset just past it (and its part).
    ///
    /// Four-digit numbers are accepted only with `allowFourDigits` and never when they look
    /// like a year (1800–2099).
    static func scan(
        _ text: LetterBytes, at i: Int, end: Int, allowFourDigits: Bool, requireWordStart: Bool = true
    ) -> (number: DossierNumber, end: Int)? {
        let b = text.bytes
        guard i < end, LetterBytes.isDigit(b[i]), !requireWordStart || text.isWordStart(i) else { return nil }
        let firstEnd = text.skipDigits(from: i, to: end)
        let firstLength = firstEnd - i
        var value: Int
        var j: Int
        if firstLength <= 2, let groupEnd = threeDigitGroup(text, after: firstEnd, end: end) {
            value = text.number(i, firstEnd) * 1000 + text.number(groupEnd - 3, groupEnd)
            j = groupEnd
            if value < 10000 && (!allowFourDigits || (1800...2099).contains(value)) { return nil }
        } else if firstLength == 5 {
            value = text.number(i, firstEnd)
            j = firstEnd
        } else if firstLength == 4, allowFourDigits {
            value = text.number(i, firstEnd)
            if (1800...2099).contains(value) { return nil }
            j = firstEnd
        } else {
            return nil
        }
        // Amounts and numbers with more groups ("32 317 678", "32.317", "32,5").
        if j < end {
            if LetterBytes.isAlphanumeric(b[j]) { return nil }
            if (b[j] == UInt8(ascii: ".") || b[j] == UInt8(ascii: ",")), j + 1 < end, LetterBytes.isDigit(b[j + 1]) { return nil }
            if threeDigitGroup(text, after: j, end: end) != nil { return nil }
        }
        guard DossierNumber(number: value) != nil else { return nil }
        var part: String?
        (part, j) = scanPart(text, at: j, end: end)
        let afterRijkswet = scanRijkswet(text, at: j, end: end)
        return (DossierNumber(number: value, part: part)!, afterRijkswet)
    }

    /// The end of a group of exactly three digits after one blank (or a no-break space) at `i`.
    private static func threeDigitGroup(_ text: LetterBytes, after i: Int, end: Int) -> Int? {
        let b = text.bytes
        var j = i
        if j < end, b[j] == UInt8(ascii: " ") {
            j += 1
        } else if j + 1 < end, b[j] == 0xC2, b[j + 1] == 0xA0 {
            j += 2
        } else {
            return nil
        }
        let groupEnd = text.skipDigits(from: j, to: end)
        guard groupEnd - j == 3, text.isWordEnd(groupEnd, end: end) else { return nil }
        return groupEnd
    }

    /// The sub-number or chapter after the main number at `i`: `-20`, `-VII`, ` VI`,
    /// ` hoofdstuk V`, ` hfdst. XIII`, `, hoofdstuk XII`, `, XIV,`, `-A`. Returns the part (or `nil`) and the offset past it.
    private static func scanPart(_ text: LetterBytes, at i: Int, end: Int) -> (String?, Int) {
        let b = text.bytes
        let dash = text.dashLength(at: i, end: end)
        if dash > 0 {
            let s = i + dash
            let digitsEnd = text.skipDigits(from: s, to: end)
            if digitsEnd > s, digitsEnd - s <= 2, text.isWordEnd(digitsEnd, end: end) {
                let n = text.number(s, digitsEnd)
                return (n < 10 ? "0\(n)" : "\(n)", digitsEnd)
            }
            if let (roman, romanEnd) = scanRoman(text, at: s, end: end) { return (roman, romanEnd) }
            if s < end, LetterBytes.isUpperASCII(b[s]), text.isWordEnd(s + 1, end: end) {
                return (String(UnicodeScalar(b[s])), s + 1)
            }
            return (nil, i)
        }
        // ", hoofdstuk XII" and ", XIV," in footers: "20 200, hfdst. XIII, nr. 114".
        if i + 2 < end, b[i] == UInt8(ascii: ","), b[i + 1] == UInt8(ascii: " ") {
            let s = i + 2
            if let r = afterChapterWord(text, at: s, end: end), let (roman, romanEnd) = scanRoman(text, at: r, end: end) {
                return (roman, romanEnd)
            }
            if let (roman, romanEnd) = scanRoman(text, at: s, end: end), romanEnd < end, b[romanEnd] == UInt8(ascii: ",") {
                return (roman, romanEnd)
            }
            return (nil, i)
        }
        guard i < end, b[i] == UInt8(ascii: " ") else { return (nil, i) }
        let s = afterChapterWord(text, at: i + 1, end: end) ?? i + 1
        if let (roman, romanEnd) = scanRoman(text, at: s, end: end) { return (roman, romanEnd) }
        return (nil, i)
    }

    /// Words for "chapter" between a budget's number and its Roman chapter: `19200 hoofdstuk V`,
    /// `20 200 hfdst. XIII`, `11 500 hfst. V`, `14 800 hoofdstukken VI en VII`, and glued by OCR
    /// (`hfdstXIII`, `hoofdstukV`).
    private static let chapterWords: [[UInt8]] = ["hoofdstukken", "hoofdstuk", "hoofdst", "hfdst", "hfst"].map {
        Array($0.utf8)
    }

    /// The offset past a chapter word at `i` (with its full stop and blanks), if one is there.
    private static func afterChapterWord(_ text: LetterBytes, at i: Int, end: Int) -> Int? {
        for word in chapterWords where text.matches(word, at: i, end: end) {
            var j = i + word.count
            if j < end, text.bytes[j] == UInt8(ascii: ".") { j += 1 }
            let k = text.skipBlanks(from: j, to: end)
            guard k < end, k > j || LetterBytes.isUpperASCII(text.bytes[k]) else { return nil }
            return k
        }
        return nil
    }

    /// An uppercase Roman numeral 1–39 at `i` (budget chapters), with an optional glued `A`
    /// or `B` (`IXB`), ending at a word end.
    private static func scanRoman(_ text: LetterBytes, at i: Int, end: Int) -> (String, Int)? {
        let b = text.bytes
        var j = i
        while j < end, b[j] == UInt8(ascii: "I") || b[j] == UInt8(ascii: "V") || b[j] == UInt8(ascii: "X") { j += 1 }  // I V X
        guard j > i, j - i <= 6 else { return nil }
        var value = 0
        var previous = 0
        var k = j - 1
        while k >= i {
            let v = b[k] == UInt8(ascii: "I") ? 1 : (b[k] == UInt8(ascii: "V") ? 5 : 10)
            value += v < previous ? -v : v
            previous = max(previous, v)
            k -= 1
        }
        guard (1...39).contains(value) else { return nil }
        var letters = text.string(i, j)
        guard romanSpelling(value) == letters else { return nil }
        if j < end, b[j] == UInt8(ascii: "A") || b[j] == UInt8(ascii: "B"), text.isWordEnd(j + 1, end: end) {
            letters.append(Character(UnicodeScalar(b[j])))
            j += 1
        }
        guard text.isWordEnd(j, end: end) else { return nil }
        return (letters, j)
    }

    /// The canonical Roman spelling of 1–39.
    private static func romanSpelling(_ value: Int) -> String {
        let tens = ["", "X", "XX", "XXX"][value / 10]
        let units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][value % 10]
        return tens + units
    }

    /// The offset past a rijkswet number (` (R 1451)`, ` (R1451)`) at `i`, or `i`.
    private static func scanRijkswet(_ text: LetterBytes, at i: Int, end: Int) -> Int {
        let b = text.bytes
        var j = i
        if j < end, b[j] == UInt8(ascii: " ") { j += 1 }
        guard j + 2 < end, b[j] == UInt8(ascii: "("), b[j + 1] == UInt8(ascii: "R") else { return i }
        j += 2
        if j < end, b[j] == UInt8(ascii: " ") { j += 1 }
        let digitsEnd = text.skipDigits(from: j, to: end)
        guard digitsEnd - j >= 3, digitsEnd - j <= 4, digitsEnd < end, b[digitsEnd] == UInt8(ascii: ")") else { return i }
        return digitsEnd + 1
    }
}
