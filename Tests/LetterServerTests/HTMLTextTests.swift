import LetterIndex
import Testing
@testable import LetterServer

@Suite struct HTMLTextTests {
    @Test(arguments: [
        ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        ("a & b \"c\"", "a &amp; b &quot;c&quot;"),
        ("geïnformeerd — €5", "geïnformeerd — €5"),
    ])
    func escapeReplacesEveryMarkupCharacter(text: String, expected: String) {
        #expect(HTMLText.escape(text) == expected)
    }

    @Test func highlightsWrapScalarRangesAndEscapeEachPiece() {
        // Ranges count Unicode scalars: "ë" and "€" are one each.
        let snippet = "Italië <b> solidariteit €"
        #expect(HTMLText.highlighted(snippet, highlights: [[0, 6], [11, 23]])
            == "<mark>Italië</mark> &lt;b&gt; <mark>solidariteit</mark> €")
        #expect(HTMLText.highlighted("x<y", highlights: [[0, 3]]) == "<mark>x&lt;y</mark>")
    }

    @Test(arguments: [[[5, 2]], [[0, 99]], [[-1, 2]], [[1]], [[0, 2], [1, 3]]])
    func badOrOverlappingRangesNeverBreakTheMarkup(ranges: [[Int]]) {
        let html = HTMLText.highlighted("abc<d", highlights: ranges)
        #expect(html.components(separatedBy: "<mark>").count == html.components(separatedBy: "</mark>").count)
        #expect(html.replacingOccurrences(of: "<mark>", with: "").replacingOccurrences(of: "</mark>", with: "") == "abc&lt;d")
    }

    @Test func realSnippetsOfTheIndexRoundTrip() throws {
        let response = try ServerFixture.corpus.search("herplaatsing asielzoekers")
        try #require(!response.results.isEmpty)
        for hit in response.results {
            let html = HTMLText.highlighted(hit.snippet, highlights: hit.highlights)
            #expect(html.components(separatedBy: "<mark>").count - 1 == hit.highlights.count)
            let plain = html.replacingOccurrences(of: "<mark>", with: "").replacingOccurrences(of: "</mark>", with: "")
            #expect(plain == HTMLText.escape(hit.snippet))
        }
    }
}
