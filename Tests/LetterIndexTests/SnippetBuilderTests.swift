import PropertyBased
import Testing
@testable import LetterIndex

@Suite struct SnippetBuilderTests {
    static let text = """
        De minister van Asiel en Migratie heeft de Kamer geïnformeerd over de herplaatsing van \
        asielzoekers uit Griekenland. Tijdens de JBZ-Raad van 22–23 januari is gesproken over \
        solidariteit; Cyprus vroeg om steun. 🙂 Daarna volgde een lang betoog zonder punten of komma's \
        waarin het woord herplaatsingsmechanisme meermaals terugkwam en nog eens herplaatsing werd genoemd
        """

    /// Every highlight lies inside the snippet, in order, and shows a whole match.
    static func checkHighlights(_ snippet: Snippet, text: String, matches: [SnippetBuilder.Match]) {
        let scalars = Array(snippet.text.unicodeScalars)
        let bytes = Array(text.utf8)
        let shown = Set(SnippetBuilder.usableMatches(matches, in: bytes).map { match in
            // As the snippet shows text: each run of white space as one space.
            var folded: [UInt8] = []
            for byte in bytes[match.start..<match.end] {
                let isSpace = byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
                    || byte == UInt8(ascii: "\r")
                if isSpace, folded.last == UInt8(ascii: " ") { continue }
                folded.append(isSpace ? UInt8(ascii: " ") : byte)
            }
            return String(decoding: folded, as: UTF8.self)
        })
        var previousEnd = 0
        for range in snippet.highlights {
            #expect(range.lowerBound >= previousEnd && range.lowerBound < range.upperBound && range.upperBound <= scalars.count)
            guard range.lowerBound >= 0, range.upperBound <= scalars.count, range.lowerBound < range.upperBound else { return }
            var word = ""
            word.unicodeScalars.append(contentsOf: scalars[range])
            #expect(shown.contains(word), "highlight '\(word)' is not a whole match")
            previousEnd = range.upperBound
        }
    }

    @Test func anyListOfMatchesGivesHighlightsInsideTheSnippet() async {
        let length = Self.text.utf8.count
        let match = zip(Gen.int(in: -20...(length + 20)), Gen.int(in: -5...300), Gen.element(of: ["a", "b", "c"]))
            .map { start, width, term in SnippetBuilder.Match(start: start, end: start + width, term: term ?? "a") }
        await propertyCheck(count: 500, input: match.array(of: 0...12)) { matches in
            let snippet = SnippetBuilder().snippet(text: Self.text, matches: matches)
            Self.checkHighlights(snippet, text: Self.text, matches: matches)
        }
    }

    @Test func overlappingNestedAndReversedMatchesAreMerged() {
        let matches = [
            SnippetBuilder.Match(start: 90, end: 101, term: "x"),
            SnippetBuilder.Match(start: 80, end: 95, term: "y"),
            SnippetBuilder.Match(start: 85, end: 86, term: "z"),
            SnippetBuilder.Match(start: 50, end: 40, term: "w"),
        ]
        let snippet = SnippetBuilder().snippet(text: Self.text, matches: matches)
        Self.checkHighlights(snippet, text: Self.text, matches: matches)
        #expect(snippet.highlights.count == 1)
    }

    @Test func aMatchInsideAMultiByteCharacterCoversTheWholeCharacter() {
        let emoji = Array(Self.text.utf8).firstIndex(of: 0xF0)!
        let matches = [SnippetBuilder.Match(start: emoji + 1, end: emoji + 2, term: "e")]
        let snippet = SnippetBuilder().snippet(text: Self.text, matches: matches)
        Self.checkHighlights(snippet, text: Self.text, matches: matches)
        #expect(snippet.highlights.count == 1)
        #expect(snippet.highlights.first?.count == 1)
    }

    @Test func aLongSentenceWithoutSpacesKeepsItsMatch() {
        let text = String(repeating: "x", count: 900) + "herplaatsing" + String(repeating: "y", count: 900)
        let matches = [SnippetBuilder.Match(start: 900, end: 912, term: "h")]
        let snippet = SnippetBuilder().snippet(text: text, matches: matches)
        Self.checkHighlights(snippet, text: text, matches: matches)
        #expect(snippet.highlights.count == 1)
    }

    @Test func noMatchesGiveTheStartOfTheText() {
        let snippet = SnippetBuilder().snippet(text: Self.text, matches: [])
        #expect(snippet.text.hasPrefix("De minister"))
        #expect(snippet.highlights.isEmpty)
    }
}
