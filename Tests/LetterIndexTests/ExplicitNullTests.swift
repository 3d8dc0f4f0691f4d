import Foundation
import Testing
@testable import LetterIndex

/// The JSON contracts write every key: an absent value is `null`, never a missing key.
@Suite struct ExplicitNullTests {
    struct Dated: Codable, Equatable {
        var id: String
        @ExplicitNull var date: String?
    }

    static func json(_ value: some Encodable) throws -> [String: Any] {
        let data = try JSONEncoder().encode(value)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func anAbsentValueIsWrittenAsNull() throws {
        let object = try Self.json(Dated(id: "a", date: nil))
        #expect(object.keys.sorted() == ["date", "id"])
        #expect(object["date"] is NSNull)
    }

    @Test func aPresentValueIsWrittenAsItself() throws {
        #expect(try Self.json(Dated(id: "a", date: "2024-05-01"))["date"] as? String == "2024-05-01")
    }

    @Test(arguments: [#"{"id":"a"}"#, #"{"id":"a","date":null}"#, #"{"id":"a","date":"1900-01-02"}"#])
    func nullAndAMissingKeyReadAsNil(json: String) throws {
        let value = try JSONDecoder().decode(Dated.self, from: Data(json.utf8))
        #expect(value.date == (json.contains("1900") ? "1900-01-02" : nil))
    }

    @Test func searchHitsAndLetterListsKeepTheirDateKey() throws {
        let hit = SearchHit(
            id: "a", title: "t", date: nil, kind: "brief", score: 1, snippet: "", highlights: [], entities: [])
        #expect(try Self.json(hit)["date"] is NSNull)
        #expect(try Self.json(hit)["exactScore"] == nil)
        let letter = LetterSummary(id: "a", title: "t", date: nil, kind: "motie", primary: false)
        #expect(try Self.json(letter)["date"] is NSNull)
    }
}
