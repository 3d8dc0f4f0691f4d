/// Reads a letter's kind, title and own date from its text.
///
/// Kind, from the first decisive line in the head of the text (first 80 lines):
/// `MOTIE VAN …` (also `GEWIJZIGDE MOTIE …`) → motie; `BRIEF VAN …` → brief;
/// `Aanhangsel van de Handelingen`, `Vragen van het lid …` → kamervragen; failing those,
/// `Aan de Voorzitter …`, `Geachte voorzitter`, `Hierbij …` → brief; else other.
///
/// Title: motie — its heading made readable plus the dossier title
/// ("Motie van het lid Rikkers-Oosterkamp — Langdurige zorg"); kamervragen — the question
/// heading without its date ("Vragen van het lid Wallage (P.v.d.A). over een
/// Randstad-universiteit"); brief — an `Onderwerp`/`Betreft` line, else the subject in the
/// masthead, else what "Hierbij bied ik uw Kamer … aan" offers, else the heading; other —
/// the masthead subject, else the first heading or line.
///
/// Date: `DateRecognizer.letterDate` (for Kamervragen the answer's `Ontvangen`/`Ingezonden`
/// date, else the questions' `Ingezonden` date; for reports `Vastgesteld …`; for a debate page
/// its `VERGADERING VAN …` date).
///
/// ```swift
/// let header = LetterHeaderParser().parse(text, fileName: "kst-34104-439.txt")
/// header.kind   // .motie
/// header.date   // 2025-04-24
/// ```
public struct LetterHeaderParser: Sendable {
    /// Titles longer than this are cut at a word and end in "…".
    public static let maximumTitleLength = 240

    public init() {}

    /// The header of `text`; `fileName` names the title when the text offers none.
    public func parse(_ text: String, fileName: String? = nil) -> LetterHeader {
        let bytes = LetterBytes(text)
        return parse(bytes, lines: bytes.lines(), fileName: fileName)
    }

    func parse(_ text: LetterBytes, lines: [LetterLine], fileName: String?) -> LetterHeader {
        parse(text, lines: lines, date: DateRecognizer.letterDate(in: text, lines: lines)?.date, fileName: fileName)
    }

    /// The header when the letter's own date (`DateRecognizer.letterDate`) is already known.
    func parse(_ text: LetterBytes, lines: [LetterLine], date: DutchDate?, fileName: String?) -> LetterHeader {
        let masthead = KamerstukMasthead.parse(text, lines: lines)
        let cue = Self.kindCue(text, lines)
        let mastheadTitle = masthead.flatMap { Self.joinedTitle(text, $0.titleLines) }
        var title: String?
        switch cue.kind {
        case .motie:
            let heading = HeadingCase.readable(Self.motieHeading(text, lines[cue.index]))
            title = mastheadTitle.map { "\(heading) — \($0)" } ?? heading
        case .kamervragen:
            title = Self.questionHeading(text, lines, from: cue.index)
        case .brief:
            title = Self.subjectLine(text, lines) ?? mastheadTitle ?? Self.offeredSubject(text)
                ?? (cue.isHeading ? HeadingCase.readable(text.string(lines[cue.index])) : nil)
        case .other:
            title = Self.subjectLine(text, lines) ?? mastheadTitle
        }
        if title?.isEmpty ?? true {
            title = Self.firstLine(text, lines, skipping: masthead?.bodyIndex ?? 0)
        }
        if title?.isEmpty ?? true, let fileName {
            title = Self.titleFromFileName(fileName)
        }
        return LetterHeader(kind: cue.kind, title: Self.shortened(title ?? ""), date: date)
    }

    // MARK: Kind

    private static let motie = Array("MOTIE".utf8)
    private static let briefVan = Array("brief van d".utf8)
    private static let brief = Array("BRIEF".utf8)
    private static let strongQuestionStarts: [[UInt8]] = ["aanhangsel", "vragen van", "vraag van", "vragen gesteld"].map { Array($0.utf8) }
    private static let weakLetterStarts: [[UInt8]] = [
        "aan de voorzitter", "aan den heer voorzitter", "aan de heer voorzitter", "geachte voorzitter",
        "hierbij ", "bijgaand ",
    ].map { Array($0.utf8) }

    /// The kind and the line that decided it.
    private static func kindCue(_ text: LetterBytes, _ lines: [LetterLine]) -> (kind: LetterKind, index: Int, isHeading: Bool) {
        var weak: Int?
        for (index, line) in lines.enumerated() {
            if index >= 80 || line.start >= 8000 { break }
            if line.isEmpty { continue }
            let s = afterItemNumber(text, line)
            if isMotieHeading(text, from: s, end: line.end) { return (.motie, index, true) }
            if isBriefHeading(text, from: s, end: line.end)
                || (line.length < 160 && text.matches(briefVan, at: s, end: line.end)
                    && LetterBytes.isUpperASCII(text.bytes[s]))
            {
                return (.brief, index, true)
            }
            for start in strongQuestionStarts where text.matches(start, at: s, end: line.end) {
                return (.kamervragen, index, true)
            }
            if weak == nil {
                for start in weakLetterStarts where text.matches(start, at: line.start, end: line.end) {
                    weak = index
                    break
                }
            }
        }
        if let weak { return (.brief, weak, false) }
        return (.other, 0, false)
    }

    /// "MOTIE VAN …", and up to three words in capitals before it: "GEWIJZIGDE MOTIE",
    /// "TWEEDE NADER GEWIJZIGDE MOTIE", also misspelt ("GEWIJZGIDE MOTIE").
    private static func isMotieHeading(_ text: LetterBytes, from s: Int, end: Int) -> Bool {
        var i = s
        for _ in 0..<4 {
            if text.matches(motie, at: i, end: end, exactly: true), text.isWordEnd(i + motie.count, end: end) { return true }
            var e = i
            while e < end, LetterBytes.isUpperASCII(text.bytes[e]) { e += 1 }
            guard e - i >= 4, e < end, text.bytes[e] == UInt8(ascii: " ") else { return false }
            i = e + 1
        }
        return false
    }

    /// "BRIEF VAN", "BRIEVEN VAN", and OCR slips one letter off "BRIEF" ("BRTEF VAN").
    private static func isBriefHeading(_ text: LetterBytes, from s: Int, end: Int) -> Bool {
        var e = s
        while e < end, LetterBytes.isUpperASCII(text.bytes[e]) { e += 1 }
        guard e + 4 <= end, text.bytes[e] == UInt8(ascii: " "), text.matches("VAN", at: e + 1, end: end, exactly: true) else {
            return false
        }
        if e - s == 7 { return text.matches("BRIEVEN", at: s, end: end, exactly: true) }
        guard e - s == 5 else { return false }
        var misses = 0
        for k in 0..<5 where text.bytes[s + k] != brief[k] { misses += 1 }
        return misses <= 1 && text.bytes[s] == UInt8(ascii: "B")
    }

    /// Past an item number such as "50. " or "2099. " at the start of a line.
    private static func afterItemNumber(_ text: LetterBytes, _ line: LetterLine) -> Int {
        let digitsEnd = text.skipDigits(from: line.start, to: line.end)
        guard digitsEnd > line.start, digitsEnd < line.end, text.bytes[digitsEnd] == UInt8(ascii: ".") else { return line.start }
        return text.skipBlanks(from: digitsEnd + 1, to: line.end)
    }

    // MARK: Titles

    private static let subjectWords: [[UInt8]] = ["onderwerp", "betreft"].map { Array($0.utf8) }

    /// The `Onderwerp`/`Betreft` line of a modern letter head (text on the line or the next).
    private static func subjectLine(_ text: LetterBytes, _ lines: [LetterLine]) -> String? {
        for (index, line) in lines.prefix(40).enumerated() {
            for word in subjectWords where text.lineStarts(line, with: word) {
                var s = line.start + word.count
                if s < line.end, text.bytes[s] == UInt8(ascii: ":") { s += 1 }
                s = text.skipBlanks(from: s, to: line.end)
                if s < line.end { return text.string(s, line.end) }
                if let next = lines.dropFirst(index + 1).prefix(2).first(where: { !$0.isEmpty }) {
                    return text.string(next)
                }
            }
        }
        return nil
    }

    /// The masthead's subject lines as one title; a line that starts in lowercase continues
    /// the previous one.
    private static func joinedTitle(_ text: LetterBytes, _ lines: [LetterLine]) -> String? {
        var title = ""
        for line in lines {
            let piece = HeadingCase.readable(text.string(line))
            guard !piece.isEmpty else { continue }
            if title.isEmpty {
                title = piece
            } else if let first = piece.unicodeScalars.first, first.properties.isLowercase || title.hasSuffix("-") {
                title += title.hasSuffix("-") ? piece : " " + piece
            } else {
                title += " — " + piece
            }
        }
        return title.isEmpty ? nil : trimmedEnd(title)
    }

    private static let voorgesteld = Array(" Voorgesteld".utf8)

    /// The heading line without a "Voorgesteld …" that old prints run into it.
    private static func motieHeading(_ text: LetterBytes, _ line: LetterLine) -> String {
        var end = line.end
        if let v = text.find(Array(" voorgesteld".utf8), from: line.start, to: line.end),
            text.matches(voorgesteld, at: v, end: line.end, exactly: true)
        {
            end = v
        }
        return text.string(line.start, end)
    }

    private static let ingezonden = Array("(inge".utf8)

    /// "Vragen van het lid X over Y" from the question heading, without item number and date.
    private static func questionHeading(_ text: LetterBytes, _ lines: [LetterLine], from index: Int) -> String {
        var fallback: String?
        for k in index..<min(lines.count, index + 40) {
            let line = lines[k]
            if line.isEmpty { continue }
            let s = afterItemNumber(text, line)
            let isQuestion =
                text.matches("vragen van", at: s, end: line.end)
                || text.matches("vraag van", at: s, end: line.end)
            if !isQuestion {
                if fallback == nil, text.matches("vragen gesteld", at: s, end: line.end) {
                    fallback = text.string(s, line.end)
                }
                continue
            }
            var heading = ""
            var end = line.end
            if let open = text.find(ingezonden, from: s, to: line.end) {
                end = open
                heading = text.string(s, end)
            } else if k + 1 < lines.count, let open = text.find(ingezonden, from: lines[k + 1].start, to: lines[k + 1].end) {
                heading = text.string(s, line.end) + " " + text.string(lines[k + 1].start, open)
            } else {
                heading = text.string(s, end)
            }
            return trimmedEnd(HeadingCase.readable(capitalizedFirstWord(heading)))
        }
        return fallback.map { trimmedEnd($0) } ?? "Aanhangsel van de Handelingen"
    }

    /// "VRAGEN van de leden …" → "Vragen van de leden …".
    private static func capitalizedFirstWord(_ text: String) -> String {
        guard let space = text.firstIndex(of: " ") else { return text }
        let first = text[..<space]
        guard first.count > 1, first == first.uppercased() else { return text }
        return first.prefix(1) + first.dropFirst().lowercased() + text[space...]
    }

    private static let hierbij = Array("Hierbij ".utf8)
    private static let pronouns: Set<String> = ["ik", "wij", "we"]
    private static let addressees: [[String]] = [["uw", "kamer"], ["de", "tweede", "kamer"], ["de", "eerste", "kamer"], ["de", "kamer"], ["u"]]
    private static let particles: Set<String> = ["aan", "toe", "aan,", "toe,"]
    private static let particleFollowers: Set<String> = [
        "van", "over", "inzake", "met", "ter", "betreffende", "naar", "zoals", "die", "dat", "waarin",
        "om", "als", "in", "voor", "op", "en", "waarmee", "waarover", "conform",
    ]

    /// What the first "Hierbij bied(en) ik/wij uw Kamer … aan" sentence offers, as a title:
    /// "Hierbij bieden wij uw Kamer de geannoteerde agenda aan van de informele JBZ-Raad …"
    /// → "Geannoteerde agenda van de informele JBZ-Raad …".
    static func offeredSubject(_ text: LetterBytes) -> String? {
        let limit = min(text.count, 4000)
        var at = 0
        var found: Int?
        while let i = text.find(Array("hierbij ".utf8), from: at, to: limit) {
            if text.matches(hierbij, at: i, end: limit, exactly: true), text.isWordStart(i) { found = i; break }
            at = i + 1
        }
        guard let start = found else { return nil }
        let sentence = sentence(text, from: start, limit: min(text.count, start + 600))
        var words = sentence.split(separator: " ").map(String.init)
        guard words.count > 4 else { return nil }
        words.removeFirst()  // Hierbij
        words.removeFirst()  // the verb
        guard pronouns.contains(words.removeFirst().lowercased()) else { return nil }
        // The addressee, and a clause such as ", mede namens de minister van …,".
        for addressee in addressees {
            let lowered = words.prefix(addressee.count).map { $0.lowercased().trimmingCharacters(",") }
            if lowered == addressee {
                let last = words[addressee.count - 1]
                words.removeFirst(addressee.count)
                if last.hasSuffix(","), let close = words.firstIndex(where: { $0.hasSuffix(",") }) {
                    words.removeFirst(close + 1)
                }
                break
            }
        }
        // The separable "aan"/"toe" of the verb: the one that ends the sentence or comes before
        // a preposition or clause ("de agenda aan van de Raad"); "aan de" is a preposition.
        if let particle = words.indices.first(where: { k in
            particles.contains(words[k].lowercased())
                && (k == words.count - 1 || particleFollowers.contains(words[k + 1].lowercased())
                    || words[k].hasSuffix(","))
        }) {
            words.remove(at: particle)
        }
        if let first = words.first?.lowercased(), ["de", "het", "een", "over"].contains(first) { words.removeFirst() }
        guard words.count >= 2 else { return nil }
        var title = words.joined(separator: " ")
        title = title.prefix(1).uppercased() + title.dropFirst()
        return trimmedEnd(title)
    }

    /// The sentence at `start`, lines joined, up to a full stop that ends a word of three
    /// letters or more (so "a.s.", "jl." and "nr." do not end it).
    private static func sentence(_ text: LetterBytes, from start: Int, limit: Int) -> String {
        var pieces: [UInt8] = []
        var i = start
        var wordLength = 0
        var wordHasStop = false
        while i < limit {
            let b = text.bytes[i]
            if b == UInt8(ascii: "."), wordLength >= 3, !wordHasStop, i + 1 >= limit || LetterBytes.isSpace(text.bytes[i + 1]) { break }
            if LetterBytes.isSpace(b) {
                if pieces.last != UInt8(ascii: " ") { pieces.append(UInt8(ascii: " ")) }
                wordLength = 0
                wordHasStop = false
            } else {
                pieces.append(b)
                if b == UInt8(ascii: ".") { wordHasStop = true } else { wordLength += 1 }
            }
            i += 1
        }
        return String(decoding: pieces, as: UTF8.self)
    }

    /// The first line after the masthead that has words, readable; skips page furniture
    /// such as "Bijlagen.", "Tweede Kamer." and item numbers.
    private static func firstLine(_ text: LetterBytes, _ lines: [LetterLine], skipping: Int) -> String? {
        for line in lines.dropFirst(skipping).prefix(20) where line.length >= 4 {
            if text.lineStarts(line, with: "bijlage") || text.lineStarts(line, with: "bijlagen")
                || KamerstukMasthead.isChamberLine(text, line) || KamerstukMasthead.isSessionLine(text, line)
                || text.matches("tweede kamer", at: line.start, end: line.end) && line.length < 16
            {
                continue
            }
            var letters = 0
            var i = line.start
            while i < line.end, letters < 4 {
                if LetterBytes.isLetter(text.bytes[i]) { letters += 1 }
                i += 1
            }
            if letters >= 4 { return HeadingCase.readable(text.string(line)) }
        }
        return nil
    }

    /// "jbz-raad-cyprus-januari-2026.txt" → "jbz raad cyprus januari 2026".
    private static func titleFromFileName(_ name: String) -> String {
        var base = Substring(name)
        if let slash = base.lastIndex(of: "/") { base = base[base.index(after: slash)...] }
        if let dot = base.lastIndex(of: ".") { base = base[..<dot] }
        return base.replacingDashes()
    }

    /// Without trailing blanks, full stops and commas.
    private static func trimmedEnd(_ text: String) -> String {
        var s = Substring(text)
        while let last = s.last, last == " " || last == "." || last == "," || last == ";" || last == ":" { s = s.dropLast() }
        while let first = s.first, first == " " { s = s.dropFirst() }
        return String(s)
    }

    /// Cut at a word before `maximumTitleLength` characters.
    private static func shortened(_ title: String) -> String {
        // A character is at least one byte: count characters only when the bytes could exceed.
        guard title.utf8.count > maximumTitleLength, title.count > maximumTitleLength else { return title }
        let cut = title.prefix(maximumTitleLength)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return trimmedEnd(String(atWord)) + "…"
    }
}

extension String {
    fileprivate func trimmingCharacters(_ character: Character) -> String {
        var s = Substring(self)
        while s.last == character { s = s.dropLast() }
        return String(s)
    }
}

extension Substring {
    fileprivate func replacingDashes() -> String {
        String(map { $0 == "-" || $0 == "_" ? " " : $0 })
    }
}
