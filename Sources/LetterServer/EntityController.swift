import Hummingbird
import LetterIndex

/// `GET /entities?kind=` (entities with letter counts) and `GET /entities/{kind}/{key}`
/// (one entity, its letters newest first, counts per year).
struct EntityController<Context: RequestContext>: Sendable {
    let catalog: EntityCatalog

    var routes: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("entities") { request, _ in
            let parameters = try QueryParameters(request, allowed: ["kind", "limit", "offset"])
            let limit = try parameters.int("limit", default: 100, range: 1...1000)
            let offset = try parameters.int("offset", default: 0, range: 0...100_000)
            do {
                return JSONResponse(value: try catalog.entities(kind: parameters.string("kind"), limit: limit, offset: offset))
            } catch let error as SearchError {
                throw APIError(error)
            }
        }
        routes.get("entities/:kind/**") { request, context in
            let parameters = try QueryParameters(request, allowed: ["limit", "offset"])
            let limit = try parameters.int("limit", default: 100, range: 1...1000)
            let offset = try parameters.int("offset", default: 0, range: 0...100_000)
            let kind = context.parameters.get("kind") ?? ""
            let key = context.parameters.getCatchAll().joined(separator: "/")
            do {
                guard let detail = try catalog.entity(kind: kind, key: key, limit: limit, offset: offset) else {
                    throw APIError(.notFound, code: "not_found", message: "no \(kind) '\(key)'")
                }
                return JSONResponse(value: detail)
            } catch let error as SearchError {
                throw APIError(error)
            }
        }
        return routes
    }
}
