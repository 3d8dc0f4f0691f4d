import Hummingbird
import LetterIndex

/// `GET /search`: the same object as `kamerzoek search --json`.
struct SearchController<Context: RequestContext>: Sendable {
    let search: LetterSearch
    /// The request timeout for the search.
    var deadline = WorkDeadline.standard

    static var parameterNames: Set<String> {
        ["q", "limit", "offset", "sort", "country", "minister", "dossier", "person", "organisation", "kind", "from", "to",
         "raw", "facets", "explain"]
    }

    var routes: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("search") { request, _ in
            JSONResponse(value: try await deadline.run { try run(request) })
        }
        return routes
    }

    func request(from parameters: QueryParameters) throws -> SearchRequest {
        var request = SearchRequest(query: parameters.string("q") ?? "")
        request.limit = try parameters.int("limit", default: 10, range: 1...SearchRequest.maximumLimit)
        request.offset = try parameters.int("offset", default: 0, range: 0...SearchRequest.maximumOffset)
        if let sort = parameters.string("sort"), !sort.isEmpty {
            guard let value = SearchSort(rawValue: sort) else {
                throw APIError(.badRequest, code: "bad_parameter", message: "sort must be relevance or date, not '\(sort)'")
            }
            request.sort = value
        }
        request.countries = parameters.strings("country")
        request.ministers = parameters.strings("minister")
        request.dossiers = parameters.strings("dossier")
        request.persons = parameters.strings("person")
        request.organisations = parameters.strings("organisation")
        request.kinds = parameters.strings("kind")
        request.from = parameters.string("from")
        request.to = parameters.string("to")
        request.raw = try parameters.bool("raw")
        if parameters.string("facets") != nil { request.facets = try parameters.bool("facets") }
        request.explain = try parameters.bool("explain")
        return request
    }

    func run(_ httpRequest: Request) throws -> SearchResponse {
        let parameters = try QueryParameters(httpRequest, allowed: Self.parameterNames)
        let request = try request(from: parameters)
        do {
            return try search.search(request)
        } catch {
            throw APIError(error)
        }
    }
}
