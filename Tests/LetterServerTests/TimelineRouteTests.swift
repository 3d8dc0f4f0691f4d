import Foundation
import Hummingbird
import HummingbirdTesting
import LetterIndex
import Testing
@testable import LetterServer

/// `GET /timeline`, the chart on result and entity pages, and `vs=` on real letters.
@Suite(.serialized) struct TimelineRouteTests {
    static func object(_ buffer: ByteBuffer) throws -> [String: Any] {
        try #require(try ServerFixture.json(buffer) as? [String: Any])
    }

    /// Nonzero buckets as year → count.
    static func years(_ body: [String: Any]) -> [String: Int] {
        var result: [String: Int] = [:]
        for bucket in body["buckets"] as? [[String: Any]] ?? [] {
            if let year = bucket["year"] as? Int, let count = bucket["count"] as? Int, count > 0 { result[String(year)] = count }
        }
        return result
    }

    @Test(arguments: ["q=solidariteit", "q=regering", "country=GR", "q=motie&kind=motie", "q=oorlog+OR+vrede", "q=xyzzyqqq"])
    func timelineCountsEqualTheSearchFacets(query: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            var facets: [String: Int] = [:]
            var total = -1
            try await client.execute(uri: "/search?\(query)&limit=20", method: .get) { response in
                #expect(response.status == .ok)
                let body = try Self.object(response.body)
                total = body["total"] as? Int ?? -1
                for value in (body["facets"] as? [String: Any])?["year"] as? [[String: Any]] ?? [] {
                    if let key = value["key"] as? String, let count = value["count"] as? Int { facets[key] = count }
                }
            }
            try await client.execute(uri: "/timeline?\(query)", method: .get) { response in
                #expect(response.status == .ok)
                let body = try Self.object(response.body)
                #expect(Self.years(body) == facets)
                #expect(body["total"] as? Int == total)
            }
        }
    }

    @Test(arguments: [
        ("/timeline?q=x&limit=5", "unknown_parameter"), ("/timeline?q=x&sort=date", "unknown_parameter"),
        ("/timeline?from=gisteren", "bad_date"), ("/timeline?kind=memo", "bad_filter"),
        ("/timeline?q=\(String(repeating: "a", count: 2_001))", "bad_query"),
    ])
    func badParametersAreA400(uri: String, code: String) async throws {
        try await ServerFixture.expectBadRequest(uri, code: code)
    }

    @Test func theResultPageShowsAChartWhoseBarsLinkToTheirYear() async throws {
        try await ServerFixture.app().test(.router) { client in
            var years: [String] = []
            try await client.execute(uri: "/search?q=regering&limit=20", method: .get) { response in
                let facets = try Self.object(response.body)["facets"] as? [String: Any]
                years = (facets?["year"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
            }
            #expect(years.count >= 3)
            try await client.execute(uri: "/?q=regering", method: .get) { response in
                #expect(response.status == .ok)
                let html = ServerFixture.text(response.body)
                #expect(html.contains("<h2 id=\"per-jaar\">Brieven per jaar</h2>"))
                #expect(html.contains("<svg class=\"timeline-chart"))
                // Every year with letters has a bar linking to that year's results, and no other year has one.
                for year in years {
                    #expect(html.contains("<a href=\"/?q=regering&amp;from=\(year)&amp;to=\(year)\" aria-label=\"\(year): "),
                            "no bar for \(year)")
                }
                let svg = html.components(separatedBy: "<svg").dropFirst().first?.components(separatedBy: "</svg>").first ?? ""
                #expect(svg.components(separatedBy: "<a href=").count - 1 == years.count)
                #expect(!html.contains("<script"))
            }
        }
    }

    @Test func vsShowsTwoChartsOnOneScaleEachLinkingToItsOwnQuery() async throws {
        let html = try await ServerFixture.page("/?q=solidariteit&vs=regering")
        #expect(html.contains("Brieven per jaar vergeleken"))
        #expect(html.components(separatedBy: "<svg class=\"timeline-chart").count - 1 == 2)
        #expect(html.contains("value=\"regering\""))
        #expect(html.contains("<a href=\"/?q=solidariteit\">‘solidariteit’</a>"))
        #expect(html.contains("<a href=\"/?q=regering\">‘regering’</a>"))
        #expect(html.contains("href=\"/?q=regering&amp;from="))
        // The same years on both axes: both charts draw the same number of columns.
        let charts = html.components(separatedBy: "<svg class=\"timeline-chart").dropFirst()
            .map { $0.components(separatedBy: "class=\"hit\"").count }
        #expect(charts.count == 2 && charts[0] == charts[1])
        // Facet links keep the comparison; exports, which know no vs, do not get it.
        #expect(html.contains("&amp;vs=regering\""))
        #expect(html.contains("href=\"/search.csv?q=solidariteit\""))
        #expect(!html.contains("/search.csv?q=solidariteit&amp;vs"))
    }

    @Test func aTooLongVsIsA400() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/?q=a&vs=\(String(repeating: "b", count: 2_001))", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func theEntityPageShowsItsLettersPerYearAsAChart() async throws {
        let html = try await ServerFixture.page("/entiteit/country/GR")
        #expect(html.contains("<svg class=\"timeline-chart"))
        #expect(html.contains("<a href=\"/?country=GR&amp;from="))
    }
}
