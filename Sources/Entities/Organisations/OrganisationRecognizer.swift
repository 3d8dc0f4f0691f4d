import DutchText

/// Finds organisations from `OrganisationGazetteer` by name or abbreviation: key = slug,
/// label = canonical name, surface = as written. Names match case-insensitively and across
/// line breaks; abbreviations match with their exact case, also before a hyphen
/// ("NAVO-top" names the NAVO). The longest name wins ("Raad van State", not "Raad").
///
/// ```swift
/// OrganisationRecognizer().mentions(in: "advies van de Raad van State en de IND", furniture: [])
/// // keys: ["raad-van-state", "ind"]
/// ```
public struct OrganisationRecognizer: LetterTextRecognizer {
    private let organisations: [Organisation]
    private let aliases: [Alias]
    /// Aliases by the hash of their first word (folded to lowercase), longest alias first.
    private let index: [UInt64: [Int]]
    /// Per first two bytes (folded to lowercase, five low bits of each), a bit for each length
    /// of an alias's first word (63 for longer words): most words of a letter fail this test
    /// before being hashed.
    private let firstWordLengths: [UInt64]

    private struct Alias: Sendable {
        var organisation: Int
        var words: [[UInt8]]
        var caseSensitive: Bool
    }

    /// Creates a recognizer for `organisations` (default: the whole gazetteer).
    public init(organisations: [Organisation] = OrganisationGazetteer.all) {
        self.organisations = organisations
        var aliases: [Alias] = []
        for (n, organisation) in organisations.enumerated() {
            for name in organisation.names {
                let words = Self.words(of: name).map { $0.map(LetterBytes.lower) }
                if !words.isEmpty { aliases.append(Alias(organisation: n, words: words, caseSensitive: false)) }
            }
            for abbreviation in organisation.abbreviations {
                let words = Self.words(of: abbreviation)
                if !words.isEmpty { aliases.append(Alias(organisation: n, words: words, caseSensitive: true)) }
            }
        }
        var index: [UInt64: [Int]] = [:]
        var firstWordLengths = [UInt64](repeating: 0, count: 1 << 10)
        for (n, alias) in aliases.enumerated() {
            let first = alias.words[0]
            index[Self.hash(first, 0, first.count), default: []].append(n)
            firstWordLengths[Self.startIndex(first, 0, first.count)] |= Self.lengthBit(first.count)
        }
        self.firstWordLengths = firstWordLengths
        for key in index.keys {
            index[key]!.sort { aliases[$0].words.count > aliases[$1].words.count }
        }
        self.aliases = aliases
        self.index = index
    }

    public func mentions(in text: String, furniture: [String]) -> [Mention] {
        mentions(reading: text, furniture: furniture)
    }

    func mentions(in text: LetterBytes, words: WordSpans, furniture: [String]) -> [Mention] {
        var result = scan(text, words: words, inText: true)
        for piece in furniture {
            let bytes = LetterBytes(piece)
            result += scan(bytes, words: WordSpans(bytes), inText: false)
        }
        return result
    }

    private func scan(_ text: LetterBytes, words: WordSpans, inText: Bool) -> [Mention] {
        var result: [Mention] = []
        let end = text.count
        // Names start at words; `resume` is where the last name or joined word ended.
        var resume = 0
        for k in 0..<words.count {
            let i = Int(words.starts[k])
            guard i >= resume else { continue }
            let runEnd = Int(words.ends[k])
            let wordEnd = Self.wordEnd(text, words: words, word: k, end: end)
            // No alias whose first word is at least as long as the run starts with these two
            // bytes: neither the word nor a part before a hyphen (both that long) can match.
            if runEnd - i >= 2,
                firstWordLengths[Self.startIndex(text.bytes, i, runEnd)] >> UInt64(min(runEnd - i, 63)) == 0
            {
                resume = wordEnd
                continue
            }
            if let match = match(text, at: i, runEnd: runEnd, wordEnd: wordEnd, end: end) {
                let organisation = organisations[aliases[match.alias].organisation]
                result.append(
                    Mention(
                        kind: .organisation, key: organisation.key, label: organisation.label, in: text, i, match.end,
                        inText: inText))
                resume = match.end
                continue
            }
            resume = wordEnd
        }
        return result
    }

    /// The longest alias whose first word is `start..<wordEnd`, or an abbreviation before a
    /// hyphen in that word; `runEnd` ends the letters and digits at `start`.
    private func match(_ text: LetterBytes, at start: Int, runEnd: Int, wordEnd: Int, end: Int) -> (alias: Int, end: Int)? {
        if mayStart(text.bytes, start, wordEnd), let candidates = index[Self.hash(text.bytes, start, wordEnd)] {
            for n in candidates {
                if let matchEnd = matches(aliases[n], text, at: start, wordEnd: wordEnd, end: end) {
                    return (n, matchEnd)
                }
            }
        }
        // A hyphen can only follow the run of letters and digits.
        var hyphen = runEnd
        while hyphen < wordEnd, text.bytes[hyphen] != UInt8(ascii: "-") { hyphen += 1 }
        guard hyphen < wordEnd, hyphen > start, mayStart(text.bytes, start, hyphen),
            let candidates = index[Self.hash(text.bytes, start, hyphen)]
        else {
            return nil
        }
        for n in candidates where aliases[n].caseSensitive && aliases[n].words.count == 1 {
            if equal(aliases[n].words[0], text, start, hyphen, caseSensitive: true) { return (n, hyphen) }
        }
        return nil
    }

    /// The end of `alias` when the text at `start` spells it, else `nil`.
    private func matches(_ alias: Alias, _ text: LetterBytes, at start: Int, wordEnd: Int, end: Int) -> Int? {
        guard equal(alias.words[0], text, start, wordEnd, caseSensitive: alias.caseSensitive) else { return nil }
        var position = wordEnd
        for word in alias.words.dropFirst() {
            let next = text.skipSpace(from: position, to: end)
            guard next > position, next < end else { return nil }
            let nextEnd = Self.wordEnd(text, from: next, end: end)
            guard equal(word, text, next, nextEnd, caseSensitive: alias.caseSensitive) else { return nil }
            position = nextEnd
        }
        return position
    }

    private func equal(_ word: [UInt8], _ text: LetterBytes, _ start: Int, _ end: Int, caseSensitive: Bool) -> Bool {
        guard end - start == word.count else { return false }
        return text.matches(word, at: start, end: end, exactly: caseSensitive)
    }

    /// The end of the word at `i`: letters, digits and inner `-`, `&`, `'`; a final hyphen
    /// ("Immigratie-") belongs to the word.
    private static func wordEnd(_ text: LetterBytes, from i: Int, end: Int) -> Int {
        let b = text.bytes
        var j = i
        while j < end {
            let c = b[j]
            if LetterBytes.isAlphanumeric(c) {
                j += 1
            } else if c == UInt8(ascii: "-") {
                j += 1
                if j >= end || !LetterBytes.isAlphanumeric(b[j]) { return j }
            } else if c == UInt8(ascii: "&") || c == UInt8(ascii: "'"), j + 1 < end, LetterBytes.isAlphanumeric(b[j + 1]) {
                j += 1
            } else {
                break
            }
        }
        return j
    }

    /// ``wordEnd(_:from:end:)`` for the word starting at `words.starts[word]`, from the runs of
    /// letters and digits already found: a run continues into the next one over a `-`, `&` or `'`.
    private static func wordEnd(_ text: LetterBytes, words: WordSpans, word: Int, end: Int) -> Int {
        let b = text.bytes
        var k = word
        var j = Int(words.ends[k])
        while j + 1 < end {
            let c = b[j]
            guard c == UInt8(ascii: "-") || c == UInt8(ascii: "&") || c == UInt8(ascii: "'") else { break }
            // The next run starts right after the joiner, or the word ends here (a final hyphen belongs to it).
            guard LetterBytes.isAlphanumeric(b[j + 1]) else { return c == UInt8(ascii: "-") ? j + 1 : j }
            k += 1
            j = Int(words.ends[k])
        }
        if j + 1 == end && b[j] == UInt8(ascii: "-") { return end }
        return j
    }

    /// The words of an alias, split as the scan splits text.
    private static func words(of alias: String) -> [[UInt8]] {
        let text = LetterBytes(alias)
        var result: [[UInt8]] = []
        var i = 0
        while i < text.count {
            guard LetterBytes.isAlphanumeric(text.bytes[i]) else { i += 1; continue }
            let e = wordEnd(text, from: i, end: text.count)
            result.append(Array(text.bytes[i..<e]))
            i = e
        }
        return result
    }

    /// Whether an alias's first word may be `bytes[start..<end]` (the length and first two bytes filter).
    @inline(__always)
    private func mayStart(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        firstWordLengths[Self.startIndex(bytes, start, end)] & Self.lengthBit(end - start) != 0
    }

    /// The filter slot of a word: five low bits of its first two bytes (lowercased; 0 for a one-byte word).
    @inline(__always)
    private static func startIndex(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        let second = end - start > 1 ? LetterBytes.lower(bytes[start + 1]) : 0
        return Int(LetterBytes.lower(bytes[start]) & 0x1F) << 5 | Int(second & 0x1F)
    }

    @inline(__always)
    private static func lengthBit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }

    /// ``FNV1a`` of the bytes folded to ASCII lowercase.
    @inline(__always)
    private static func hash(_ bytes: [UInt8], _ start: Int, _ end: Int) -> UInt64 {
        var h = FNV1a.offsetBasis
        var i = start
        while i < end {
            h = FNV1a.step(h, LetterBytes.lower(bytes[i]))
            i += 1
        }
        return h
    }
}
