import Hummingbird
import LetterIndex

/// `GET /health`: whether the index answers, with its letter count.
struct HealthController<Context: RequestContext>: Sendable {
    let store: LetterStore

    struct Health: Codable, Sendable {
        var status: String
        var letters: Int
        var analyzer: String?
    }

    var routes: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("health") { _, _ in
            let stats = try store.stats()
            return JSONResponse(value: Health(status: "ok", letters: stats.letters, analyzer: stats.analyzerVersion))
        }
        return routes
    }
}
