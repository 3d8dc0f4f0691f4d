import Foundation
import Hummingbird
import LetterIndex

/// `GET /entities?kind=` (entities with letter counts) and `GET /entities/{kind}/{key}`
/// (one entity, its letters newest first, counts per year).
struct EntityController<Context: RequestContext>: Sendable {
    let catalog: EntityCatalog
    /// The request timeout for index work.
    var deadline = WorkDeadline.standard

    var routes: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("entities") { request, _ in
            let parameters = try QueryParameters(request, allowed: ["kind", "limit", "offset"])
            let limit = try parameters.int("limit", default: 100, range: 1...1000)
            let offset = try parameters.int("offset", default: 0, range: 0...100_000)
            let kind = parameters.string("kind")
            return JSONResponse(value: try await deadline.run {
                do {
                    return try catalog.entities(kind: kind, limit: limit, offset: offset)
                } catch let error as SearchError {
                    throw APIError(error)
                }
            })
        }
        routes.get("entities/:kind/**") { request, context in
            let parameters = try QueryParameters(request, allowed: ["limit", "offset"])
            let limit = try parameters.int("limit", default: 100, range: 1...1000)
            let offset = try parameters.int("offset", default: 0, range: 0...100_000)
            let kind = context.parameters.get("kind") ?? ""
            let key = context.parameters.getCatchAll()
                .map { String($0).removingPercentEncoding ?? String($0) }.joined(separator: "/")
            let detail = try await deadline.run { () throws -> EntityDetail? in
                do {
                    return try catalog.entity(kind: kind, key: key, limit: limit, offset: offset)
                } catch let error as SearchError {
                    throw APIError(error)
                }
            }
            guard let detail else { throw APIError(.notFound, code: "not_found", message: "no \(kind) '\(key)'") }
            return JSONResponse(value: detail)
        }
        return routes
    }
}
