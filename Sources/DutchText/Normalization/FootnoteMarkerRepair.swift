/// Step 4 of ``TextNormalizer``: splits footnote markers off the words they are glued to and
/// takes the footnote texts out of the running text.
///
/// A marker is a number 1–99 glued to a word that ends in a lowercase letter (`Nederland1`,
/// `Podt2,`) or written after the word's sentence period (`Brussel.1`). Markers count up
/// through a letter, so a candidate is accepted only as the next number in that sequence
/// (one or two numbers may be skipped when the document has the skipped-to footnote text).
/// That keeps real tokens whole: `COVID-19`, `G20`, `EU27`, `CO2`, `H5N1` end in a capital or
/// a hyphen; `artikel 3`, `f 18` are separate words; `f20`, `km2` are short or units.
///
/// A footnote text is a line `1 Kamerstukken II, 2025-2026, 32317, nr. 987.` (or `1) …`) whose
/// number has an accepted marker; several footnotes on one OCR line (`… leden. 2 De Commissie
/// …`) are split. Accepted markers are replaced in the line by `\u{1}N\u{2}`, which the
/// assembly turns into ``Footnote/anchor`` offsets.
enum FootnoteMarkerRepair {
    /// Footnote texts by marker number, and the accepted marker numbers in order.
    struct Result {
        var texts: [Int: [UInt8]] = [:]
        var markers: [Int] = []
    }

    static func repair(_ lines: inout [NormalizerLine]) -> Result {
        var result = Result()
        // Footnote-text candidates: number → line indexes.
        var candidates = [Int: [Int]]()
        for index in lines.indices where lines[index].role == .body {
            if let (number, _) = footnoteLineNumber(lines[index].bytes) {
                candidates[number, default: []].append(index)
            }
        }
        var expected = 1
        for index in lines.indices where lines[index].role == .body {
            if let (number, _) = footnoteLineNumber(lines[index].bytes), candidates[number] != nil {
                continue
            }
            guard mayHoldMarker(lines[index].bytes) else { continue }
            splitMarkers(in: &lines[index].bytes, expected: &expected, candidates: candidates, accepted: &result.markers)
        }
        let acceptedSet = Set(result.markers)
        for number in result.markers {
            guard let indexes = candidates[number], result.texts[number] == nil else { continue }
            let index = indexes[0]
            guard lines[index].role == .body, let (_, start) = footnoteLineNumber(lines[index].bytes) else { continue }
            lines[index].role = .footnote
            var text = Array(lines[index].bytes[start...])
            // "… leden. 2 De Commissie bestaat uit …": the next footnotes on the same line.
            var next = number + 1
            while acceptedSet.contains(next), candidates[next] == nil, let cut = inlineFootnoteStart(text, number: next) {
                let rest = Array(text[cut.textStart...])
                text = Array(text[..<cut.numberStart])
                while text.last == 0x20 { text.removeLast() }
                result.texts[next] = rest
                next += 1
            }
            result.texts[number] = text
        }
        return result
    }

    /// `1 Kamerstukken …`, `2) De Commissie …`: the number and where its text starts.
    static func footnoteLineNumber(_ line: [UInt8]) -> (Int, Int)? {
        var i = 0
        var number = 0
        while i < line.count, i < 2, NormalizerBytes.isDigit(line[i]) {
            number = number * 10 + Int(line[i] - 0x30)
            i += 1
        }
        guard i > 0, number > 0, line[0] != 0x30, i < line.count else { return nil }
        if line[i] == 0x29 { i += 1 } // ")"
        guard i < line.count, line[i] == 0x20 else { return nil }
        i += 1
        guard i < line.count, line.count - i >= 2 else { return nil }
        let b = line[i]
        let startsText = NormalizerBytes.isLetter(line, at: i) || b == 0x22 || b == 0x27 || b == 0x28
        return startsText ? (number, i) : nil
    }

    /// Quick filter: a digit right after a letter or a period somewhere in the line.
    @inline(__always)
    private static func mayHoldMarker(_ line: [UInt8]) -> Bool {
        var previous: UInt8 = 0x20
        for b in line {
            if NormalizerBytes.isDigit(b) && (previous >= 0x80 || NormalizerBytes.isASCIILower(previous) || previous == 0x2E) {
                return true
            }
            previous = b
        }
        return false
    }

    /// Words that take a number without a space and are not footnote carriers.
    private static let unitWords: Set<[UInt8]> = Set([
        "km", "cm", "mm", "dm", "m", "ha", "kg", "mg", "ml", "cl", "dl", "kw", "kwh", "mw", "gw",
        "co", "no", "nr", "nrs", "art", "blz", "bl", "fl", "hfl", "sub", "par", "jo", "lid", "ca",
        "pag", "p", "pp", "vol", "ed", "dd", "tel", "fax", "bijl", "min", "max", "mln", "mld",
        "sec", "jr", "mr", "dr", "ir", "drs", "prof", "ing", "bv", "nv", "kamerstuk", "kamerstukken",
    ].map { Array($0.utf8) })

    /// Scans the words of a line and replaces accepted markers by `\u{1}N\u{2}`.
    private static func splitMarkers(
        in line: inout [UInt8], expected: inout Int, candidates: [Int: [Int]], accepted: inout [Int]
    ) {
        var out = [UInt8]()
        var changed = false
        var i = 0
        let n = line.count
        while i < n {
            var end = i
            while end < n && line[end] != 0x20 { end += 1 }
            if let split = markerSplit(line, start: i, end: end),
               accepts(split.number, expected: expected, candidates: candidates) {
                if !changed { out.reserveCapacity(n + 8); out.append(contentsOf: line[0..<i]); changed = true }
                out.append(contentsOf: line[i..<split.digitsStart])
                out.append(NormalizerBytes.markerOpen)
                out.append(contentsOf: line[split.digitsStart..<split.digitsEnd])
                out.append(NormalizerBytes.markerClose)
                out.append(contentsOf: line[split.digitsEnd..<end])
                accepted.append(split.number)
                expected = split.number + 1
            } else if changed {
                out.append(contentsOf: line[i..<end])
            }
            if end < n, changed { out.append(0x20) }
            i = end + 1
        }
        if changed { line = out }
    }

    private static func accepts(_ number: Int, expected: Int, candidates: [Int: [Int]]) -> Bool {
        if number == expected { return true }
        return number > expected && number <= expected + 2 && candidates[number] != nil
    }

    /// Where the marker digits are in the word `line[start..<end]`, if it carries one.
    static func markerSplit(_ line: [UInt8], start: Int, end: Int) -> (number: Int, digitsStart: Int, digitsEnd: Int)? {
        // Trailing punctuation after the marker: "Podt2," "Nederland1."
        var coreEnd = end
        while coreEnd > start, isTrailingPunctuation(line[coreEnd - 1]) { coreEnd -= 1 }
        var digitsStart = coreEnd
        while digitsStart > start, NormalizerBytes.isDigit(line[digitsStart - 1]) { digitsStart -= 1 }
        let digitCount = coreEnd - digitsStart
        guard digitCount == 1 || digitCount == 2, line[digitsStart] != 0x30, digitsStart > start else { return nil }
        var number = 0
        for k in digitsStart..<coreEnd { number = number * 10 + Int(line[k] - 0x30) }
        // The word before the digits, after any opening punctuation.
        var wordEnd = digitsStart
        let afterPeriod = line[wordEnd - 1] == 0x2E
        if afterPeriod { wordEnd -= 1 }
        var wordStart = start
        while wordStart < wordEnd, !NormalizerBytes.isLetter(line, at: wordStart) { wordStart += 1 }
        guard wordEnd - wordStart >= 2 else { return nil }
        var letters = 0
        var k = wordStart
        while k < wordEnd {
            let b = line[k]
            if NormalizerBytes.isDigit(b) { return nil }
            if b == 0x2E { return nil }
            if NormalizerBytes.isASCIILower(b) || NormalizerBytes.isASCIIUpper(b) || b >= 0xC0 { letters += 1 }
            k += 1
        }
        guard letters >= 2 else { return nil }
        let lastStart = NormalizerBytes.scalarStart(in: line, before: wordEnd)
        if afterPeriod {
            guard NormalizerBytes.isLetter(line, at: lastStart) else { return nil }
        } else {
            guard NormalizerBytes.isLowercaseLetter(line, at: lastStart) else { return nil }
        }
        let word = NormalizerBytes.asciiLowercased(line[wordStart..<wordEnd])
        if unitWords.contains(word) { return nil }
        return (number, digitsStart, coreEnd)
    }

    @inline(__always)
    private static func isTrailingPunctuation(_ b: UInt8) -> Bool {
        b == 0x2C || b == 0x2E || b == 0x3B || b == 0x3A || b == 0x29 || b == 0x22 || b == 0x27 || b == 0x3F || b == 0x21
    }

    /// In a footnote line, where `". 2 De …"` starts the next footnote.
    private static func inlineFootnoteStart(_ text: [UInt8], number: Int) -> (numberStart: Int, textStart: Int)? {
        let digits = Array(String(number).utf8)
        var i = 1
        while i + digits.count + 2 < text.count {
            if text[i] == 0x20, text[i - 1] == 0x2E || text[i - 1] == 0x3B,
               NormalizerBytes.hasPrefix(text, digits, at: i + 1),
               text[i + 1 + digits.count] == 0x20,
               NormalizerBytes.isUppercaseLetter(text, at: i + 2 + digits.count) {
                return (i + 1, i + 2 + digits.count)
            }
            i += 1
        }
        return nil
    }
}
