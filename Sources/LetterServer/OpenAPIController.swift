import Hummingbird

/// `GET /openapi.json`: the OpenAPI 3.0 description of the server.
struct OpenAPIController<Context: RequestContext>: Sendable {
    /// The document's text, written once.
    static var text: String { OpenAPIDocument.text }

    var routes: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("openapi.json") { request, _ in
            _ = try QueryParameters(request, allowed: [])
            return PageRenderer.response(OpenAPIDocument.text, contentType: "application/json; charset=utf-8")
        }
        return routes
    }
}

extension OpenAPIDocument {
    /// The document as JSON text.
    static let text = document.text
}
