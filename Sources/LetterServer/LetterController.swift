import Hummingbird
import LetterIndex

/// `GET /letters/{id}`: one letter as JSON (ids contain slashes: `tk-moties/kst-34104-439`).
struct LetterController<Context: RequestContext>: Sendable {
    let store: LetterStore
    /// The request timeout for index work.
    var deadline = WorkDeadline.standard

    var routes: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("letters/**") { request, context in
            _ = try QueryParameters(request, allowed: [])
            let id = context.parameters.getCatchAll().joined(separator: "/")
            // An id the index cannot hold (`..`, NUL, a leading slash) names no letter: 404, as any unknown id.
            guard LetterID.isValid(id) else {
                throw APIError(.notFound, code: "not_found", message: "no letter with id '\(id)'")
            }
            guard let letter = try await deadline.run({ try store.letter(id: id) }) else {
                throw APIError(.notFound, code: "not_found", message: "no letter with id '\(id)'")
            }
            return JSONResponse(value: letter)
        }
        return routes
    }
}

/// Letter ids as the index names them: relative paths without `..`, NUL or a leading slash.
enum LetterID {
    static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 1024 && !id.hasPrefix("/") && !id.contains("\u{0}")
            && !id.split(separator: "/").contains("..") && !id.contains("\\")
    }
}
