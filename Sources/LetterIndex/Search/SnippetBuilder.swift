import DutchText

/// A snippet as data: plain text and highlight ranges; only renderers add markup.
public struct Snippet: Sendable, Hashable {
    /// The fragments, joined with ` … `.
    public var text: String
    /// `[start, end)` ranges into `text`, in Unicode scalars.
    public var highlights: [Range<Int>]
}

/// Builds sentence-aware snippets around the best matching passages of a letter.
///
/// It finds the words whose analysis matches the query (stems, parts, prefixes), scores the
/// sentences holding them by how many distinct query terms they hold, and keeps up to three,
/// in text order, each cut to a window around its matches.
struct SnippetBuilder {
    var maximumFragments = 3
    var fragmentLength = 220

    struct Match {
        var start: Int
        var end: Int
        var term: String
    }

    /// Byte ranges of the words in `text` that match the query.
    func matches(in text: String, stems: Set<String>, prefixes: [String], analyzer: DutchAnalyzer) -> [Match] {
        var result: [Match] = []
        guard !stems.isEmpty || !prefixes.isEmpty else { return result }
        // Compared as bytes: no string is made for the thousands of tokens that do not match.
        let stemBytes = stems.map { (term: $0, bytes: Array($0.utf8)) }
        let prefixBytes = prefixes.map { (term: $0, bytes: Array($0.utf8)) }
        var copy = text
        copy.withUTF8 { bytes in
            analyzer.analyze(bytes, mode: .document) { token, _, start, end in
                if let last = result.last, last.start == start { return true }
                if let stem = stemBytes.first(where: { $0.bytes.count == token.count && token.elementsEqual($0.bytes) }) {
                    result.append(Match(start: start, end: end, term: stem.term))
                } else if let prefix = prefixBytes.first(where: {
                    $0.bytes.count <= token.count && token.prefix($0.bytes.count).elementsEqual($0.bytes)
                }) {
                    result.append(Match(start: start, end: end, term: prefix.term))
                }
                return true
            }
        }
        return result
    }

    /// The snippet for `text` given the byte ranges of its matches; the start of the text when none.
    func snippet(text: String, matches: [Match]) -> Snippet {
        let bytes = Array(text.utf8)
        if matches.isEmpty {
            let end = wordBoundary(bytes, near: min(bytes.count, fragmentLength), forward: false)
            return Snippet(text: cleaned(bytes[0..<end]) + (end < bytes.count ? " …" : ""), highlights: [])
        }
        // Sentences holding matches, scored by distinct terms then by count.
        struct Candidate {
            var start: Int
            var end: Int
            var matches: [Match]
            var score: Int
        }
        var candidates: [Candidate] = []
        for match in matches {
            let start = sentenceStart(bytes, before: match.start)
            if var last = candidates.last, last.start == start {
                last.matches.append(match)
                candidates[candidates.count - 1] = last
            } else {
                candidates.append(Candidate(start: start, end: sentenceEnd(bytes, after: match.end), matches: [match], score: 0))
            }
        }
        for index in candidates.indices {
            let distinct = Set(candidates[index].matches.map(\.term)).count
            candidates[index].score = distinct * 100 + min(candidates[index].matches.count, 99)
        }
        let chosen = candidates.enumerated()
            .sorted { $0.element.score != $1.element.score ? $0.element.score > $1.element.score : $0.offset < $1.offset }
            .prefix(maximumFragments)
            .map(\.element)
            .sorted { $0.start < $1.start }
        var out = ""
        var outScalars = 0
        var highlights: [Range<Int>] = []
        for (index, candidate) in chosen.enumerated() {
            var start = candidate.start
            var end = candidate.end
            if end - start > fragmentLength {
                let first = candidate.matches[0]
                start = max(start, wordBoundary(bytes, near: first.start - fragmentLength / 3, forward: true))
                end = min(end, wordBoundary(bytes, near: start + fragmentLength, forward: false))
                if end <= first.start { end = min(bytes.count, first.end) }
            }
            if index > 0 {
                out += " … "
            } else if start > 0 {
                out += "… "
            }
            outScalars = out.unicodeScalars.count
            var cursor = start
            for match in candidate.matches where match.start >= start && match.end <= end {
                let before = cleaned(bytes[cursor..<match.start])
                out += before
                outScalars += before.unicodeScalars.count
                let word = cleaned(bytes[match.start..<match.end])
                let length = word.unicodeScalars.count
                highlights.append(outScalars..<outScalars + length)
                out += word
                outScalars += length
                cursor = match.end
            }
            out += cleaned(bytes[cursor..<end])
            if index == chosen.count - 1, end < bytes.count { out += " …" }
        }
        return Snippet(text: out, highlights: highlights)
    }

    /// Text of a byte slice with line breaks and runs of spaces folded to one space.
    private func cleaned(_ slice: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var lastSpace = false
        for byte in slice {
            let isSpace = byte == 32 || byte == 10 || byte == 13 || byte == 9
            if isSpace {
                if !lastSpace { out.append(32) }
                lastSpace = true
            } else {
                out.append(byte)
                lastSpace = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func isSentenceEnd(_ bytes: [UInt8], _ i: Int) -> Bool {
        let b = bytes[i]
        if b == 10 { return true }
        guard b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!") || b == UInt8(ascii: ";") else {
            return false
        }
        guard i + 2 < bytes.count, bytes[i + 1] == 32 else { return i + 1 >= bytes.count }
        let next = bytes[i + 2]
        // "nr. 3", "mr. Jansen": a dot after a short lowercase abbreviation is no sentence end.
        if b == UInt8(ascii: "."), i >= 2 {
            var j = i - 1
            var letters = 0
            while j >= 0, bytes[j] >= 0x61, bytes[j] <= 0x7A { letters += 1; j -= 1 }
            if letters > 0, letters <= 3, j >= 0, bytes[j] == 32 || bytes[j] == 10 { return false }
        }
        return next >= 0x41 && next <= 0x5A || next >= 0x30 && next <= 0x39 || next >= 0x80 || next == UInt8(ascii: "(")
    }

    private func sentenceStart(_ bytes: [UInt8], before index: Int) -> Int {
        var i = index - 1
        let limit = max(0, index - 600)
        while i > limit {
            if isSentenceEnd(bytes, i) {
                var start = i + 1
                while start < index, bytes[start] == 32 || bytes[start] == 10 { start += 1 }
                return start
            }
            i -= 1
        }
        return i <= 0 ? 0 : wordBoundary(bytes, near: limit, forward: true)
    }

    private func sentenceEnd(_ bytes: [UInt8], after index: Int) -> Int {
        var i = index
        let limit = min(bytes.count, index + 600)
        while i < limit {
            if isSentenceEnd(bytes, i) { return bytes[i] == 10 ? i : i + 1 }
            i += 1
        }
        return i >= bytes.count ? bytes.count : wordBoundary(bytes, near: limit, forward: false)
    }

    /// The nearest space-separated position at or after (forward) / before `index`, not inside a scalar.
    private func wordBoundary(_ bytes: [UInt8], near index: Int, forward: Bool) -> Int {
        var i = max(0, min(index, bytes.count))
        if forward {
            while i < bytes.count, bytes[i] != 32, bytes[i] != 10 { i += 1 }
            while i < bytes.count, bytes[i] == 32 || bytes[i] == 10 { i += 1 }
            return i
        }
        while i > 0, i < bytes.count, bytes[i] != 32, bytes[i] != 10 { i -= 1 }
        return i
    }
}
