import Hummingbird
import LetterIndex

/// `GET /letters/{id}/similar?limit=`: the letters about the same subject as one letter, with why.
struct SimilarController<Context: RequestContext>: Sendable {
    let similar: SimilarLetters
    /// The request timeout for index work.
    var deadline = WorkDeadline.standard

    /// The query parameters the route takes.
    static var parameterNames: Set<String> { ["limit"] }

    var routes: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("letters/**/similar") { request, context in
            let parameters = try QueryParameters(request, allowed: Self.parameterNames)
            let limit = try parameters.int("limit", default: SimilarLetters.defaultLimit, range: 1...SimilarLetters.maximumLimit)
            let id = WebLinks.decodedPath(context.parameters.getCatchAll())
            guard LetterID.isValid(id) else {
                throw APIError(.notFound, code: "not_found", message: "no letter with id '\(id)'")
            }
            let response = try await deadline.run { () throws -> SimilarLettersResponse? in
                do {
                    return try similar.similar(to: id, limit: limit)
                } catch let error as SearchError {
                    throw APIError(error)
                }
            }
            guard let response else {
                throw APIError(.notFound, code: "not_found", message: "no letter with id '\(id)'")
            }
            return JSONResponse(value: response)
        }
        return routes
    }
}
