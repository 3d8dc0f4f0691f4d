import Foundation
import LetterIndex
import Testing
@testable import LetterServer

@Suite struct LetterTextMarkupTests {
    /// A mention as the index returns it (decoded, as `MentionDetail` has no public initializer).
    static func mention(_ kind: String, _ key: String, _ start: Int?, _ end: Int?, label: String? = nil) -> MentionDetail {
        let object: [String: Any] = [
            "kind": kind, "key": key, "label": label ?? key, "start": start.map { $0 as Any } ?? NSNull(),
            "end": end.map { $0 as Any } ?? NSNull(), "surface": "", "primary": false,
        ]
        return try! JSONDecoder().decode(MentionDetail.self, from: JSONSerialization.data(withJSONObject: object))
    }

    @Test func byteRangesAfterMultiByteCharactersMarkTheRightWords() {
        // "Italië" has a two-byte ë: Griekenland starts at byte 11, not character 10.
        let text = "Italië en Griekenland <3"
        let start = Array(text.utf8).count - "Griekenland <3".utf8.count
        let html = LetterTextMarkup.html(text: text, mentions: [
            Self.mention("country", "IT", 0, 7), Self.mention("country", "GR", start, start + 11),
        ])
        #expect(html == "<a class=\"m m-country\" href=\"/entiteit/country/IT\" title=\"land: IT\">Italië</a> en "
            + "<a class=\"m m-country\" href=\"/entiteit/country/GR\" title=\"land: GR\">Griekenland</a> &lt;3")
    }

    @Test func rangesInsideACharacterOverlappingOrOutsideAreLeftUnmarked() {
        let text = "één <twee>"
        let html = LetterTextMarkup.html(text: text, mentions: [
            Self.mention("country", "A", 1, 3),        // inside the two-byte é
            Self.mention("country", "B", 0, 99),       // past the end
            Self.mention("country", "C", nil, nil),    // in furniture
            Self.mention("person", "D", 0, 5),         // één (five bytes)
            Self.mention("person", "E", 4, 7),         // overlaps D
        ])
        #expect(html == "<a class=\"m m-person\" href=\"/entiteit/person/D\" title=\"persoon: D\">één</a> &lt;twee&gt;")
    }

    @Test func linesBecomeParagraphsAndLinksNeverStraddleThem() {
        let text = "Eerste regel over Den\nHaag.\n\nTweede <regel>."
        let html = LetterTextMarkup.html(text: text, mentions: [Self.mention("organisation", "den-haag", 18, 26)],
                                         paragraphs: true)
        #expect(html == "<p>Eerste regel over <a class=\"m m-organisation\" href=\"/entiteit/organisation/den-haag\" "
            + "title=\"organisatie: den-haag\">Den Haag</a>.</p>\n<p></p>\n<p>Tweede &lt;regel&gt;.</p>")
    }

    @Test func keysAndLabelsWithMarkupAreEscapedInLinks() {
        let mention = Self.mention("organisation", "a\"b/<c>", 0, 1, label: "<x>")
        let html = LetterTextMarkup.html(text: "a", mentions: [mention])
        #expect(html == "<a class=\"m m-organisation\" href=\"/entiteit/organisation/a%22b%2F%3Cc%3E\" "
            + "title=\"organisatie: &lt;x&gt;\">a</a>")
    }

    @Test func everyMentionOfARealLetterIsLinkedAndTheTextSurvives() throws {
        let store = LetterStore(database: try LetterIndex.LetterDatabase(path: ServerFixture.corpus.indexPath, readOnly: true))
        let letter = try #require(try store.letter(id: "kamerbrieven/jbz-raad-cyprus-januari-2026"))
        let html = LetterTextMarkup.html(text: letter.text, mentions: letter.mentions)
        let placed = letter.mentions.filter { $0.start != nil }
        let links = html.components(separatedBy: "<a class=\"m ").count - 1
        #expect(links > 0 && links <= placed.count)
        // Removing the links gives back the escaped text.
        var plain = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { plain.append(character) }
        }
        #expect(plain == HTMLText.escape(letter.text))
    }
}
