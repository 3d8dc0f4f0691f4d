import DutchText
import Foundation

/// Finds members of parliament named in a letter, motie or Kamervraag.
///
/// Sources, and whether the person is the document's own (`primary`):
/// - motie headings "MOTIE VAN HET LID RIKKERS-OOSTERKAMP", "GEWIJZIGDE MOTIE VAN DE LEDEN X EN Y": primary;
/// - the submitters' names on the last lines of a motie, after "en gaat over tot de orde van de dag.": primary;
/// - "Vragen van het lid X (Party)", "Vragen van de leden X en Y", "VRAGEN van de heer X": primary;
/// - running text "het lid Podt", "de leden Koekkoek en Ceder", "het Kamerlid Omtzigt": not primary.
///
/// Each gives a `.person` mention: key the folded lowercase name (`"rikkers-oosterkamp"`), label
/// the name in normal capitalization (`"Rikkers-Oosterkamp"`, `"Van der Plas"`).
///
/// ```swift
/// PersonRecognizer().mentions(in: "in lijn met de toezegging aan het lid Podt", furniture: []).first?.label // "Podt"
/// ```
public struct PersonRecognizer: LetterTextRecognizer {
    /// Capitalized words that follow "het lid" but are not names.
    private static let notNames: Set<String> = [
        "kamer", "tweede", "eerste", "raad", "staten", "europees", "europese", "eu", "regering", "commissie",
        "minister", "staatssecretaris", "voorzitter", "college", "bestuur", "fractie", "hof", "senaat", "parlement",
        "nr", "artikel", "i", "ii", "iii",
    ]

    /// Creates a recognizer.
    public init() {}

    /// Person mentions in `text`; furniture is not searched.
    public func mentions(in text: String, furniture: [String]) -> [Mention] {
        mentions(reading: text, furniture: furniture)
    }

    func mentions(in text: LetterBytes, words: WordSpans, furniture: [String]) -> [Mention] {
        var out: [Mention] = text.bytes.withUnsafeBufferPointer { bytes in
            var out: [Mention] = []
            let headingEnd = motieHeading(bytes, into: &out)
            scanRunning(bytes, words: words, skippingUntil: headingEnd, into: &out)
            motieSubmitters(bytes, isMotie: headingEnd > 0, into: &out)
            return out
        }
        // Names printed in capitals take the capitalization the same person has elsewhere.
        var labels: [String: String] = [:]
        for mention in out where PersonName.hasLowercase(mention.surface) {
            labels[mention.key] = labels[mention.key] ?? mention.label
        }
        for index in out.indices {
            if let label = labels[out[index].key] { out[index].label = label }
        }
        return out
    }

    // MARK: Motie heading

    /// "MOTIE VAN HET LID X", "GEWIJZIGDE MOTIE VAN DE LEDEN X EN Y", "MOTIE VAN KOSTIĆ C.S." on a
    /// line of its own near the top. Returns the end of the heading line (0 when there is none).
    private func motieHeading(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [Mention]) -> Int {
        var lineStart = 0
        var lines = 0
        while lineStart < bytes.count && lines < 40 {
            let lineEnd = MinisterText.lineEnd(bytes, lineStart)
            lines += 1
            var i = MinisterText.skipSpace(bytes, lineStart, newlines: 0)
            if MinisterText.hasWord(bytes, i, "nader") { i = MinisterText.skipSpace(bytes, i + 5, newlines: 0) }
            if MinisterText.hasWord(bytes, i, "gewijzigde") { i = MinisterText.skipSpace(bytes, i + 10, newlines: 0) }
            var headEnd: Int?
            if MinisterText.hasWord(bytes, i, "motie") && bytes[i] == UInt8(ascii: "M") && bytes[i + 1] == UInt8(ascii: "O") {
                headEnd = i + 5
            } else if MinisterText.hasWord(bytes, i, "amendement") && bytes[i] == UInt8(ascii: "A") && bytes[i + 1] == UInt8(ascii: "M") {
                headEnd = i + 10
            }
            if let end = headEnd {
                i = end
                // Skip "VAN", "HET", "DE", "LID", "LEDEN" and their misprints.
                var skipped = 0
                while skipped < 4 {
                    let j = MinisterText.skipSpace(bytes, i, newlines: 0)
                    let end = MinisterText.wordEnd(bytes, j)
                    let word = MinisterText.foldedWord(bytes, j, end)
                    if skipped == 0 && MinisterText.equals(word, "van") || Self.headingFiller.contains(word) {
                        i = end
                        skipped += 1
                    } else if MinisterText.starts(word, with: "lidvan") {
                        i = j + 3  // "LIDVAN NISPEN"
                        skipped += 1
                    } else {
                        break
                    }
                }
                for name in names(bytes, from: i, limit: lineEnd) {
                    out.append(person(bytes, name, primary: true))
                }
                return lineEnd
            }
            lineStart = lineEnd + 1
        }
        return 0
    }

    private static let headingFiller: Set<[UInt8]> = Set(
        ["het", "de", "he", "lid", "leden", "liid", "lden", "lld"].map { Array($0.utf8) })

    // MARK: Submitters at the end of a motie

    /// The name lines after "en gaat over tot de orde van de dag." (or, in a motie without that
    /// line, the name lines that end it).
    private func motieSubmitters(_ bytes: UnsafeBufferPointer<UInt8>, isMotie: Bool, into out: inout [Mention]) {
        // The closing formula is near the end of a motie: search the last few kilobytes.
        let count = bytes.count
        guard count > 40 else { return }
        var found: Int?
        if let position = Self.lastClosingFormula(bytes, from: max(0, count - 4000)) {
            found = MinisterText.lineEnd(bytes, position)
        }
        if found == nil && isMotie {
            // No closing formula: take the trailing lines that read as names.
            var start = count
            var names = 0
            while start > 0 && names < 12 {
                let lineStart = MinisterText.lineStart(bytes, start - 1)
                let line = Substring(MinisterText.string(bytes, lineStart, start))
                guard PersonName.mayBeNameLine(bytes, lineStart, start) else { break }
                let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty {
                    guard let tokens = PersonName.nameTokens(Substring(trimmed)), tokens.count <= 4 else { break }
                    names += 1
                }
                start = lineStart
                if start > 0 { start -= 1 } else { break }
            }
            if names > 0 { found = start }
        }
        guard var i = found else { return }
        while i < count {
            let start = MinisterText.skipSpace(bytes, i, newlines: 0)
            let end = MinisterText.lineEnd(bytes, i)
            var textEnd = end
            while textEnd > start && (bytes[textEnd - 1] == UInt8(ascii: " ") || bytes[textEnd - 1] == UInt8(ascii: "\r")) { textEnd -= 1 }
            if textEnd > start, PersonName.mayBeNameLine(bytes, start, textEnd) {
                let line = Substring(MinisterText.string(bytes, start, textEnd))
                if let tokens = PersonName.nameTokens(line), tokens.count <= 5,
                    !Self.notNames.contains(MinisterText.folded(tokens[0]))
                {
                    let label = PersonName.display(tokens.joined(separator: " "))
                    out.append(
                        Mention(
                            kind: .person, key: PersonName.key(label), label: label, start: start, end: textEnd,
                            surface: String(line), primary: true))
                }
            }
            i = end + 1
        }
    }

    /// The offset of the last "orde van de dag" that starts at or after `stop`, found from the
    /// end backwards by its final "g", eight bytes at a time.
    private static func lastClosingFormula(_ bytes: UnsafeBufferPointer<UInt8>, from stop: Int) -> Int? {
        let formula: StaticString = "orde van de dag"
        let f = formula.utf8Start
        let m = formula.utf8CodeUnitCount
        guard bytes.count >= m else { return nil }
        // The formula's final byte, highest first, eight bytes at a time.
        let lowest = stop + m - 1
        var end = bytes.count
        while let last = ByteLanes.lastIndex(of: UInt8(ascii: "g"), in: bytes, from: lowest, to: end) {
            let position = last - (m - 1)
            var equal = true
            for k in 0..<(m - 1) where bytes[position + k] != f[k] {
                equal = false
                break
            }
            if equal { return position }
            end = last
        }
        return nil
    }

    // MARK: Running text

    /// "het lid X", "de leden X en Y", "het Kamerlid X", "Vragen van de heer X".
    private func scanRunning(
        _ bytes: UnsafeBufferPointer<UInt8>, words: WordSpans, skippingUntil skip: Int, into out: inout [Mention]
    ) {
        let count = bytes.count
        // Only words starting with l, k or v can start a phrase; `resume` is where the last one ended.
        var resume = skip
        var word = words.first(startingAtOrAfter: skip, from: 0)
        while word < words.count {
            let i = Int(words.starts[word])
            word += 1
            guard i >= resume else { continue }
            let b = bytes[i]
            let lower = b | ASCII.caseBit
            var after: Int?
            if lower == UInt8(ascii: "l") {  // l
                if MinisterText.hasWord(bytes, i, "lid") {
                    after = precededBy(bytes, i, "het") ? i + 3 : nil
                } else if MinisterText.hasWord(bytes, i, "leden") {
                    after = precededBy(bytes, i, "de") ? i + 5 : nil
                }
            } else if lower == UInt8(ascii: "k") {  // k
                if MinisterText.hasWord(bytes, i, "kamerlid") {
                    after = precededBy(bytes, i, "het") ? i + 8 : nil
                } else if MinisterText.hasWord(bytes, i, "kamerleden") {
                    after = precededBy(bytes, i, "de") ? i + 10 : nil
                }
            } else if lower == UInt8(ascii: "v") && MinisterText.hasWord(bytes, i, "vragen") {  // "VRAGEN van de heer X"
                var j = MinisterText.skipSpace(bytes, i + 6, newlines: 0)
                if MinisterText.hasWord(bytes, j, "van") {
                    j = MinisterText.skipSpace(bytes, j + 3, newlines: 0)
                    if MinisterText.hasWord(bytes, j, "mevrouw") {
                        after = j + 7
                    } else if MinisterText.hasWord(bytes, j, "de") {
                        let k = MinisterText.skipSpace(bytes, j + 2, newlines: 0)
                        if MinisterText.hasWord(bytes, k, "heer") { after = k + 4 }
                        if MinisterText.hasWord(bytes, k, "heren") { after = k + 5 }
                    }
                }
            }
            guard let start = after else { continue }
            let primary = precededBy(bytes, i, "vragen", skipping: 2) || lower == UInt8(ascii: "v")
            let found = names(bytes, from: start, limit: min(count, start + 400))
            for name in found {
                out.append(person(bytes, name, primary: primary))
            }
            // The next phrase starts at a word after the names (or after the trigger).
            resume = (found.last?.end ?? start) + 1
        }
    }

    /// Whether the word before `index` (skipping `skipping` more words first) is `word`.
    private func precededBy(
        _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ word: StaticString, skipping: Int = 0
    ) -> Bool {
        var end = index
        for step in 0...skipping {
            var j = end
            while j > 0 && (bytes[j - 1] == UInt8(ascii: " ") || bytes[j - 1] == UInt8(ascii: "\n") || bytes[j - 1] == UInt8(ascii: "\r")) { j -= 1 }
            var start = j
            while start > 0 && MinisterText.fold(UInt32(bytes[start - 1])) != 0 && bytes[start - 1] < 0x80 { start -= 1 }
            if start == j { return false }
            if step == skipping { return j - start == word.utf8CodeUnitCount && MinisterText.hasWord(bytes, start, word) }
            end = start
        }
        return false
    }

    // MARK: Names

    /// "TER VERVANGING VAN DIE GEDRUKT ONDER NR. 71" after a motie's submitter.
    private func isVervanging(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        MinisterText.hasWord(bytes, MinisterText.skipSpace(bytes, index, newlines: 0), "vervanging")
    }

    private struct FoundName {
        var start: Int
        var end: Int
        var label: String
    }

    private func person(_ bytes: UnsafeBufferPointer<UInt8>, _ name: FoundName, primary: Bool) -> Mention {
        Mention(
            kind: .person, key: PersonName.key(name.label), label: name.label, start: name.start, end: name.end,
            surface: MinisterText.string(bytes, name.start, name.end), primary: primary)
    }

    /// A list of names from `index`: "Koekkoek en Ceder", "Van Middelkoop (GPV) en De Hoop Scheffer (CDA)",
    /// "VAN ZANTEN EN VAN DER PLAS". Stops at the first word that is not part of a name.
    private func names(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, limit: Int) -> [FoundName] {
        var result: [FoundName] = []
        var j = index
        while result.count < 12 {
            j = MinisterText.skipSpace(bytes, j, newlines: 1)
            var tokens: [(start: Int, end: Int, text: Substring, particle: Bool)] = []
            var capitalsMode: Bool?
            while j < limit {
                let end = MinisterText.wordEnd(bytes, j)
                guard end > j, end <= limit else { break }
                var tokenEnd = end
                // Footnote digits glued to the name: "Podt2".
                while tokenEnd > j + 1 && bytes[tokenEnd - 1] >= UInt8(ascii: "0") && bytes[tokenEnd - 1] <= UInt8(ascii: "9") { tokenEnd -= 1 }
                let text = Substring(MinisterText.string(bytes, j, tokenEnd))
                let lower = text.lowercased()
                if lower == "en" || lower == "c.s" || lower == "ter" && isVervanging(bytes, end) { break }
                let particle = PersonName.particles.contains(lower)
                if !particle && !PersonName.isCapitalizedWord(text) { break }
                // A name in capitals continues only in capitals ("LID ROSENMÖLLER Ontvangen 26 januari").
                if !particle {
                    let capitals = !PersonName.hasLowercase(text)
                    if let mode = capitalsMode, mode != capitals { break }
                    capitalsMode = capitals
                }
                tokens.append((j, tokenEnd, text, particle))
                if tokenEnd < end { break }
                let next = MinisterText.skipSpace(bytes, end, newlines: 0)
                if next == end { break }  // punctuation right after the word
                j = next
            }
            while let last = tokens.last, last.particle { tokens.removeLast() }
            guard let first = tokens.first, let last = tokens.last, tokens.contains(where: { !$0.particle }),
                !Self.notNames.contains(MinisterText.folded(first.text)),
                tokens.count <= 5
            else { break }
            // A lowercase particle may not start a name in running text ("het lid van de Raad").
            if first.particle && first.text.first?.isLowercase == true { break }
            let label = PersonName.display(tokens.map { String($0.text) }.joined(separator: " "))
            result.append(FoundName(start: first.start, end: last.end, label: label))
            j = last.end
            // Party in parentheses: "(GPV)", "(beiden V.V.D.)".
            var k = MinisterText.skipSpace(bytes, j, newlines: 0)
            if k < limit && bytes[k] == UInt8(ascii: "(") {
                var close = k + 1
                while close < limit && close < k + 60 && bytes[close] != UInt8(ascii: ")") && bytes[close] != UInt8(ascii: "\n") { close += 1 }
                guard close < limit && bytes[close] == UInt8(ascii: ")") else { break }
                k = MinisterText.skipSpace(bytes, close + 1, newlines: 0)
            }
            if k < limit && bytes[k] == UInt8(ascii: ",") {
                j = k + 1
            } else if MinisterText.hasWord(bytes, k, "en") {
                j = k + 2
            } else {
                break
            }
        }
        return result
    }
}
