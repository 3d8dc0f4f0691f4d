import Foundation
import Hummingbird
import HummingbirdTesting
import LetterIndex
import Testing
@testable import LetterServer

/// The HTML pages through `app.test(.router)` on real letters.
@Suite(.serialized) struct WebPageTests {
    @Test func theSearchPageShowsResultsWithMarkedSnippetsFacetsAndExports() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/?q=solidariteit", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(response.headers[.contentSecurityPolicy] != nil)
                let html = ServerFixture.text(response.body)
                #expect(html.contains("<html lang=\"nl\">"))
                #expect(html.contains("name=\"viewport\""))
                #expect(html.contains("<label for=\"q\">"))
                #expect(html.contains("value=\"solidariteit\""))
                #expect(html.contains("href=\"/brief/kamerbrieven/jbz-raad-cyprus-januari-2026\""))
                #expect(html.contains("<mark>solidariteit"))
                for facet in ["<summary>Land</summary>", "<summary>Minister</summary>", "<summary>Dossier</summary>",
                              "<summary>Soort</summary>"] {
                    #expect(html.contains(facet))
                }
                #expect(html.contains("href=\"/?q=solidariteit&amp;country=CY\""))
                #expect(html.contains("href=\"/search.csv?q=solidariteit\""))
                #expect(html.contains("type=\"application/atom+xml\""))
                #expect(!html.contains("<script"))
            }
        }
    }

    @Test func aFacetLinkFiltersAndTheActiveFilterLinksToItsRemoval() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/?q=solidariteit&kind=motie", method: .get) { response in
                #expect(response.status == .ok)
                let html = ServerFixture.text(response.body)
                #expect(html.contains("kst-21501-02-2854"))
                #expect(!html.contains("href=\"/brief/kamerbrieven/jbz-raad-cyprus-januari-2026\""))
                #expect(html.contains("soort: motie ×"))
                #expect(html.contains("<input type=\"hidden\" name=\"kind\" value=\"motie\">"))
                #expect(html.contains("href=\"/?q=solidariteit\" aria-label=\"Filter soort: motie weghalen\""))
            }
        }
    }

    @Test func aFormSubmissionWithPlusSignsSearchesForEveryWord() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/?q=herplaatsing+asielzoekers&sort=relevance", method: .get) { response in
                #expect(response.status == .ok)
                let html = ServerFixture.text(response.body)
                #expect(html.contains("value=\"herplaatsing asielzoekers\""))
                #expect(html.contains("<mark>"))
            }
        }
    }

    @Test func resultsArePagedAndSortedByDate() async throws {
        let total = try ServerFixture.corpus.search("") { $0.kinds = ["motie"] }.total
        try #require(total > SearchPageState.pageSize)
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/?kind=motie", method: .get) { response in
                let html = ServerFixture.text(response.body)
                #expect(html.contains("rel=\"next\""))
                #expect(html.contains("href=\"/?kind=motie&amp;offset=20\""))
                #expect(!html.contains("rel=\"prev\""))
                #expect(html.components(separatedBy: "<h2><a href=\"/brief/").count - 1 == SearchPageState.pageSize)
            }
            try await client.execute(uri: "/?kind=motie&offset=20", method: .get) { response in
                let html = ServerFixture.text(response.body)
                #expect(html.contains("rel=\"prev\""))
                #expect(html.contains("aria-current=\"page\">2<"))
                #expect(html.components(separatedBy: "<h2><a href=\"/brief/").count - 1 == min(20, total - 20))
            }
            try await client.execute(uri: "/?q=regering&sort=date", method: .get) { response in
                let html = ServerFixture.text(response.body)
                #expect(html.contains("<option value=\"date\" selected>"))
                // Dates on the page appear newest first.
                let response = try ServerFixture.corpus.search("regering") {
                    $0.sort = .date
                    $0.limit = SearchPageState.pageSize
                }
                let dates = response.results.compactMap(\.date)
                #expect(dates == dates.sorted(by: >))
                let firstID = try #require(response.results.first?.id)
                #expect(html.contains(WebLinks.letter(firstID)))
            }
        }
    }

    @Test func aMisspelledQueryOffersDidYouMean() async throws {
        let response = try ServerFixture.corpus.search("solidariteti")
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/?q=solidariteti", method: .get) { page in
                let html = ServerFixture.text(page.body)
                if response.suggestions.isEmpty {
                    #expect(!html.contains("Bedoelde u"))
                } else {
                    #expect(html.contains("Bedoelde u: <a href=\"/?q=\(WebLinks.encode(response.suggestions[0]))\">"))
                }
            }
        }
        #expect(!response.suggestions.isEmpty, "the sample should correct 'solidariteti'")
    }

    @Test(arguments: ["/brief/kamerbrieven/jbz-raad-cyprus-januari-2026", "/letters/kamerbrieven/jbz-raad-cyprus-januari-2026"])
    func theLetterPageShowsTextWithLinkedEntitiesAndMetadata(uri: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get, headers: ServerFixture.browser) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                let html = ServerFixture.text(response.body)
                #expect(html.contains("<h1>Geannoteerde agenda van de informele Raad Justitie"))
                #expect(html.contains("<a class=\"m m-country\" href=\"/entiteit/country/CY\" title=\"land: Cyprus\">Cyprus</a>"))
                #expect(html.contains("href=\"/entiteit/dossier/32317\""))
                #expect(html.contains("<dt>Id</dt><dd>kamerbrieven/jbz-raad-cyprus-januari-2026</dd>"))
                #expect(html.contains("href=\"/letters/kamerbrieven/jbz-raad-cyprus-januari-2026\">JSON</a>"))
            }
        }
    }

    @Test func lettersStayJSONForProgramsThatDoNotAskForHTML() async throws {
        try await ServerFixture.app().test(.router) { client in
            for accept in ["*/*", "application/json", "application/json, text/html;q=0.5"] {
                try await client.execute(uri: "/letters/tk-moties/kst-34104-439", method: .get, headers: [.accept: accept]) { response in
                    #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                }
            }
        }
    }

    @Test func aLetterWithMarkupShowsItAsText() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: WebLinks.letter(ServerFixture.hostileID), method: .get) { response in
                #expect(response.status == .ok)
                let html = ServerFixture.text(response.body)
                #expect(!html.contains("<script"))
                #expect(!html.contains("<b>vet"))
                #expect(html.contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;"))
                #expect(html.contains("&lt;b&gt;vet&lt;/b&gt; &amp; meer"))
                #expect(html.contains("title=\"land: Griekenland\">Griekenland</a>"))
            }
            try await client.execute(uri: "/?q=herplaatsing+asielzoekers", method: .get) { response in
                let html = ServerFixture.text(response.body)
                #expect(html.contains(WebLinks.letter(ServerFixture.hostileID)))
                #expect(!html.contains("<script"))
                #expect(html.contains("&lt;script&gt;"))
            }
        }
    }

    @Test func theEntityPageListsLettersAndCountsPerYear() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/entiteit/dossier/32317", method: .get) { response in
                #expect(response.status == .ok)
                let html = ServerFixture.text(response.body)
                #expect(html.contains("<h1>32317</h1>"))
                #expect(html.contains("href=\"/brief/kamerbrieven/jbz-raad-cyprus-januari-2026\""))
                #expect(html.contains("href=\"/search.atom?dossier=32317\""))
            }
            try await client.execute(uri: "/entiteit/country/NL", method: .get) { response in
                #expect(response.status == .ok)
                let html = ServerFixture.text(response.body)
                let detail = try #require(try EntityCatalog(database: LetterDatabase(path: ServerFixture.corpus.indexPath, readOnly: true))
                    .entity(kind: "country", key: "NL"))
                #expect(!detail.years.isEmpty)
                for (year, count) in detail.years {
                    #expect(html.contains("<th scope=\"row\">\(year)</th><td>\(count)</td>"))
                }
            }
            try await client.execute(uri: WebLinks.entity(kind: "minister", key: "minister van asiel en migratie"), method: .get) { response in
                #expect(response.status == .ok)
                #expect(ServerFixture.text(response.body).contains("<h1>Minister van Asiel en Migratie</h1>"))
            }
            try await client.execute(uri: "/entiteiten/country", method: .get) { response in
                #expect(response.status == .ok)
                #expect(ServerFixture.text(response.body).contains("href=\"/entiteit/country/NL\""))
            }
        }
    }

    @Test(arguments: [
        ("/entiteit/country/ZZ", HTTPResponse.Status.notFound, "not_found"),
        ("/brief/bestaat/niet", .notFound, "not_found"),
        ("/brief/..%2F..%2Fetc%2Fpasswd", .notFound, "not_found"),
        ("/entiteit/planeet/X", .badRequest, "bad_parameter"),
        ("/entiteiten/planeet", .badRequest, "bad_parameter"),
        ("/?q=x&bogus=1", .badRequest, "unknown_parameter"),
        ("/?q=x&offset=-1", .badRequest, "bad_parameter"),
        ("/?q=x&sort=nieuwste", .badRequest, "bad_parameter"),
        ("/?kind=memo", .badRequest, "bad_filter"),
        ("/?q=x&from=gisteren", .badRequest, "bad_date"),
        ("/brief/tk-moties/kst-34104-439?x=1", .badRequest, "unknown_parameter"),
    ])
    func pageErrorsAreHTMLWithTheirStatusAndCode(uri: String, status: HTTPResponse.Status, code: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == status)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(ServerFixture.text(response.body).contains("<code>\(code)</code>"))
            }
        }
    }

    @Test func anOverlongQueryIsRefused() async throws {
        let query = String(repeating: "a", count: SearchRequest.maximumQueryLength + 1)
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/?q=\(query)", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/search?q=\(query)", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func theHomePageWithoutAQueryShowsTheNewestLetters() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                let html = ServerFixture.text(response.body)
                #expect(html.contains("Nieuwste brieven van \(DutchWording.letters(ServerFixture.letters.count + 1))"))
                #expect(html.contains("<summary>Jaar</summary>"))
            }
        }
    }
}
