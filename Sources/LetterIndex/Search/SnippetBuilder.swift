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
    ///
    /// Any list of matches is accepted: ranges are clamped to the text, widened to whole Unicode
    /// scalars, sorted, and overlapping ones merged (``usableMatches(_:in:)``), so no input can
    /// make a range run backwards. Each highlight lies inside the snippet and covers a whole match.
    func snippet(text: String, matches givenMatches: [Match]) -> Snippet {
        let bytes = Array(text.utf8)
        let matches = Self.usableMatches(givenMatches, in: bytes)
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
            // A sentence search stops after 600 bytes; its answer never leaves the match outside.
            let start = min(sentenceStart(bytes, before: match.start), match.start)
            if var last = candidates.last, last.start == start {
                last.matches.append(match)
                candidates[candidates.count - 1] = last
            } else {
                let end = max(sentenceEnd(bytes, after: match.end), match.end)
                candidates.append(Candidate(start: start, end: end, matches: [match], score: 0))
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
            if end - start > fragmentLength, let first = candidate.matches.first {
                // The window never starts after its first match, and always shows that match whole.
                let windowStart = wordBoundary(bytes, near: first.start - fragmentLength / 3, forward: true)
                start = max(start, min(windowStart, first.start))
                end = min(end, wordBoundary(bytes, near: start + fragmentLength, forward: false))
                end = max(end, first.end)
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

    /// `matches` inside `bytes`: clamped to the text, widened to whole scalars, empty ones dropped,
    /// sorted by start, and overlapping or touching-inside ones merged into one.
    static func usableMatches(_ matches: [Match], in bytes: [UInt8]) -> [Match] {
        var clamped: [Match] = []
        clamped.reserveCapacity(matches.count)
        for match in matches {
            var start = min(max(match.start, 0), bytes.count)
            var end = min(max(match.end, 0), bytes.count)
            while start > 0, start < bytes.count, isContinuation(bytes[start]) { start -= 1 }
            while end < bytes.count, isContinuation(bytes[end]) { end += 1 }
            guard start < end else { continue }
            clamped.append(Match(start: start, end: end, term: match.term))
        }
        clamped.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var merged: [Match] = []
        merged.reserveCapacity(clamped.count)
        for match in clamped {
            if let last = merged.last, match.start < last.end {
                merged[merged.count - 1].end = max(last.end, match.end)
            } else {
                merged.append(match)
            }
        }
        return merged
    }

    /// A UTF-8 continuation byte (`10xxxxxx`): not the start of a scalar.
    private static func isContinuation(_ byte: UInt8) -> Bool {
        byte & 0b1100_0000 == 0b1000_0000
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
