/// Finds the dates written in a letter (key `yyyy-mm-dd`) and tells which one is the letter's
/// own (`primary`).
///
/// The letter's own date is the first of these cues in reading order:
/// - a motie's `Voorgesteld 24 april 2025` (also `Voorgesteld tijdens het … van 2 juni 2025`);
/// - Kamervragen: the date of the answer, the `(Ontvangen 14 augustus 1981)` or
///   `(Ingezonden 8 September 1954.)` after an `Antwoord`/`ANTWOORD` heading; when the text
///   stops before the answer (or the answer belongs to other questions), the
///   `(Ingezonden 3 mei 1990)` date of the questions;
/// - a place-and-date line: `Den Haag, 6 oktober 1994`, `'s-Gravenhage, 19januari 1990`,
///   `'s Gravenhage, den 29sten November 1932.`;
/// - a `Datum 12 januari 2026` line, or `Datum` with the date on the next line;
/// - a report's `Vastgesteld 21 januari 1982`;
/// - a debate page's `VERGADERING VAN DINSDAG 29 OKTOBER 1957`.
///
/// ```swift
/// let text = "Aan de Voorzitter\nDen Haag, 6 oktober 1994\nOp 1 jan. 2026 …"
/// DateRecognizer().letterDate(in: text)?.iso  // "1994-10-06"
/// ```
public struct DateRecognizer: EntityRecognizer {
    public init() {}

    public func mentions(in text: String, furniture: [String]) -> [Mention] {
        let bytes = LetterBytes(text)
        return mentions(in: bytes, lines: bytes.lines(), furniture: furniture)
    }

    /// The letter's own date, or `nil` when the text has none of the cues.
    public func letterDate(in text: String) -> DutchDate? {
        let bytes = LetterBytes(text)
        return Self.letterDate(in: bytes, lines: bytes.lines())?.date
    }

    func mentions(in text: LetterBytes, lines: [LetterLine], furniture: [String]) -> [Mention] {
        mentions(in: text, words: WordSpans(text), own: Self.letterDate(in: text, lines: lines), furniture: furniture)
    }

    /// Mentions when the words and the letter's own date (`letterDate(in:lines:)`) are already known.
    func mentions(
        in text: LetterBytes, words: WordSpans, own: (date: DutchDate, start: Int, end: Int)?, furniture: [String]
    ) -> [Mention] {
        var result: [Mention] = []
        for found in Self.dates(in: text, words: words) {
            let primary = own.map { $0.start == found.start } ?? false
            result.append(mention(found.date, text, found.start, found.end, inText: true, primary: primary))
        }
        for piece in furniture {
            let bytes = LetterBytes(piece)
            for found in Self.dates(in: bytes, words: WordSpans(bytes)) {
                result.append(mention(found.date, bytes, found.start, found.end, inText: false, primary: false))
            }
        }
        return result
    }

    private func mention(
        _ date: DutchDate, _ text: LetterBytes, _ start: Int, _ end: Int, inText: Bool, primary: Bool
    ) -> Mention {
        Mention(kind: .date, key: date.iso, label: date.iso, in: text, start, end, inText: inText, primary: primary)
    }

    /// Every full date (with a year) in the text.
    static func dates(in text: LetterBytes, words: WordSpans) -> [(date: DutchDate, start: Int, end: Int)] {
        var result: [(date: DutchDate, start: Int, end: Int)] = []
        let b = text.bytes
        let end = text.count
        // Dates start at words that start with a digit; `resume` is where the last date ended.
        var resume = 0
        for start in words.starts {
            let i = Int(start)
            guard i >= resume, LetterBytes.isDigit(b[i]), let found = DutchDate.scan(text, at: i, end: end) else { continue }
            result.append((found.date, i, found.end))
            resume = found.end
        }
        return result
    }

    /// The letter's own date and its byte range.
    static func letterDate(in text: LetterBytes, lines: [LetterLine]) -> (date: DutchDate, start: Int, end: Int)? {
        for (index, line) in lines.enumerated() where line.length >= 5 {
            if line.start > 40_000 { break }
            if let found = datumDate(text, line, next: index + 1 < lines.count ? lines[index + 1] : nil) {
                return found
            }
            guard line.length >= 8 else { continue }
            let cues = capitalVDates(text, line)
            if let found = cues.proposed { return found }
            if let found = submissionDate(text, from: line.start, to: line.end) {
                return kamervragenDate(text, first: found)
            }
            if let found = placeDate(text, line) ?? cues.settled { return found }
        }
        return nil
    }

    /// How far before its date an answer heading may stand
    /// (`ANTWOORD van de heer Luns, Minister van … en van de heer Staf, Minister van … (Ingezonden …)`).
    private static let answerReach = 400

    /// The date of Kamervragen, given their first `(Ingezonden …)`/`(Ontvangen …)` date: that
    /// date when an answer heading stands before it (the page starts with an answer); else the
    /// next such date when an answer heading stands before that one and it is not earlier; else
    /// the questions' own date.
    private static func kamervragenDate(
        _ text: LetterBytes, first: (date: DutchDate, start: Int, end: Int)
    ) -> (date: DutchDate, start: Int, end: Int) {
        if hasAnswerHeading(text, from: max(0, first.start - answerReach), to: first.start) { return first }
        let limit = min(text.count, first.end + 60_000)
        guard let next = submissionDate(text, from: first.end, to: limit),
            hasAnswerHeading(text, from: max(first.end, next.start - answerReach), to: next.start),
            next.date >= first.date
        else { return first }
        return next
    }

    /// Whether `start..<end` holds an answer heading: `Antwoord`, `ANTWOORD`, `Nader antwoord`
    /// as a whole word (not `antwoorden`, not `het antwoord` in a question).
    private static func hasAnswerHeading(_ text: LetterBytes, from start: Int, to end: Int) -> Bool {
        var from = start
        while let a = text.find("antwoord", from: from, to: end) {
            from = a + 1
            let after = a + 8
            guard text.isWordStart(a), after >= end || !LetterBytes.isLetter(text.bytes[after]) else { continue }
            if text.bytes[a] == UInt8(ascii: "A") { return true }
            if a >= 6, text.matches("nader ", at: a - 6, end: a) { return true }
        }
        return false
    }

    /// The cues of a line that start with a capital V, found in one pass: a motie's
    /// `Voorgesteld 24 april 2025` (also `Voorgesteld tijdens het Notaoverleg van 2 juni 2025`, or
    /// run into an old heading: `MOTIE VAN HET LID MIK Voorgesteld in de … van 4 februari 1985`),
    /// and a report's `Vastgesteld …` or a debate page's `VERGADERING VAN …` date.
    private static func capitalVDates(
        _ text: LetterBytes, _ line: LetterLine
    ) -> (proposed: (date: DutchDate, start: Int, end: Int)?, settled: (date: DutchDate, start: Int, end: Int)?) {
        var settled: (date: DutchDate, start: Int, end: Int)?
        let b = text.bytes
        var i = line.start
        while i < line.end {
            if b[i] == UInt8(ascii: "V"), text.isWordStart(i) {
                if let after = text.end(of: "voorgesteld", at: i, end: line.end) {
                    return (firstDate(text, from: after, to: min(line.end, i + 120)), settled)
                }
                if settled == nil {
                    settled = vastgesteldDate(text, at: i, line) ?? meetingDate(text, at: i, line)
                }
            }
            i += 1
        }
        return (nil, settled)
    }

    /// The first `(Ingezonden 16 augustus 1983)` or `(Ontvangen 18 juni 1980)` date in
    /// `start..<end`, also `(Inge-zonden 6 februari 1976)`, `(ingezonden op …)` and OCR slips
    /// inside the word (`(Inge-jfonden 3 april 1985)`).
    private static func submissionDate(_ text: LetterBytes, from start: Int, to end: Int) -> (date: DutchDate, start: Int, end: Int)? {
        var from = start
        while let open = text.find("(", from: from, to: end) {
            from = open + 1
            let ending: StaticString
            if text.matches("inge", at: open + 1, end: end) {
                ending = "onden"
            } else if text.matches("ontv", at: open + 1, end: end) {
                ending = "angen"
            } else {
                continue
            }
            var j = open + 5
            let limit = min(end, j + 12)
            while j < limit, LetterBytes.isLetter(text.bytes[j]) || text.bytes[j] == UInt8(ascii: "-") { j += 1 }
            guard text.matches(ending, at: j - ending.utf8CodeUnitCount, end: j) else { continue }
            var dateStart = text.skipSpace(from: j, to: end)
            dateStart = text.end(of: "op ", at: dateStart, end: end) ?? dateStart
            if let found = DutchDate.scan(text, at: dateStart, end: end) {
                return (found.date, dateStart, found.end)
            }
        }
        return nil
    }

    /// `Den Haag, 6 oktober 1994` — a short place name, a comma and a date at the start of a
    /// line (OCR may run the first sentence into it); or The Hague's name with a comma and a
    /// date anywhere in a line (`… Staten-Generaal. 's Gravenhage, 6 November 1917.`).
    private static func placeDate(_ text: LetterBytes, _ line: LetterLine) -> (date: DutchDate, start: Int, end: Int)? {
        let b = text.bytes
        let first = b[line.start]
        if LetterBytes.isUpperASCII(first) || first == UInt8(ascii: "'") || first == 0xE2 || first == UInt8(ascii: "s") {
            var comma = line.start
            while comma < line.end, comma - line.start <= 28, b[comma] != UInt8(ascii: ",") {
                let c = b[comma]
                guard LetterBytes.isLetter(c) || c == UInt8(ascii: " ") || c == UInt8(ascii: "'") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c >= 0x80 else { break }
                comma += 1
            }
            if comma < line.end, b[comma] == UInt8(ascii: ","), comma - line.start >= 3,
                first != UInt8(ascii: "s") || (comma - line.start > 2 && (b[line.start + 1] == UInt8(ascii: "-") || b[line.start + 1] == UInt8(ascii: " "))),
                let found = dateAfterComma(text, comma, line)
            {
                return found
            }
        }
        var from = line.start
        while let h = text.find("venhage", from: from, to: line.end) ?? text.find("den haag", from: from, to: line.end) {
            var comma = h + 7
            while comma < line.end, comma < h + 10, b[comma] != UInt8(ascii: ",") { comma += 1 }
            if comma < line.end, b[comma] == UInt8(ascii: ","), let found = dateAfterComma(text, comma, line) { return found }
            from = h + 1
        }
        return nil
    }

    /// The date right after the comma of a place-and-date line.
    private static func dateAfterComma(_ text: LetterBytes, _ comma: Int, _ line: LetterLine) -> (date: DutchDate, start: Int, end: Int)? {
        var dateStart = text.skipBlanks(from: comma + 1, to: line.end)
        dateStart = text.end(of: "den ", at: dateStart, end: line.end) ?? dateStart
        guard let found = DutchDate.scan(text, at: dateStart, end: line.end) else { return nil }
        return (found.date, dateStart, found.end)
    }

    /// A report's `Vastgesteld 21 januari 1982` (also `Vastgesteld: 9 november 1993`,
    /// `Vastgesteld den 15 December 1909`); the word starts with a capital, the date follows at once.
    private static func vastgesteldDate(_ text: LetterBytes, at v: Int, _ line: LetterLine) -> (date: DutchDate, start: Int, end: Int)? {
        guard var j = text.end(of: "vastgesteld", at: v, end: line.end) else { return nil }
        if j < line.end, text.bytes[j] == UInt8(ascii: ":") { j += 1 }
        let dateStart = text.skipBlanks(from: j, to: line.end)
        guard dateStart > j || text.bytes[j - 1] == UInt8(ascii: ":") else { return nil }
        var k = text.end(of: "op ", at: dateStart, end: line.end) ?? dateStart
        k = text.end(of: "den ", at: k, end: line.end) ?? k
        guard let found = DutchDate.scan(text, at: k, end: line.end) else { return nil }
        return (found.date, k, found.end)
    }

    /// A debate page's heading `VERGADERING VAN DINSDAG 29 OKTOBER 1957` (in capitals, with a
    /// weekday: "in zijn vergadering van vrijdag 29 maart 1963" in a letter is no heading).
    private static func meetingDate(_ text: LetterBytes, at v: Int, _ line: LetterLine) -> (date: DutchDate, start: Int, end: Int)? {
        guard let dayStart = text.end(of: "VERGADERING VAN ", at: v, end: line.end, exactly: true) else { return nil }
        var dayEnd = dayStart
        while dayEnd < line.end, LetterBytes.isLetter(text.bytes[dayEnd]) { dayEnd += 1 }
        guard dayEnd - dayStart >= 5, dayEnd - dayStart <= 9, text.matches("dag", at: dayEnd - 3, end: dayEnd) else { return nil }
        var j = dayEnd
        while j < line.end, text.bytes[j] == UInt8(ascii: ",") || LetterBytes.isBlank(text.bytes[j]) { j += 1 }
        j = text.end(of: "den ", at: j, end: line.end) ?? j
        guard let found = DutchDate.scan(text, at: j, end: line.end) else { return nil }
        return (found.date, j, found.end)
    }

    /// `Datum 12 januari 2026`, `Datum: 12-01-2026`, or `Datum` with the date on the next line.
    private static func datumDate(
        _ text: LetterBytes, _ line: LetterLine, next: LetterLine?
    ) -> (date: DutchDate, start: Int, end: Int)? {
        guard text.lineStarts(line, with: "datum") else { return nil }
        var j = line.start + 5
        if j < line.end, text.bytes[j] == UInt8(ascii: ":") { j += 1 }
        j = text.skipBlanks(from: j, to: line.end)
        if j < line.end {
            guard let found = DutchDate.scan(text, at: j, end: line.end) else { return nil }
            return (found.date, j, found.end)
        }
        guard let next, !next.isEmpty, let found = DutchDate.scan(text, at: next.start, end: next.end) else {
            return nil
        }
        return (found.date, next.start, found.end)
    }

    /// The first date in `start..<end`.
    private static func firstDate(_ text: LetterBytes, from start: Int, to end: Int) -> (date: DutchDate, start: Int, end: Int)? {
        var i = start
        while i < end {
            if LetterBytes.isDigit(text.bytes[i]), text.isWordStart(i), let found = DutchDate.scan(text, at: i, end: end) {
                return (found.date, i, found.end)
            }
            i += 1
        }
        return nil
    }
}
