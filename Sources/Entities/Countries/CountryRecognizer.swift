import DutchText

/// Finds countries in Dutch text: names ("Griekenland", "Verenigde Staten"), adjectives
/// ("Griekse", "Deense"), demonyms ("Marokkanen") and capitalized abbreviations ("VS", "DDR").
///
/// One pass over the UTF-8 bytes: each capitalized word is folded and looked up in
/// ``CountryGazetteer``; multi-word names are matched longest-first. Context rules keep out
/// languages ("in het Engels", "de Franse tekst"), organisations ("Nederlandse Spoorwegen",
/// "Zorginstituut Nederland") and people ("Frans Timmermans", "het lid Engels").
///
/// ```swift
/// let mentions = CountryRecognizer().mentions(in: "Het Deense Voorzitterschap", furniture: [])
/// mentions[0].key    // "DK"
/// mentions[0].label  // "Denemarken"
/// ```
public struct CountryRecognizer: EntityRecognizer {
    /// The gazetteer whose forms are matched.
    public let gazetteer: CountryGazetteer

    /// A recognizer over `gazetteer`.
    public init(gazetteer: CountryGazetteer = .shared) {
        self.gazetteer = gazetteer
    }

    /// Mentions in `text` with UTF-8 byte offsets, then mentions in `furniture` without offsets.
    public func mentions(in text: String, furniture: [String]) -> [Mention] {
        var mentions: [Mention] = []
        scan(text, withOffsets: true, into: &mentions)
        for part in furniture {
            scan(part, withOffsets: false, into: &mentions)
        }
        return mentions
    }

    private func scan(_ text: String, withOffsets: Bool, into mentions: inout [Mention]) {
        var text = text
        text.withUTF8 { bytes in
            var scanner = CountryScanner(bytes: bytes, gazetteer: gazetteer)
            scanner.run { form, range in
                let country = gazetteer.countries[form.country]
                mentions.append(
                    Mention(
                        kind: .country, key: country.code, label: country.name,
                        start: withOffsets ? range.lowerBound : nil,
                        end: withOffsets ? range.upperBound : nil,
                        surface: String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)))
            }
        }
    }
}

/// The byte-level pass behind ``CountryRecognizer``.
struct CountryScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let gazetteer: CountryGazetteer
    private var key: [UInt8] = []
    private static let personNames: Set<String> = [
        "frans", "fransen", "engels", "israel", "turk", "deen", "rus", "brit", "belg", "griek",
    ]

    init(bytes: UnsafeBufferPointer<UInt8>, gazetteer: CountryGazetteer) {
        self.bytes = bytes
        self.gazetteer = gazetteer
        key.reserveCapacity(128)
    }

    /// Calls `found` with each accepted form and the byte range of its surface.
    ///
    /// Only words that start with a capital can start a form, so the scan jumps from one
    /// capital (or multi-byte lead) to the next; the word before a form is looked up
    /// backwards, only when a form is found.
    mutating func run(_ found: (CountryForm, Range<Int>) -> Void) {
        let n = bytes.count
        var i = 0
        while let start = nextCapital(from: i) {
            // A capital inside a word ("McDonald", "IJsland"'s J) starts nothing.
            guard NameFolding.isLetter(bytes, start), NameFolding.isUpper(bytes, start), isWordStart(start) else {
                i = start + 1
                continue
            }
            i = start
            while i < n && NameFolding.isLetter(bytes, i) {
                i += NameFolding.sequenceLength(bytes[i])
            }
            i = min(i, n)
            let word = start..<i
            guard let (form, end, _) = match(at: word) else { continue }
            if form.kind != .stop && accepts(form, start..<end, previous: previousWord(before: start)) {
                found(form, start..<end)
            }
            i = end
        }
    }

    /// The first offset at or after `i` holding an ASCII capital or a byte of a multi-byte
    /// scalar: the only bytes that can start a capitalized word.
    @inline(__always)
    private func nextCapital(from start: Int) -> Int? {
        // Most blocks of running text hold no capital: ByteLanes tests eight bytes at a time.
        let i = ByteLanes.firstCapitalOrMultiByte(in: bytes, from: start)
        return i < bytes.count ? i : nil
    }

    /// Whether a word starts at `i`: the text starts there or the scalar before is no letter.
    @inline(__always)
    private func isWordStart(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        var k = i - 1
        while k > 0 && bytes[k] & 0xC0 == 0x80 { k -= 1 }
        return !NameFolding.isLetter(bytes, k)
    }

    /// The word (maximal run of letters) nearest before `position`, however far back: the
    /// word a scan from the start would have read last.
    private func previousWord(before position: Int) -> Range<Int>? {
        var k = position
        // Back over scalars that are not letters.
        while k > 0 {
            var lead = k - 1
            while lead > 0 && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            if NameFolding.isLetter(bytes, lead) { break }
            k = lead
        }
        guard k > 0 else { return nil }
        let end = k
        while k > 0 {
            var lead = k - 1
            while lead > 0 && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            guard NameFolding.isLetter(bytes, lead) else { break }
            k = lead
        }
        return k..<end
    }

    // MARK: Matching

    /// The longest form starting at `word`, the end of its surface and its last word.
    private mutating func match(at word: Range<Int>) -> (CountryForm, Int, Range<Int>)? {
        if let index = abbreviation(word) {
            return (CountryForm(country: index, kind: .name), word.upperBound, word)
        }
        if isMissingASCIIWord(word), !isBrokenWordAhead(word.upperBound) { return nil }
        key.removeAll(keepingCapacity: true)
        NameFolding.append(bytes, word, to: &key)
        let first = lookupKey()
        guard first != nil || isBrokenWordAhead(word.upperBound) else { return nil }
        var best: (CountryForm, Int, Range<Int>)? = first?.form.map { ($0, word.upperBound, word) }
        var continues = first?.continues ?? false
        var position = word.upperBound
        var words = 1
        while words < 8, let next = nextWord(after: position, inPhrase: true) {
            // "Duits\u{AD}land", "Neder-\nland": one word broken by a (soft) hyphen.
            if isBrokenWord(position..<next.lowerBound) && shape(next) == .lower {
                let length = key.count
                NameFolding.append(bytes, next, to: &key)
                if let entry = lookupKey() {
                    if let form = entry.form { best = (form, next.upperBound, next) }
                    continues = entry.continues
                    position = next.upperBound
                    words += 1
                    continue
                }
                key.removeSubrange(length...)
            }
            guard continues else { break }
            key.append(UInt8(ascii: " "))
            NameFolding.append(bytes, next, to: &key)
            guard let entry = lookupKey() else { break }
            if let form = entry.form {
                best = (form, next.upperBound, next)
            }
            continues = entry.continues
            position = next.upperBound
            words += 1
        }
        return best
    }

    /// Whether `word` is all ASCII and its folded form (its lowercase) is surely no key: the
    /// table's cheap filter, without folding the word.
    @inline(__always)
    private func isMissingASCIIWord(_ word: Range<Int>) -> Bool {
        for k in word where bytes[k] >= 0x80 { return false }
        let first = bytes[word.lowerBound] | ASCII.caseBit
        let second = word.count > 1 ? bytes[word.lowerBound + 1] | ASCII.caseBit : 0
        return !gazetteer.forms.mayHold(first: first, second: second, length: word.count)
    }

    private func lookupKey() -> FoldedFormTable.Entry? {
        key.withUnsafeBufferPointer { gazetteer.forms.lookup($0) }
    }

    /// Whether a soft hyphen or a hyphen and a line break follow `position`.
    private func isBrokenWordAhead(_ position: Int) -> Bool {
        guard position + 1 < bytes.count else { return false }
        let b = bytes[position], c = bytes[position + 1]
        return (b == 0xC2 && c == 0xAD) || (b == UInt8(ascii: "-") && (c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r")))
    }

    /// Whether `gap` is a soft hyphen, or a hyphen at the end of a line.
    private func isBrokenWord(_ gap: Range<Int>) -> Bool {
        if gap.count == 2 && bytes[gap.lowerBound] == 0xC2 && bytes[gap.lowerBound + 1] == 0xAD { return true }
        guard gap.count >= 2, bytes[gap.lowerBound] == UInt8(ascii: "-") else { return false }
        for k in gap.dropFirst() where bytes[k] != UInt8(ascii: "\n") && bytes[k] != UInt8(ascii: "\r") && bytes[k] != UInt8(ascii: " ") {
            return false
        }
        return bytes[gap.lowerBound + 1] == UInt8(ascii: "\n") || bytes[gap.lowerBound + 1] == UInt8(ascii: "\r")
    }

    /// The country of an abbreviation written in capitals ("VS", "DDR", "UdSSR").
    private func abbreviation(_ word: Range<Int>) -> Int? {
        guard word.count >= 2 && word.count <= 5 else { return nil }
        var capitals = 0
        for k in word {
            let b = bytes[k]
            if b >= 0x80 { return nil }
            if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { capitals += 1 }
        }
        guard capitals >= word.count - 1 else { return nil }
        return gazetteer.abbreviation(packed: CountryGazetteer.packed(UnsafeBufferPointer(rebasing: bytes[word])))
    }

    /// The next word after `position`. Inside a phrase only spaces, line breaks, one hyphen
    /// and one apostrophe may separate words; otherwise any short run of spaces and punctuation.
    private func nextWord(after position: Int, inPhrase: Bool) -> Range<Int>? {
        var i = position
        var hyphens = 0
        var apostrophes = 0
        let limit = min(bytes.count, position + 8)
        while i < limit && !NameFolding.isLetter(bytes, i) {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                i += 1
            case UInt8(ascii: "-"):
                hyphens += 1
                i += 1
            case UInt8(ascii: "'"):
                apostrophes += 1
                i += 1
            case 0xC2 where i + 1 < bytes.count && (bytes[i + 1] == 0xA0 || bytes[i + 1] == 0xAD):
                i += 2
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80
                && (bytes[i + 2] == 0x90 || bytes[i + 2] == 0x91):
                hyphens += 1
                i += 3
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99:
                apostrophes += 1
                i += 3
            default:
                if inPhrase { return nil }
                i += NameFolding.sequenceLength(b)
            }
            if inPhrase && (hyphens > 1 || apostrophes > 1) { return nil }
        }
        guard i < bytes.count && NameFolding.isLetter(bytes, i) else { return nil }
        let start = i
        while i < bytes.count && NameFolding.isLetter(bytes, i) {
            i += NameFolding.sequenceLength(bytes[i])
        }
        return start..<min(i, bytes.count)
    }

    // MARK: Context rules

    private enum Shape { case lower, title, capitals }

    private func shape(_ word: Range<Int>) -> Shape {
        guard NameFolding.isUpper(bytes, word.lowerBound) else { return .lower }
        var i = word.lowerBound + NameFolding.sequenceLength(bytes[word.lowerBound])
        guard i < word.upperBound else { return .capitals }
        while i < word.upperBound {
            if NameFolding.isLetter(bytes, i) && !NameFolding.isUpper(bytes, i) {
                // A lower-case letter: title case unless the first letters were all capitals
                // before it ("IJsland" is title case; "DDR" is capitals).
                return .title
            }
            i += NameFolding.sequenceLength(bytes[i])
        }
        return .capitals
    }

    private func folded(_ word: Range<Int>) -> String {
        var out: [UInt8] = []
        NameFolding.append(bytes, word, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// What separates two positions: only white space, white space and one comma, or more.
    private enum Gap { case space, comma, other }

    private func gap(_ range: Range<Int>) -> Gap {
        guard range.count <= 6 else { return .other }
        var commas = 0
        for k in range {
            switch bytes[k] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): continue
            case UInt8(ascii: ","): commas += 1
            default: return .other
            }
        }
        return commas == 0 ? .space : (commas == 1 ? .comma : .other)
    }

    /// Whether the word at `word` starts a sentence: nothing but white space between it and
    /// the start of the text or a `.`, `!`, `?`, `:` or `;`.
    private func startsSentence(_ word: Range<Int>) -> Bool {
        var k = word.lowerBound - 1
        while k >= 0 {
            switch bytes[k] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "\""), UInt8(ascii: "("):
                k -= 1
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"):
                return true
            default:
                return false
            }
        }
        return true
    }

    private mutating func isCountryForm(_ word: Range<Int>) -> Bool {
        if abbreviation(word) != nil { return true }
        key.removeAll(keepingCapacity: true)
        NameFolding.append(bytes, word, to: &key)
        guard let form = lookupKey()?.form else { return false }
        return form.kind != .stop
    }

    /// A capitalized word in the middle of a sentence that is part of a proper name.
    private mutating func isNameWord(_ word: Range<Int>) -> Bool {
        shape(word) == .title && !startsSentence(word)
            && !CountryContext.functionWords.contains(folded(word))
            && !CountryContext.stateNouns.contains(folded(word)) && !isCountryForm(word)
    }

    /// Whether an uninflected adjective stands in a list with another one: "Duits, Engels en
    /// Frans", "Frans of Duits" — languages, not countries.
    private mutating func isInAdjectiveList(_ surface: Range<Int>, previous: Range<Int>?, previousGap: Gap) -> Bool {
        if var next = nextWord(after: surface.upperBound, inPhrase: false) {
            var gapKind = gap(surface.upperBound..<next.lowerBound)
            if gapKind == .space, ["en", "of"].contains(folded(next)),
                let after = nextWord(after: next.upperBound, inPhrase: false)
            {
                gapKind = gap(next.upperBound..<after.lowerBound)
                next = after
            }
            if gapKind != .other, isAdjective(next) { return true }
        }
        guard var previous, previousGap != .other else { return false }
        if previousGap == .space, ["en", "of"].contains(folded(previous)) {
            guard let before = wordBefore(previous.lowerBound),
                gap(before.upperBound..<previous.lowerBound) == .space
            else { return false }
            previous = before
        }
        return isAdjective(previous)
    }

    private mutating func isAdjective(_ word: Range<Int>) -> Bool {
        guard NameFolding.isUpper(bytes, word.lowerBound) else { return false }
        key.removeAll(keepingCapacity: true)
        NameFolding.append(bytes, word, to: &key)
        return lookupKey()?.form?.kind == .adjective
    }

    /// The word ending just before `position`, past at most a few spaces or punctuation.
    private func wordBefore(_ position: Int) -> Range<Int>? {
        var k = position
        while k > 0 && position - k < 6 && bytes[k - 1] < 0x80 && !NameFolding.isLetter(bytes, k - 1) {
            k -= 1
        }
        let end = k
        while k > 0 && (bytes[k - 1] >= 0x80 || NameFolding.isLetter(bytes, k - 1)) {
            k -= 1
        }
        return k < end ? k..<end : nil
    }

    private mutating func accepts(_ form: CountryForm, _ surface: Range<Int>, previous: Range<Int>?) -> Bool {
        let next = nextWord(after: surface.upperBound, inPhrase: false)
        let nextGap = next.map { gap(surface.upperBound..<$0.lowerBound) } ?? .other
        let previousGap = previous.map { gap($0.upperBound..<surface.lowerBound) } ?? .other
        let previousWord = previousGap == .space ? previous.map(folded) : nil
        let nextShape = next.map(shape)
        let nextWord = nextGap == .space && nextShape == .lower ? next.map(folded) : nil

        if let previousWord, CountryContext.personMarkers.contains(previousWord) {
            return false
        }
        // "A. L. Engels", "W. Fransen": an initial before a surname.
        if let previous, previous.count == 1, previous.upperBound < bytes.count,
            bytes[previous.upperBound] == UInt8(ascii: "."), NameFolding.isUpper(bytes, previous.lowerBound),
            previous.upperBound + 6 > surface.lowerBound
        {
            return false
        }
        let surfaceWord = folded(surface)
        if Self.personNames.contains(surfaceWord) {
            if let previous, previousGap != .other, isNameWord(previous) { return false }
            if let next, nextGap != .other, isNameWord(next) { return false }
            // "VAN POLL. ENGELS. VAN DER MEIJS.": a surname in a list of names in capitals.
            if shape(surface) == .capitals {
                if let previous, previous.count > 1, shape(previous) == .capitals, !isCountryForm(previous) {
                    return false
                }
                if let next, next.count > 1, shape(next) == .capitals, !isCountryForm(next) { return false }
            }
            // "Fransen van de Putte", "Engels van Dam": a surname with its particle.
            if nextGap == .space, let next, ["van", "ten", "ter"].contains(folded(next)) { return false }
        }
        switch form.kind {
        case .adjective:
            // "Engels- en Nederlandstalig": the first part of a compound.
            if surface.upperBound + 1 < bytes.count && bytes[surface.upperBound] == UInt8(ascii: "-")
                && [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[surface.upperBound + 1])
            {
                return false
            }
            // "Engels-talige", "Frans-sen" (a word broken at the line end).
            if surface.upperBound + 1 < bytes.count && bytes[surface.upperBound] == UInt8(ascii: "-"),
                let next, next.lowerBound == surface.upperBound + 1, shape(next) == .lower
            {
                return false
            }
            if let nextWord, CountryContext.languageWords.contains(nextWord) { return false }
            if let previousWord, CountryContext.languageWords.contains(previousWord) { return false }
            // "Duits, Engels en Frans": a list of languages.
            if isInAdjectiveList(surface, previous: previous, previousGap: previousGap) { return false }
            if let previousWord, CountryContext.languageLeads.contains(previousWord) {
                // "het Nederlands belang" is the country; "in het Nederlands" the language.
                guard let nextWord, !CountryContext.functionWords.contains(nextWord) else { return false }
            }
            if let next, nextGap == .space, isNameWord(next) { return false }
        case .inflectedAdjective:
            if let nextWord, CountryContext.languageWords.contains(nextWord) { return false }
            // "de Engelse en Franse tekst": the language word comes after the second adjective.
            if let nextWord, nextWord == "en" || nextWord == "of", let next,
                let other = self.nextWord(after: next.upperBound, inPhrase: false),
                gap(next.upperBound..<other.lowerBound) == .space, isCountryForm(other),
                let noun = self.nextWord(after: other.upperBound, inPhrase: false),
                gap(other.upperBound..<noun.lowerBound) == .space,
                CountryContext.languageWords.contains(folded(noun))
            {
                return false
            }
            if let next, nextGap == .space, isNameWord(next) { return false }
        case .name:
            // "Zorginstituut Nederland", "Shell Nederland": an organisation's name.
            if let previous, previousGap == .space, isNameWord(previous) { return false }
        case .demonym, .stop:
            break
        }
        return true
    }
}
