import Foundation
import Hummingbird
import HummingbirdTesting
@testable import LetterIndex
import Testing
import TestSupport
@testable import LetterServer

/// `GET /letters/{id}/similar` and the similar letters on the letter page, through `app.test(.router)`.
@Suite(.serialized) struct SimilarRouteTests {
    @Test func similarLettersOfAMotieAreJSONWithReasons() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/letters/tk-moties/kst-36410-96/similar?limit=3", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                let body = try RouteTests.json(response.body)
                #expect(body["id"] as? String == "tk-moties/kst-36410-96")
                let results = try #require(body["results"] as? [[String: Any]])
                #expect((1...3).contains(results.count))
                for result in results {
                    for key in ["id", "title", "date", "score", "reasons"] { #expect(result.keys.contains(key), "missing \(key)") }
                    #expect(result["id"] as? String != "tk-moties/kst-36410-96")
                    let reasons = try #require(result["reasons"] as? [String: Any])
                    #expect(reasons["dossiers"] is [Any] && reasons["terms"] is [String] && reasons["entities"] is [Any])
                }
            }
        }
    }

    @Test func theResponseMatchesItsOpenAPISchema() async throws {
        let document = try await OpenAPITests.document()
        let schema = try OpenAPITests.schema(document, path: "/letters/{id}/similar")
        try await ServerFixture.app().test(.router) { client in
            for uri in ["/letters/tk-moties/kst-21501-02-2854/similar", "/letters/kamerbrieven/jbz-raad-cyprus-januari-2026/similar?limit=50"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok)
                    let body = try JSONNode.parse(response.body)
                    #expect(OpenAPITests.problems(body, schema, document) == [], "\(uri)")
                }
            }
        }
    }

    @Test(arguments: [
        ("/letters/bestaat/niet/similar", HTTPResponse.Status.notFound, "not_found"),
        ("/letters/..%2F..%2Fetc/similar", .notFound, "not_found"),
        ("/letters/tk-moties/kst-36410-96/similar?limit=0", .badRequest, "bad_parameter"),
        ("/letters/tk-moties/kst-36410-96/similar?limit=51", .badRequest, "bad_parameter"),
        ("/letters/tk-moties/kst-36410-96/similar?limit=abc", .badRequest, "bad_parameter"),
        ("/letters/tk-moties/kst-36410-96/similar?limit=99999999999999999999999", .badRequest, "bad_parameter"),
        ("/letters/tk-moties/kst-36410-96/similar?limit=", .badRequest, "bad_parameter"),
        ("/letters/tk-moties/kst-36410-96/similar?offset=3", .badRequest, "unknown_parameter"),
    ])
    func badRequestsGetAClearJSONError(uri: String, status: HTTPResponse.Status, code: String) async throws {
        let document = try await OpenAPITests.document()
        let schema = try OpenAPITests.schema(document, path: "/letters/{id}/similar", status: String(status.code))
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == status, "\(uri)")
                let error = try #require(try RouteTests.json(response.body)["error"] as? [String: Any])
                #expect(error["code"] as? String == code, "\(uri)")
                let message = try #require(error["message"] as? String)
                #expect(message.contains(code == "not_found" ? "no letter with id" : code == "bad_parameter" ? "limit" : "offset"), "\(message)")
                let body = try JSONNode.parse(response.body)
                #expect(OpenAPITests.problems(body, schema, document) == [])
            }
        }
    }

    @Test func aBrowserAskingForSimilarLettersGetsJSONToo() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/letters/tk-moties/kst-36410-96/similar", method: .get, headers: ServerFixture.browser) { response in
                #expect(response.status == .ok)
                let body = try RouteTests.json(response.body)
                #expect(body["results"] is [Any])
            }
        }
    }

    @Test func theLetterPageListsSimilarLettersWithWhy() async throws {
        let similar = SimilarLetters(database: try LetterDatabase(path: ServerFixture.corpus.indexPath, readOnly: true))
        let expected = try #require(try similar.similar(to: "tk-moties/kst-36410-96")).results
        #expect(!expected.isEmpty)
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/brief/tk-moties/kst-36410-96", method: .get) { response in
                #expect(response.status == .ok)
                let html = ServerFixture.text(response.body)
                #expect(html.contains("<h2 id=\"vergelijkbaar\">Vergelijkbare brieven</h2>"))
                #expect(html.components(separatedBy: "<ol class=\"similar\">").count == 2)
                for letter in expected {
                    #expect(html.contains("href=\"\(WebLinks.letter(letter.id))\""), "\(letter.id) not linked")
                }
                let first = try #require(expected.first)
                #expect(html.contains(HTMLText.escape(SimilarLetterLink.why(first.reasons))))
            }
        }
    }

    @Test func reasonsAreWordedInDutch() {
        let reasons = SimilarityReasons(
            dossiers: [EntitySummary(kind: "dossier", key: "36410-XVI", label: "36410-XVI", letters: 40)],
            terms: ["jeugdzorg", "wachtlijsten"],
            entities: [EntitySummary(kind: "organisation", key: "coa", label: "COA", letters: 12)])
        #expect(SimilarLetterLink.why(reasons) == "zelfde dossier 36410-XVI · woorden: jeugdzorg, wachtlijsten · beide noemen: COA")
        #expect(SimilarLetterLink.why(SimilarityReasons()) == "")
    }
}
