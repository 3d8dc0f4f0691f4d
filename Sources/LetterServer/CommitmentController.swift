import Hummingbird
import LetterIndex

/// The toezeggingen recognised in letters: `GET /commitments` (JSON), `GET /commitments.atom` (the newest
/// as an Atom feed) and `GET /toezeggingen` (the page), all filtered by `minister`, `dossier`, `from` and `to`.
struct CommitmentController<Context: RequestContext>: Sendable {
    let list: CommitmentList
    let renderer: PageRenderer
    /// Renders the page's errors as HTML, as the other pages do.
    let pages: WebController<Context>
    var deadline = WorkDeadline.standard

    /// The filters every route takes.
    static var filterNames: Set<String> { ["minister", "dossier", "from", "to"] }

    var routes: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("commitments") { request, _ in
            let query = try Self.query(request, allowed: Self.filterNames.union(["limit", "offset"]), defaultLimit: 50)
            return JSONResponse(value: try await deadline.run { try commitments(query) })
        }
        routes.get("commitments.atom") { request, _ in
            let query = try Self.query(request, allowed: Self.filterNames.union(["limit"]), defaultLimit: AtomFeed.defaultEntries)
            return try await deadline.run {
                let feed = AtomFeed(request: request, commitments: try commitments(query))
                return PageRenderer.response(renderer.render(feed, template: "feed"), contentType: "application/atom+xml; charset=utf-8")
            }
        }
        routes.get("toezeggingen") { request, _ in
            try await pages.page {
                let query = try Self.query(request, allowed: Self.filterNames.union(["offset"]), defaultLimit: CommitmentListPage.pageSize)
                return renderer.page(CommitmentListPage(query: query, page: try commitments(query)), template: "commitments")
            }
        }
        return routes
    }

    func commitments(_ query: CommitmentQuery) throws -> CommitmentPage {
        do {
            return try list.commitments(query)
        } catch {
            throw APIError(error)
        }
    }

    /// The filters and page of a request; unknown names and bad numbers are a `400`.
    static func query(_ request: Request, allowed: Set<String>, defaultLimit: Int) throws -> CommitmentQuery {
        let parameters = try QueryParameters(request, allowed: allowed)
        var query = CommitmentQuery()
        query.minister = parameters.string("minister")
        query.dossier = parameters.string("dossier")
        query.from = parameters.string("from")
        query.to = parameters.string("to")
        query.limit = try parameters.int("limit", default: defaultLimit, range: 1...CommitmentQuery.maximumLimit)
        query.offset = try parameters.int("offset", default: 0, range: 0...CommitmentQuery.maximumOffset)
        return query
    }
}

extension AtomFeed {
    /// The newest commitments as a feed: one entry per toezegging in a letter, linking to its place in the letter,
    /// dated by the letter (or, undated, by the day it was indexed).
    init(request: Request, commitments page: CommitmentPage) {
        let base = Self.baseURL(request)
        let query = request.uri.query.map { "?" + $0 } ?? ""
        selfLink = Self.clean(base + "/commitments.atom" + query)
        pageLink = Self.clean(base + "/toezeggingen" + query)
        id = selfLink
        title = "Kamerzoek: nieuwe toezeggingen"
        entries = page.results.compactMap { commitment in
            // An undated letter's entry is dated by the day Kamerzoek indexed it.
            let updated = commitment.date.flatMap { $0.count == 10 ? $0 + "T00:00:00Z" : nil } ?? commitment.indexed
            guard updated.count == 20 else { return nil }
            let link = base + WebLinks.letter(commitment.letter) + "#" + commitment.anchor
            let who = commitment.ministers.map(\.label).joined(separator: ", ")
            return Entry(
                id: Self.clean(link), title: Self.clean("\(commitment.key): \(commitment.title.isEmpty ? commitment.letter : commitment.title)"),
                link: Self.clean(link), updated: updated,
                summary: Self.clean((who.isEmpty ? "" : who + ": ") + commitment.text),
                categories: ["toezegging"] + commitment.dossiers.map { Self.clean($0.key) })
        }
        updated = entries.map(\.updated).max() ?? "1970-01-01T00:00:00Z"
    }
}
