import Hummingbird

/// Answers `GET /letters/{id}` with the letter page when the client prefers HTML (a browser following a link),
/// so a letter has one address for people and programs.
struct LetterPageNegotiationMiddleware<Context: RequestContext>: RouterMiddleware {
    let pages: WebController<Context>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let prefix = "/letters/"
        guard request.method == .get, request.uri.path.hasPrefix(prefix), !request.uri.path.hasSuffix("/similar"),
            ContentNegotiation.prefersHTML(request)
        else {
            return try await next(request, context)
        }
        let components = request.uri.path.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: true)
        let id = WebLinks.decodedPath(components.map { Substring($0) })
        return try await pages.page {
            _ = try FormQuery(request, allowed: [])
            return try pages.letterPage(id: id)
        }
    }
}
