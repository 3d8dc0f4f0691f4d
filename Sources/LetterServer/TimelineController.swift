import Hummingbird
import LetterIndex

/// `GET /timeline`: matching letters per year for the parameters of `/search` that choose letters
/// (`q`, the filters, `raw`); the counts are the search's own year facet.
struct TimelineController<Context: RequestContext>: Sendable {
    let search: LetterSearch
    var deadline = WorkDeadline.standard

    /// The query parameters: those of `/search` that choose letters.
    static var parameterNames: Set<String> {
        SearchController<Context>.parameterNames.subtracting(["limit", "offset", "sort", "facets"])
    }

    var routes: RouteCollection<Context> {
        RouteCollection(context: Context.self).get("timeline", use: respond)
    }

    @Sendable func respond(_ request: Request, context: Context) async throws -> JSONResponse<LetterTimeline> {
        JSONResponse(value: try await deadline.run { try timeline(request) })
    }

    func timeline(_ request: Request) throws -> LetterTimeline {
        let parameters = try QueryParameters(request, allowed: Self.parameterNames)
        let searchRequest = try SearchController<Context>(search: search, deadline: deadline).request(from: parameters)
        do {
            return try search.timeline(searchRequest)
        } catch {
            throw APIError(error)
        }
    }
}
