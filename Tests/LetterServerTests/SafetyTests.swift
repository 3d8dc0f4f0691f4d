import Foundation
import Hummingbird
import HummingbirdTesting
import LetterIndex
import Testing
@testable import LetterServer

/// Token, security headers, limits and the request timeout on every route.
@Suite(.serialized) struct SafetyTests {
    /// One address per route of the router (a real id or key where the route needs one).
    static let everyRoute = [
        "/", "/?q=solidariteit", "/brief/kamerbrieven/jbz-raad-cyprus-januari-2026", "/entiteit/dossier/32317",
        "/entiteiten/country", "/search?q=solidariteit", "/search.csv?q=solidariteit", "/search.ndjson?q=solidariteit",
        "/search.atom?q=solidariteit", "/letters/kamerbrieven/jbz-raad-cyprus-januari-2026", "/entities?kind=country",
        "/entities/dossier/32317", "/openapi.json", "/metrics", "/timeline?q=solidariteit", "/commitments", "/commitments.atom",
        "/toezeggingen", "/?q=solidariteit&vs=regering",
    ]

    /// Whether a concrete path fits a router path (`:name` one segment, `**` one or more).
    static func path(_ uri: String, fits route: String) -> Bool {
        let segments = uri.split(separator: "?").first.map { $0.split(separator: "/") } ?? []
        let pattern = route.split(separator: "/")
        for (index, part) in pattern.enumerated() {
            if part == "**" { return segments.count > index }
            guard index < segments.count, part.hasPrefix(":") || part.hasPrefix("{") || part == segments[index] else { return false }
        }
        return segments.count == pattern.count
    }

    @Test func theListAboveCoversEveryRouteButHealth() throws {
        for route in try ServerFixture.router().routes where route.path.description != "/health" {
            #expect(Self.everyRoute.contains { Self.path($0, fits: route.path.description) }, "\(route) untested")
        }
        #expect(Self.path("/brief/a/b", fits: "/brief/**"))
        #expect(!Self.path("/brief", fits: "/brief/**"))
        #expect(!Self.path("/entities/x", fits: "/entities"))
    }

    @Test(arguments: everyRoute)
    func everyRouteButHealthNeedsTheToken(uri: String) async throws {
        try await ServerFixture.app(token: "geheim").test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.contentSecurityPolicy] != nil)
                let body = ServerFixture.text(response.body)
                #expect(body.contains("\"unauthorized\""))
                #expect(!body.contains("geheim"))
            }
            try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer geheim!"]) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer geheim"]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func aBrowserIsAskedForTheTokenAsAPassword() async throws {
        try await ServerFixture.app(token: "geheim").test(.router) { client in
            try await client.execute(uri: "/?q=solidariteit", method: .get, headers: ServerFixture.browser) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Basic realm=\"kamerzoek\"") == true)
            }
            let good = Data("collega:geheim".utf8).base64EncodedString()
            try await client.execute(uri: "/?q=solidariteit", method: .get,
                                     headers: [.authorization: "Basic \(good)", .accept: "text/html"]) { response in
                #expect(response.status == .ok)
            }
            let bad = Data("geheim:fout".utf8).base64EncodedString()
            try await client.execute(uri: "/?q=solidariteit", method: .get, headers: [.authorization: "Basic \(bad)"]) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test(arguments: everyRoute + ["/health", "/nergens", "/search?q=x&bogus=1", "/brief/bestaat/niet"])
    func everyResponseCarriesTheSecurityHeaders(uri: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
        }
    }

    @Test func anUnknownPathIsAJSON404() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/nergens", method: .get) { response in
                #expect(response.status == .notFound)
                let body = try #require(try ServerFixture.json(response.body) as? [String: Any])
                #expect((body["error"] as? [String: Any])?["code"] as? String == "not_found")
            }
        }
    }

    @Test func slowWorkIsAnsweredWithA503Timeout() async throws {
        let deadline = WorkDeadline(limit: .milliseconds(50))
        let start = ContinuousClock.now
        await #expect(throws: APIError.self) {
            try await deadline.run { Thread.sleep(forTimeInterval: 2); return 1 }
        }
        #expect(ContinuousClock.now - start < .milliseconds(1_900))
        do {
            _ = try await deadline.run { Thread.sleep(forTimeInterval: 2); return 1 }
        } catch let error as APIError {
            #expect(error.status == .serviceUnavailable)
            #expect(error.code == "timeout")
        }
        // Quick work and its errors come through (with room for a loaded machine).
        let roomy = WorkDeadline(limit: .seconds(30))
        #expect(try await roomy.run { 42 } == 42)
        await #expect(throws: SearchError.self) {
            try await roomy.run { () throws -> Int in throw SearchError(code: "bad_query", message: "x") }
        }
    }

    @Test func aTinyRequestTimeoutTurnsRealSearchesInto503() async throws {
        try await ServerFixture.app(requestTimeout: .nanoseconds(1)).test(.router) { client in
            for uri in ["/search?q=regering", "/search.csv?q=regering", "/search.atom?q=regering", "/?q=regering"] {
                try await client.execute(uri: uri, method: .get) { response in
                    // A search takes milliseconds; the one-nanosecond timer always fires first.
                    #expect(response.status == .serviceUnavailable, "\(uri)")
                    #expect(ServerFixture.text(response.body).contains("timeout"))
                    #expect(response.headers[.contentSecurityPolicy] != nil)
                }
            }
        }
    }

    @Test(arguments: ["/brief/..%2F..%2Fetc%2Fpasswd", "/brief/%2Fetc%2Fpasswd", "/letters/..%2Findex", "/brief/a%00b"])
    func idsCannotLeaveTheIndex(uri: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get, headers: ServerFixture.browser) { response in
                #expect(response.status == .badRequest || response.status == .notFound)
                #expect(!ServerFixture.text(response.body).contains("root:"))
            }
        }
    }
}
