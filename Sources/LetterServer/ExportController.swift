import Foundation
import HTTPTypes
import Hummingbird
import LetterIndex

/// `GET /search.csv` and `GET /search.ndjson`: every result of a search (up to ``SearchExport/cap``),
/// streamed page by page; `GET /search.atom`: the newest matching letters as an Atom feed.
///
/// They take the parameters of `/search` that choose letters (`q`, the filters, `raw`, and `sort`
/// for the exports); `limit`, `offset` and `facets` belong to pages and are unknown here.
struct ExportController<Context: RequestContext>: Sendable {
    let search: LetterSearch
    let renderer: PageRenderer
    var deadline = WorkDeadline.standard
    /// How long one export may keep searching before it stops where it is.
    var timeBudget: Duration = .seconds(60)

    /// The query parameters of the exports.
    static var exportParameterNames: Set<String> {
        SearchController<Context>.parameterNames.subtracting(["limit", "offset", "facets", "explain"])
    }

    /// The query parameters of the feed (newest first, so no `sort`; `limit` entries).
    static var feedParameterNames: Set<String> {
        SearchController<Context>.parameterNames.subtracting(["offset", "facets", "sort", "explain"])
    }

    /// The header that states the cap.
    static var capHeader: HTTPField.Name { HTTPField.Name("X-Kamerzoek-Cap")! }
    /// The header that states the total number of matching letters.
    static var totalHeader: HTTPField.Name { HTTPField.Name("X-Kamerzoek-Total")! }

    var routes: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("search.csv") { request, _ in try await deadline.run { try export(request, format: .csv) } }
        routes.get("search.ndjson") { request, _ in try await deadline.run { try export(request, format: .ndjson) } }
        routes.get("search.atom") { request, _ in try await deadline.run { try feed(request) } }
        return routes
    }

    func searchRequest(_ request: Request, allowed: Set<String>) throws -> SearchRequest {
        let parameters = try QueryParameters(request, allowed: allowed)
        return try SearchController<Context>(search: search, deadline: deadline).request(from: parameters)
    }

    func export(_ request: Request, format: SearchExportFormat) throws -> Response {
        let searchRequest = try searchRequest(request, allowed: Self.exportParameterNames)
        var pages = SearchExport(search: search, request: searchRequest)
        // The first page runs before the response starts, so a bad query is still a 400.
        let first: [SearchHit]
        do {
            first = try pages.next() ?? []
        } catch {
            throw APIError(error)
        }
        var headers = HTTPFields()
        headers[.contentType] = format.contentType
        headers[.contentDisposition] = "inline; filename=\"kamerzoek.\(format.rawValue)\""
        headers[Self.capHeader] = String(SearchExport.cap)
        headers[Self.totalHeader] = String(pages.total ?? 0)
        let budget = timeBudget
        let deadline = deadline
        let body = ResponseBody { [pages] writer in
            var pages = pages
            let stopAt = ContinuousClock.now + budget
            var chunk = format.header
            for hit in first { chunk += format.line(hit) }
            try await writer.write(ByteBuffer(string: chunk))
            while ContinuousClock.now < stopAt {
                // Each page is searched off the concurrency pool, like every other index read.
                let (advanced, hits) = try await deadline.run { [pages] in
                    var copy = pages
                    let hits = try copy.next()
                    return (copy, hits)
                }
                pages = advanced
                guard let hits else { break }
                var chunk = ""
                for hit in hits { chunk += format.line(hit) }
                try await writer.write(ByteBuffer(string: chunk))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    func feed(_ request: Request) throws -> Response {
        var searchRequest = try searchRequest(request, allowed: Self.feedParameterNames)
        if QueryParameters.hasValue(request, "limit") == false { searchRequest.limit = AtomFeed.defaultEntries }
        searchRequest.sort = .date
        searchRequest.offset = 0
        searchRequest.facets = false
        let response: SearchResponse
        do {
            response = try search.search(searchRequest)
        } catch {
            throw APIError(error)
        }
        let feed = AtomFeed(request: request, searchRequest: searchRequest, response: response)
        return PageRenderer.response(renderer.render(feed, template: "feed"),
                                     contentType: "application/atom+xml; charset=utf-8")
    }
}

extension QueryParameters {
    /// Whether the query string names `name` with a non-empty value.
    static func hasValue(_ request: Request, _ name: String) -> Bool {
        request.uri.queryParameters.contains { String($0.key) == name && !$0.value.isEmpty }
    }
}
