import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Hummingbird
import HummingbirdTesting
import LetterIndex
import Testing
@testable import LetterServer

/// `/commitments`, `/commitments.atom`, `/toezeggingen` and the anchor in the letter page, on real letters.
@Suite(.serialized) struct CommitmentRouteTests {
    static let letterPath = "/brief/kamerbrieven/jbz-raad-cyprus-januari-2026"

    @Test func theJSONListsTheToezeggingWithWhoWhatAndWhere() async throws {
        let body = try await ServerFixture.object("/commitments")
        #expect(body["total"] as? Int == 1)
        let first = try #require((body["results"] as? [[String: Any]])?.first)
        #expect(first["key"] as? String == "TZ202412-096")
        #expect(first["letter"] as? String == "kamerbrieven/jbz-raad-cyprus-januari-2026")
        #expect((first["text"] as? String)?.contains("in lijn met de toezegging aan het lid Podt") == true)
        let ministers = (first["ministers"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
        #expect(ministers.contains("Minister van Asiel en Migratie"))
        let none = try await ServerFixture.object("/commitments?minister=defensie")
        #expect(none["total"] as? Int == 0)
        let noDossier = try await ServerFixture.object("/commitments?dossier=geen")
        #expect(noDossier["total"] as? Int == 0)
        #expect((noDossier["notes"] as? [String])?.first?.contains("geen dossiernummer") == true)
    }

    @Test(arguments: [
        ("/commitments?from=gisteren", "bad_date"), ("/commitments?to=2024-13", "bad_date"),
        ("/commitments?limit=0", "bad_parameter"), ("/commitments?q=x", "unknown_parameter"),
        ("/commitments.atom?offset=5", "unknown_parameter"),
    ])
    func badParametersAreA400(uri: String, code: String) async throws {
        try await ServerFixture.expectBadRequest(uri, code: code)
    }

    @Test func thePageListsItLinkedToItsPlaceInTheLetterAndSaysHowItWasFound() async throws {
        let html = try await ServerFixture.page("/toezeggingen")
        #expect(html.contains("<h1>Toezeggingen</h1>"))
        #expect(html.contains("registernummer"))
        #expect(html.contains("href=\"\(Self.letterPath)#toezegging-TZ202412-096\""))
        #expect(html.contains("in lijn met de toezegging aan het lid Podt"))
        #expect(html.contains("href=\"/toezeggingen?minister=minister%20van%20asiel%20en%20migratie\""))
        #expect(html.contains("href=\"/commitments.atom\""))
        #expect(!html.contains("<script"))
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/toezeggingen?from=gisteren", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
            }
        }
    }

    @Test func theLetterPageMarksWhatWasPromisedWhereTheListLinks() async throws {
        let html = try await ServerFixture.page(Self.letterPath)
        // The number stands alone in footnote 2: the body's sentence naming the toezegging is marked and is the target.
        #expect(html.contains("<mark class=\"promise\" id=\"toezegging-TZ202412-096\">Ik informeer u graag, in lijn met de "
            + "toezegging aan het lid <a class=\"m m-person\""))
        #expect(html.contains("over hoe lidstaten omgaan met de verdeling van solidariteit.</mark>"))
        #expect(html.components(separatedBy: "id=\"toezegging-TZ202412-096\"").count == 2)
        #expect(html.contains("<a class=\"m m-toezegging\" href=\"/entiteit/toezegging/TZ202412-096\""))
    }

    @Test func theFeedHasAnEntryPerToezeggingLinkingToItsPlace() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/commitments.atom", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/atom+xml") == true)
                let reader = ExportTests.AtomReader()
                let parser = XMLParser(data: Data(buffer: response.body))
                parser.delegate = reader
                #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
                #expect(reader.texts["feed/entry/id"] == ["http://localhost\(Self.letterPath)#toezegging-TZ202412-096"])
                #expect(reader.texts["feed/entry/title"]?.first?.hasPrefix("TZ202412-096: Geannoteerde agenda") == true)
                #expect(reader.texts["feed/entry/summary"]?.first?.contains("toezegging aan het lid Podt") == true)
                // The sample's letter is undated: the entry is dated by the day it was indexed.
                let updated = try #require(reader.texts["feed/entry/updated"]?.first)
                #expect(updated.count == 20 && updated.hasSuffix("Z") && !updated.hasPrefix("1970"))
                #expect(reader.texts["feed/updated"] == [updated])
            }
        }
    }
}
