import Hummingbird
import LetterIndex

/// `GET /health`: whether the index answers, with its letter count.
struct HealthController<Context: RequestContext>: Sendable {
    let store: LetterStore
    /// The request timeout for index work.
    var deadline = WorkDeadline.standard

    struct Health: Codable, Sendable {
        var status: String
        var letters: Int
        var analyzer: String?
    }

    var routes: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("health") { request, _ in
            _ = try QueryParameters(request, allowed: [])
            let stats = try await deadline.run { try store.stats() }
            return JSONResponse(value: Health(status: "ok", letters: stats.letters, analyzer: stats.analyzerVersion))
        }
        return routes
    }
}
