/// The masthead that opens a printed Kamerstuk: chamber, session, dossier number and part,
/// dossier title and ondernummer, one per line, before the document heading.
///
/// ```text
/// Vergaderjaar 2024-2025                 Tweede Kamer der Staten-Generaal
/// Tweede Kamer der Staten-Generaal       2
/// 2                                      Vergaderjaar 1994-1995
/// Kamerstukken                           Misbruik en oneigenlijk gebruik …
/// 34 104                                 BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN
/// Langdurige zorg
/// Nr. 439                                Zitting 1971-1972 -11 642
/// MOTIE VAN HET LID RIKKERS-OOSTERKAMP   Jaarverslag 1970/1971 van het …
/// ```
struct KamerstukMasthead {
    /// The dossier number and the byte range of its surface (number and part).
    var dossier: (number: DossierNumber, start: Int, end: Int)?
    /// Lines naming the dossier or subject (not numbers, chamber or session).
    var titleLines: [LetterLine] = []
    /// Index (into the lines) of the first line after the masthead.
    var bodyIndex: Int = 0
    /// Whether the masthead is that of the Aanhangsel van de Handelingen (Kamervragen).
    var isAanhangsel = false
    /// Budget chapters printed as their own lines under a dossier number without a part
    /// (`ZITTING 1954—1955 — 3700` … `HOOFDSTUK III`), in order; the first is the letter's own.
    var chapters: [String] = []

    /// Document headings, printed in capitals ("BRIEF VAN …", "MOTIE VAN …").
    private static let headingWords: [[UInt8]] = [
        "brief", "brieven", "motie", "gewijzigde", "nader", "tweede nader", "memorie", "nota",
        "verslag", "eindverslag", "amendement", "voorstel", "koninklijke", "advies", "lijst",
    ].map { Array($0.utf8) }

    /// Openings of the letter proper, in any case.
    private static let openingWords: [[UInt8]] = [
        "aan de", "den haag", "'s-gravenhage", "de kamer,", "ter griffie", "vragen van", "antwoord",
    ].map { Array($0.utf8) }

    /// Reads the masthead from the first lines, or `nil` when the text does not open with one.
    static func parse(_ text: LetterBytes, lines: [LetterLine]) -> KamerstukMasthead? {
        var masthead = KamerstukMasthead()
        var sawChamberOrSession = false
        var seen = 0
        var index = 0
        while index < lines.count, seen < 16 {
            let line = lines[index]
            if line.isEmpty { index += 1; continue }
            seen += 1
            masthead.bodyIndex = index
            if line.length > 300 { break }
            if isSessionLine(text, line) {
                sawChamberOrSession = true
                if masthead.dossier == nil, let found = dossierAfterSession(text, line) {
                    masthead.dossier = found
                }
                index += 1
                continue
            }
            if isChamberLine(text, line) {
                sawChamberOrSession = true
                index += 1
                continue
            }
            if text.lineStarts(line, with: "aanhangsel") {
                masthead.isAanhangsel = true
                break
            }
            if masthead.dossier == nil, sawChamberOrSession,
                let found = DossierNumber.scan(text, at: line.start, end: line.end, allowFourDigits: true),
                found.end == line.end
            {
                masthead.dossier = (found.number, line.start, line.end)
                index += 1
                if found.number.part == nil, index < lines.count,
                    let part = partLine(text, lines[index])
                {
                    if let chapter = part.chapter {
                        masthead.dossier = (DossierNumber(number: found.number.number, part: chapter)!, line.start, line.end)
                    }
                    if part.isWholeLine { index += 1 }
                }
                continue
            }
            if seen == 1, !sawChamberOrSession { return nil }
            if isOndernummer(text, line) {
                masthead.bodyIndex = index + 1
                break
            }
            if isHeading(text, line) { break }
            if let dossier = masthead.dossier, dossier.number.part == nil, let chapter = chapterLine(text, line),
                !masthead.chapters.contains(chapter)
            {
                masthead.chapters.append(chapter)
            }
            if masthead.titleLines.count < 5, line.length > 2 { masthead.titleLines.append(line) }
            index += 1
        }
        if index >= lines.count { masthead.bodyIndex = lines.count }
        guard sawChamberOrSession else { return nil }
        return masthead
    }

    /// "Tweede Kamer der Staten-Generaal", "Staten-Generaal", "2", "1/2", "Kamerstukken".
    static func isChamberLine(_ text: LetterBytes, _ line: LetterLine) -> Bool {
        if line.length <= 3 {
            var i = line.start
            while i < line.end {
                let b = text.bytes[i]
                guard LetterBytes.isDigit(b) || b == UInt8(ascii: "/") else { return false }
                i += 1
            }
            return true
        }
        if line.length > 40 || text.find([UInt8(ascii: ",")], from: line.start, to: line.end) != nil { return false }
        return text.lineStarts(line, with: "tweede kamer")
            || text.lineStarts(line, with: "eerste kamer")
            || text.lineStarts(line, with: "staten-generaal")
            || text.lineStarts(line, with: "staten generaal")
            || (text.lineStarts(line, with: "kamerstukken") && line.length == 12)
            || (text.lineStarts(line, with: "kamerstuk") && line.length == 9)
    }

    /// "Vergaderjaar 1994-1995", "Zitting 1982-1983", and OCR slips such as "ZITTTNG 1959".
    static func isSessionLine(_ text: LetterBytes, _ line: LetterLine) -> Bool {
        if text.lineStarts(line, with: "vergaderjaar") { return true }
        var wordEnd = line.start
        while wordEnd < line.end, LetterBytes.isLetter(text.bytes[wordEnd]) { wordEnd += 1 }
        let length = wordEnd - line.start
        guard length == 7 || length == 8, LetterBytes.lower(text.bytes[line.start]) == UInt8(ascii: "z") else { return false }
        let yearStart = text.skipBlanks(from: wordEnd, to: line.end)
        guard yearStart > wordEnd, text.skipDigits(from: yearStart, to: line.end) - yearStart == 4 else { return false }
        return LetterBytes.lower(text.bytes[wordEnd - 2]) == UInt8(ascii: "n") && LetterBytes.lower(text.bytes[wordEnd - 1]) == UInt8(ascii: "g")
    }

    /// The dossier number that 1950s–1970s mastheads print after the session:
    /// "Zitting 1971-1972 -11 642", "ZITTTNG 1959 — 5588".
    private static func dossierAfterSession(_ text: LetterBytes, _ line: LetterLine) -> (number: DossierNumber, start: Int, end: Int)? {
        var i = line.start
        while i < line.end, LetterBytes.isLetter(text.bytes[i]) { i += 1 }
        i = text.skipBlanks(from: i, to: line.end)
        let yearEnd = text.skipDigits(from: i, to: line.end)
        guard yearEnd - i == 4 else { return nil }
        i = yearEnd
        let dash = text.dashLength(at: i, end: line.end)
        if dash > 0 || (i < line.end && text.bytes[i] == UInt8(ascii: "/")) {
            let next = i + max(dash, 1)
            let secondEnd = text.skipDigits(from: next, to: line.end)
            if secondEnd - next == 4 || secondEnd - next == 2 { i = secondEnd }
        }
        i = text.skipBlanks(from: i, to: line.end)
        let dash2 = text.dashLength(at: i, end: line.end)
        guard dash2 > 0 else { return nil }
        i = text.skipBlanks(from: i + dash2, to: line.end)
        guard let found = DossierNumber.scan(text, at: i, end: line.end, allowFourDigits: true) else { return nil }
        return (found.number, i, found.end)
    }

    /// A line after the dossier number that gives its part: "02", "XVI", "R2188",
    /// "Hoofdstuk VII Ministerie van Binnenlandse Zaken".
    private static func partLine(_ text: LetterBytes, _ line: LetterLine) -> (chapter: String?, isWholeLine: Bool)? {
        guard !line.isEmpty else { return nil }
        let b = text.bytes
        // Two-digit series number.
        let digitsEnd = text.skipDigits(from: line.start, to: line.end)
        if digitsEnd == line.end, line.length <= 2 {
            let n = text.number(line.start, line.end)
            return (n < 10 ? "0\(n)" : "\(n)", true)
        }
        // Fund letter: 36410-A (Infrastructuurfonds), 36600-J (Deltafonds).
        if line.length == 1, LetterBytes.isUpperASCII(b[line.start]), b[line.start] != UInt8(ascii: "I"), b[line.start] != UInt8(ascii: "V"), b[line.start] != UInt8(ascii: "X") {
            return (text.string(line), true)
        }
        // Rijkswet number.
        var i = line.start
        if b[i] == UInt8(ascii: "(") { i += 1 }
        if i < line.end, b[i] == UInt8(ascii: "R") {
            let s = text.skipBlanks(from: i + 1, to: line.end)
            let e = text.skipDigits(from: s, to: line.end)
            if e > s, e == line.end || (b[e] == UInt8(ascii: ")") && e + 1 == line.end) { return (nil, true) }
        }
        // Budget chapter, alone or as "Hoofdstuk VII …".
        var s = line.start
        let hoofdstuk = Array("hoofdstuk ".utf8)
        if text.matches(hoofdstuk, at: s, end: line.end) { s += hoofdstuk.count }
        var e = s
        while e < line.end, LetterBytes.isUpperASCII(b[e]) { e += 1 }
        guard e > s, text.isWordEnd(e, end: line.end),
            let number = DossierNumber.parse("10000 " + text.string(s, e)), let part = number.part
        else { return nil }
        return (part, s == line.start && e == line.end)
    }

    private static let hoofdstuk = Array("hoofdstuk ".utf8)

    /// The chapter of a line that starts with `HOOFDSTUK III`, `Hoofdstuk XIII Ministerie …`,
    /// `HOOFDSTUK VII -BINNENLANDSE ZAKEN`.
    private static func chapterLine(_ text: LetterBytes, _ line: LetterLine) -> String? {
        guard text.matches(hoofdstuk, at: line.start, end: line.end) else { return nil }
        let s = text.skipBlanks(from: line.start + hoofdstuk.count, to: line.end)
        var e = s
        while e < line.end, LetterBytes.isUpperASCII(text.bytes[e]) { e += 1 }
        guard e > s, text.isWordEnd(e, end: line.end) else { return nil }
        return DossierNumber.parse("10000 " + text.string(s, e))?.part
    }

    /// "Nr. 439", "Nï. 1", "IMr. 99", "No. 5".
    static func isOndernummer(_ text: LetterBytes, _ line: LetterLine) -> Bool {
        guard line.length <= 12 else { return false }
        var dot = line.start
        while dot < line.end, text.bytes[dot] != UInt8(ascii: ".") { dot += 1 }
        guard dot < line.end, dot - line.start <= 3, dot > line.start else { return false }
        let first = LetterBytes.lower(text.bytes[line.start])
        guard first == UInt8(ascii: "n") || first == UInt8(ascii: "i") else { return false }  // n, i (OCR "IMr.")
        let digits = text.skipBlanks(from: dot + 1, to: line.end)
        return digits < line.end && LetterBytes.isDigit(text.bytes[digits])
    }

    /// The document heading or the first line of the letter proper.
    static func isHeading(_ text: LetterBytes, _ line: LetterLine) -> Bool {
        var start = line.start
        // "50. BRIEF VAN …" in old collected editions.
        let digitsEnd = text.skipDigits(from: start, to: line.end)
        if digitsEnd > start, digitsEnd < line.end, text.bytes[digitsEnd] == UInt8(ascii: ".") {
            start = text.skipBlanks(from: digitsEnd + 1, to: line.end)
        }
        for word in headingWords where text.matches(word, at: start, end: line.end) {
            let after = start + word.count
            if (after == line.end || !LetterBytes.isLetter(text.bytes[after]))
                && LetterBytes.isUpperASCII(text.bytes[after - 1])
            {
                return true
            }
        }
        for word in openingWords where text.matches(word, at: start, end: line.end) {
            let after = start + word.count
            if after == line.end || !LetterBytes.isLetter(text.bytes[after]) { return true }
        }
        return false
    }
}
