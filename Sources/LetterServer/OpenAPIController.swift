import Hummingbird

/// `GET /openapi.json`: the OpenAPI 3.0 description of the server.
struct OpenAPIController<Context: RequestContext>: Sendable {
    /// Whether the server needs a token: the document says so, or says no route needs one.
    var requiresToken = false

    var routes: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("openapi.json") { request, _ in
            _ = try QueryParameters(request, allowed: [])
            return PageRenderer.response(OpenAPIDocument.text(requiresToken: requiresToken), contentType: "application/json; charset=utf-8")
        }
        return routes
    }
}

extension OpenAPIDocument {
    /// The document of a server with a token, as JSON text.
    static let text = document.text
    /// The document of a server without a token, as JSON text.
    static let openText = document(requiresToken: false).text

    /// The document's text for a server with or without a token, written once each.
    static func text(requiresToken: Bool) -> String {
        requiresToken ? text : openText
    }
}
