import Hummingbird
import LetterIndex

/// The web pages (Dutch): `/` (search), `/brief/{id}` (a letter), `/entiteit/{kind}/{key}` (an entity)
/// and `/entiteiten/{kind}` (entities of a kind). Server-rendered HTML, no JavaScript.
struct WebController<Context: RequestContext>: Sendable {
    let search: LetterSearch
    let store: LetterStore
    let catalog: EntityCatalog
    let renderer: PageRenderer
    var deadline = WorkDeadline.standard
    /// Lists similar letters on letter pages, when set.
    var similar: SimilarLetters?

    var routes: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/") { request, _ in
            try await page { try searchPage(request) }
        }
        routes.get("brief/**") { request, context in
            try await page {
                _ = try FormQuery(request, allowed: [])
                return try letterPage(id: WebLinks.decodedPath(context.parameters.getCatchAll()))
            }
        }
        routes.get("entiteit/:kind/**") { request, context in
            try await page {
                let form = try FormQuery(request, allowed: ["offset"])
                let offset = try form.int("offset", default: 0, range: 0...100_000)
                let kind = context.parameters.get("kind") ?? ""
                return try entityPage(kind: kind, key: WebLinks.decodedPath(context.parameters.getCatchAll()), offset: offset)
            }
        }
        routes.get("entiteiten/:kind") { request, context in
            try await page {
                _ = try FormQuery(request, allowed: [])
                return try entityListPage(kind: context.parameters.get("kind") ?? "")
            }
        }
        return routes
    }

    /// Runs a page handler within the deadline; errors become an HTML error page with the same status and code.
    func page(_ body: @escaping @Sendable () throws -> Response) async throws -> Response {
        do {
            return try await deadline.run(body)
        } catch let error as APIError {
            return renderer.page(ErrorPage(error), template: "error", status: error.status)
        } catch let error as SearchError {
            let apiError = APIError(error)
            return renderer.page(ErrorPage(apiError), template: "error", status: apiError.status)
        }
    }

    func searchPage(_ request: Request) throws -> Response {
        let state = try SearchPageState(FormQuery(request, allowed: SearchPageState.parameterNames))
        let response = try search.search(state.request)
        var page = SearchPage(state: state, response: response)
        if let vs = state.vs {
            var other = state.at(offset: 0)
            other.query = vs
            page.timeline = TimelineSection(state: state, first: LetterTimeline(response), second: try search.timeline(other.request))
        } else {
            page.timeline = TimelineSection(state: state, response: response)
        }
        return renderer.page(page, template: "search")
    }

    /// The letter page of `id`; also what `/letters/{id}` answers to a browser.
    func letterPage(id: String) throws -> Response {
        guard LetterID.isValid(id) else {
            throw APIError(.notFound, code: "not_found", message: "geen brief met id '\(id)'")
        }
        guard let letter = try store.letter(id: id) else {
            throw APIError(.notFound, code: "not_found", message: "Er is geen brief met id '\(id)'.")
        }
        let similarLetters = try similar.map { try $0.similar(to: id)?.results ?? [] } ?? []
        return renderer.page(LetterPage(letter, similar: similarLetters), template: "letter")
    }

    func entityPage(kind: String, key: String, offset: Int) throws -> Response {
        guard let detail = try catalog.entity(kind: kind, key: key, limit: EntityPage.pageSize, offset: offset) else {
            throw APIError(.notFound, code: "not_found", message: "Geen \(EntityKindName.singular(kind)) '\(key)' in de index.")
        }
        return renderer.page(EntityPage(detail, offset: offset), template: "entity")
    }

    func entityListPage(kind: String) throws -> Response {
        let entities = try catalog.entities(kind: kind, limit: 500)
        return renderer.page(EntityListPage(kind: kind, entities: entities), template: "entities")
    }
}
