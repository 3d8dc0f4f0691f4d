/// A calendar date as written in Dutch government letters.
///
/// ```swift
/// DutchDate.parse("6 oktober 1994")?.iso      // "1994-10-06"
/// DutchDate.parse("22-23 januari 2026")?.iso  // "2026-01-22" (a range gives its first day)
/// DutchDate.parse("12-01-2026")?.iso          // "2026-01-12"
/// ```
public struct DutchDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year, 1800–2099.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// Creates a date, or `nil` when the day does not exist in that month or the year is
    /// outside 1800–2099.
    public init?(year: Int, month: Int, day: Int) {
        guard (1800...2099).contains(year), (1...12).contains(month), day >= 1,
            day <= Self.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date as `yyyy-mm-dd`.
    public var iso: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    public var description: String { iso }

    public static func < (lhs: DutchDate, rhs: DutchDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Parses a string that is one date: `6 oktober 1994`, `1 jan. 2026`, `29sten November 1932`,
    /// `22-23 januari 2026`, `12-01-2026`, `2026-01-12`. Surrounding blanks and a final full
    /// stop are allowed; anything else makes it `nil`.
    public static func parse(_ string: String) -> DutchDate? {
        let text = LetterBytes(string)
        var start = text.skipSpace(from: 0, to: text.count)
        var end = text.count
        while end > start, LetterBytes.isSpace(text.bytes[end - 1]) { end -= 1 }
        if end > start, text.bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        if text.matches("den ", at: start, end: end) { start += 4 }
        guard let found = scan(text, at: start, end: end), found.end == end else { return nil }
        return found.date
    }

    /// Days in a month of the Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// A date written at `i` (which must hold a digit), and the offset just past it.
    ///
    /// Accepts day-month-name-year (with a day range, an old ordinal suffix or a glued month:
    /// `19januari 1990`), `dd-mm-yyyy`, `dd/mm/yyyy` and `yyyy-mm-dd`. Line breaks may fall
    /// between the parts.
    static func scan(_ text: LetterBytes, at i: Int, end: Int) -> (date: DutchDate, end: Int)? {
        let b = text.bytes
        guard i < end, LetterBytes.isDigit(b[i]) else { return nil }
        let firstEnd = text.skipDigits(from: i, to: end)
        let firstLength = firstEnd - i
        if firstLength == 4 {
            return scanISO(text, at: i, yearEnd: firstEnd, end: end)
        }
        guard firstLength <= 2 else { return nil }
        let day = text.number(i, firstEnd)
        var j = firstEnd
        // A numeric date or a day range.
        if j < end, b[j] == UInt8(ascii: "-") || b[j] == UInt8(ascii: "/") || text.dashLength(at: j, end: end) > 0 {
            let separator = b[j]
            let dash = max(1, text.dashLength(at: j, end: end))
            let secondStart = j + dash
            let secondEnd = text.skipDigits(from: secondStart, to: end)
            let secondLength = secondEnd - secondStart
            guard secondLength >= 1, secondLength <= 2 else { return nil }
            let second = text.number(secondStart, secondEnd)
            if secondEnd < end, b[secondEnd] == separator, dash == 1 {
                let yearStart = secondEnd + 1
                let yearEnd = text.skipDigits(from: yearStart, to: end)
                guard yearEnd - yearStart == 4, text.isWordEnd(yearEnd, end: end),
                    let date = DutchDate(year: text.number(yearStart, yearEnd), month: second, day: day)
                else { return nil }
                return (date, yearEnd)
            }
            guard second > day else { return nil }
            j = secondEnd
        }
        // An ordinal suffix ("29sten", "1ste") or a month glued to the day ("19januari").
        var monthStart = j
        if j < end, LetterBytes.isLetter(b[j]) {
            var k = j
            while k < end, LetterBytes.isLetter(b[k]) { k += 1 }
            if DutchMonth.month(text, j, k) == nil {
                guard isOrdinalSuffix(text, j, k) else { return nil }
                monthStart = text.skipSpace(from: k, to: end)
            }
        } else {
            monthStart = text.skipSpace(from: j, to: end)
            guard monthStart > j else { return nil }
        }
        var monthEnd = monthStart
        while monthEnd < end, LetterBytes.isLetter(b[monthEnd]) { monthEnd += 1 }
        guard let month = DutchMonth.month(text, monthStart, monthEnd) else { return nil }
        var yearStart = monthEnd
        if yearStart < end, b[yearStart] == UInt8(ascii: ".") { yearStart += 1 }
        let afterMonth = yearStart
        yearStart = text.skipSpace(from: yearStart, to: end)
        guard yearStart > afterMonth || b[afterMonth - 1] == UInt8(ascii: ".") else { return nil }
        let yearEnd = text.skipDigits(from: yearStart, to: end)
        guard yearEnd - yearStart == 4, text.isWordEnd(yearEnd, end: end),
            let date = DutchDate(year: text.number(yearStart, yearEnd), month: month, day: day)
        else { return nil }
        return (date, yearEnd)
    }

    /// `yyyy-mm-dd` at `i`, whose four year digits end at `yearEnd`.
    private static func scanISO(_ text: LetterBytes, at i: Int, yearEnd: Int, end: Int) -> (date: DutchDate, end: Int)? {
        let b = text.bytes
        guard yearEnd < end, b[yearEnd] == UInt8(ascii: "-") else { return nil }
        let monthEnd = text.skipDigits(from: yearEnd + 1, to: end)
        guard monthEnd - yearEnd - 1 == 2, monthEnd < end, b[monthEnd] == UInt8(ascii: "-") else { return nil }
        let dayEnd = text.skipDigits(from: monthEnd + 1, to: end)
        guard dayEnd - monthEnd - 1 == 2, text.isWordEnd(dayEnd, end: end),
            let date = DutchDate(
                year: text.number(i, yearEnd), month: text.number(yearEnd + 1, monthEnd),
                day: text.number(monthEnd + 1, dayEnd))
        else { return nil }
        return (date, dayEnd)
    }

    /// Old ordinal suffixes after a day number: "1ste", "29sten", "2de", "2den", "8e", "8en".
    private static func isOrdinalSuffix(_ text: LetterBytes, _ start: Int, _ end: Int) -> Bool {
        switch end - start {
        case 1: return LetterBytes.lower(text.bytes[start]) == UInt8(ascii: "e")  // e
        case 2: return text.matches("de", at: start, end: end) || text.matches("en", at: start, end: end)
        case 3: return text.matches("ste", at: start, end: end) || text.matches("den", at: start, end: end)
        case 4: return text.matches("sten", at: start, end: end)
        default: return false
        }
    }
}
