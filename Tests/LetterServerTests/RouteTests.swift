import Foundation
import Hummingbird
import HummingbirdTesting
import LetterIndex
import Testing
import TestSupport
@testable import LetterServer

/// Every route through `app.test(.router)` on a small real sub-corpus.
@Suite(.serialized) struct RouteTests {
    static let corpus = SampleIndexes.sampleLetters

    static func app(token: String? = nil) throws -> some ApplicationProtocol {
        let database = try LetterDatabase(path: corpus.indexPath, readOnly: true)
        return Application(router: buildRouter(database: database, token: token))
    }

    static func json(_ buffer: ByteBuffer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: buffer)) as? [String: Any])
    }

    @Test func searchReturnsTheContractObject() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/search?q=solidariteit&limit=5", method: .get) { response in
                #expect(response.status == .ok)
                let body = try Self.json(response.body)
                #expect(body["total"] as? Int ?? 0 >= 1)
                let first = try #require((body["results"] as? [[String: Any]])?.first)
                #expect(first["id"] as? String == "kamerbrieven/jbz-raad-cyprus-januari-2026")
                #expect(response.headers[.contentSecurityPolicy] != nil)
            }
        }
    }

    @Test func explainAddsEachHitsScoreTakenApart() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/search?q=veilige%20landen%20herkomst&explain=1", method: .get) { response in
                #expect(response.status == .ok)
                let first = try #require((try Self.json(response.body)["results"] as? [[String: Any]])?.first)
                let explanation = try #require(first["explanation"] as? [String: Any])
                #expect((explanation["parts"] as? [[String: Any]])?.isEmpty == false)
                let score = try #require(first["score"] as? Double)
                #expect(abs(try #require(explanation["score"] as? Double) - score) < 0.001)
            }
            try await client.execute(uri: "/search?q=veilige%20landen", method: .get) { response in
                let first = try #require((try Self.json(response.body)["results"] as? [[String: Any]])?.first)
                #expect(first["explanation"] == nil)
            }
            try await client.execute(uri: "/search?q=asiel&explain=misschien", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test(arguments: [
        ("/search?q=x&limit=0", "bad_parameter"),
        ("/search?q=x&limit=abc", "bad_parameter"),
        ("/search?q=x&sort=newest", "bad_parameter"),
        ("/search?q=x&bogus=1", "unknown_parameter"),
        ("/search?q=x&from=gisteren", "bad_date"),
        ("/search?q=\(String(repeating: "a", count: 2_001))", "bad_query"),
    ])
    func badParametersAreA400WithAStableCode(uri: String, code: String) async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .badRequest)
                let error = try #require(try Self.json(response.body)["error"] as? [String: Any])
                #expect(error["code"] as? String == code)
                #expect((error["message"] as? String)?.isEmpty == false)
            }
        }
    }

    @Test(arguments: ["/search?q=%22open%20AND%20(&raw=1", "/search?q=%F0%9F%99%82", "/search?q=%07"])
    func textWithNothingToSearchIsAnEmptyPageWithANote(uri: String) async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                let body = try Self.json(response.body)
                #expect(body["total"] as? Int == 0)
                #expect((body["notes"] as? [String])?.contains { $0.contains("nothing was searched") } == true)
            }
        }
    }

    @Test func lettersAreServedByTheirIdWithSlashes() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/letters/tk-moties/kst-34104-439", method: .get) { response in
                #expect(response.status == .ok)
                let body = try Self.json(response.body)
                #expect(body["id"] as? String == "tk-moties/kst-34104-439")
                #expect((body["text"] as? String)?.contains("Rikkers-Oosterkamp") == true
                    || (body["text"] as? String)?.contains("RIKKERS-OOSTERKAMP") == true)
            }
        }
    }

    @Test(arguments: ["/letters/bestaat/niet", "/letters/..%2F..%2Fetc%2Fpasswd"])
    func unknownLettersAreA404OrA400(uri: String) async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .notFound || response.status == .badRequest)
                let body = try Self.json(response.body)
                #expect(body["error"] != nil)
            }
        }
    }

    @Test func healthAnswersWithTheLetterCount() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                let body = try Self.json(response.body)
                #expect(body["letters"] as? Int == sampleFiles.count)
            }
        }
    }

    @Test func aTokenGuardsEveryRouteButHealth() async throws {
        try await Self.app(token: "geheim").test(.router) { client in
            try await client.execute(uri: "/search?q=solidariteit", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/search?q=solidariteit", method: .get,
                                     headers: [.authorization: "Bearer fout"]) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/search?q=solidariteit", method: .get,
                                     headers: [.authorization: "Bearer geheim"]) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func aLiveServerAnswersOverARealSocket() async throws {
        try await Self.app().test(.live) { client in
            try await client.execute(uri: "/search?q=herplaatsing", method: .get) { response in
                #expect(response.status == .ok)
                let body = try Self.json(response.body)
                #expect(body["total"] as? Int ?? 0 >= 1)
            }
        }
    }
}

extension RouteTests {
    @Test func entitiesAreListedAndShownOverHTTP() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/entities?kind=country&limit=5", method: .get) { response in
                #expect(response.status == .ok)
                let list = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]])
                #expect(list.count <= 5 && !list.isEmpty)
            }
            try await client.execute(uri: "/entities/dossier/32317", method: .get) { response in
                #expect(response.status == .ok)
                let body = try Self.json(response.body)
                let results = try #require(body["results"] as? [[String: Any]])
                #expect(results.first?["id"] as? String == "kamerbrieven/jbz-raad-cyprus-januari-2026")
            }
            try await client.execute(uri: "/entities/country/ZZ", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/entities?kind=planet", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func searchFiltersWorkOverHTTP() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/search?country=GR&kind=brief", method: .get) { response in
                #expect(response.status == .ok)
                let body = try Self.json(response.body)
                #expect(body["total"] as? Int == 1)
                let facets = try #require(body["facets"] as? [String: Any])
                #expect((facets["kind"] as? [[String: Any]])?.first?["key"] as? String == "brief")
            }
            try await client.execute(uri: "/search?country=Atlantis", method: .get) { response in
                #expect(response.status == .ok)
                let body = try Self.json(response.body)
                #expect(body["total"] as? Int == 0)
                #expect((body["notes"] as? [String])?.contains { $0.contains("Atlantis") } == true)
            }
        }
    }
}

extension RouteTests {
    @Test func entityKeysArePercentDecoded() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/entities/minister/minister%20van%20asiel%20en%20migratie", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func queryStringsReadPlusAsASpaceAndDecodeOnce() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/search?q=verdeling+van+solidariteit&limit=1", method: .get) { response in
                let body = try Self.json(response.body)
                #expect(body["query"] as? String == "verdeling van solidariteit")
            }
            try await client.execute(uri: "/search?q=100%2525&limit=1", method: .get) { response in
                let body = try Self.json(response.body)
                #expect(body["query"] as? String == "100%25")
            }
        }
    }

    @Test func healthRejectsUnknownParameters() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/health?x=1", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }
}
