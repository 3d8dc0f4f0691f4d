import Dispatch
import Hummingbird
import LetterIndex
import Logging
import NIOCore

/// How the server runs.
public struct ServerConfiguration: Sendable {
    /// Address to bind; 127.0.0.1 unless said otherwise.
    public var host = "127.0.0.1"
    /// Port to listen on.
    public var port = 8080
    /// The index file, opened read-only.
    public var indexPath = LetterDatabase.defaultPath
    /// When set, every route but `/health` needs `Authorization: Bearer <token>`.
    public var token: String?
    /// How long a request may wait for the index before it is answered `503 timeout`.
    public var requestTimeout: Duration = .seconds(10)
    /// How long a connection may stay silent (a slow or stalled client) before it is closed.
    public var idleTimeout: Duration = .seconds(30)
    /// Search responses kept per index generation (0: none).
    public var cachedResponses = 512

    /// The default configuration.
    public init() {}
}

/// The request context of every route.
public typealias KamerzoekRequestContext = BasicRequestContext

/// Builds the router over an open index: the JSON API, the exports and feed, the web pages and `/openapi.json`.
///
/// With `prepare`, the search's shared structures (the analyzer's tables, facet index, spelling
/// vocabulary) are built before the router is returned, so before the server listens: the first
/// search after start took 7–11 ms instead of 130–250 ms (shared corpus, release build). The
/// similar letters' model follows in the background. Each request is
/// told to `observer` and `/metrics` shows `metrics()`; by default the router counts its own.
public func buildRouter(
    database: LetterDatabase, token: String? = nil, requestTimeout: Duration = .seconds(10), cachedResponses: Int = 512,
    prepare: Bool = false, observer: (any RequestObserver)? = nil, metrics: (@Sendable () -> String?)? = nil
) -> Router<KamerzoekRequestContext> {
    let ownMetrics = ServerMetrics()
    let router = Router(context: KamerzoekRequestContext.self)
    let deadline = WorkDeadline(limit: requestTimeout)
    let store = LetterStore(database: database)
    let search = LetterSearch(database: database, cachedResponses: cachedResponses)
    if prepare {
        // A failure here (a damaged index) is left to the first request, which reports it.
        try? search.prepare()
    }
    let similar = SimilarLetters(sharingWith: search)
    if prepare {
        DispatchQueue.global(qos: .utility).async { try? similar.prepare() }
    }
    let catalog = EntityCatalog(database: database)
    let renderer = PageRenderer.bundled
    let pages = WebController<KamerzoekRequestContext>(
        search: search, store: store, catalog: catalog, renderer: renderer, deadline: deadline, similar: similar)
    router.add(middleware: MetricsMiddleware(observer: observer ?? ownMetrics))
    router.add(middleware: AccessLogMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ReadOnlyMethodsMiddleware())
    if let token, !token.isEmpty {
        router.add(middleware: BearerTokenMiddleware(token: token, openPaths: ["/health"]))
    }
    router.add(middleware: LetterPageNegotiationMiddleware(pages: pages))
    router.addRoutes(HealthController(store: store, deadline: deadline).routes)
    router.addRoutes(SearchController(search: search, deadline: deadline).routes)
    router.addRoutes(LetterController(store: store, deadline: deadline).routes)
    router.addRoutes(SimilarController(similar: similar, deadline: deadline).routes)
    router.addRoutes(EntityController(catalog: catalog, deadline: deadline).routes)
    router.addRoutes(ExportController(search: search, renderer: renderer, deadline: deadline).routes)
    router.addRoutes(TimelineController(search: search, deadline: deadline).routes)
    router.addRoutes(CommitmentController(
        list: CommitmentList(database: database), renderer: renderer, pages: pages, deadline: deadline).routes)
    router.addRoutes(OpenAPIController(requiresToken: !(token ?? "").isEmpty).routes)
    router.addRoutes(MetricsController(store: store, metrics: metrics ?? { ownMetrics.render() }, deadline: deadline).routes)
    router.addRoutes(pages.routes)
    return router
}

/// Builds the application: opens the index read-only and binds the configured address.
public func buildApplication(_ configuration: ServerConfiguration) throws -> some ApplicationProtocol {
    let database = try LetterDatabase(path: configuration.indexPath, readOnly: true)
    var logger = Logger(label: "kamerzoek")
    logger.logLevel = .info
    return Application(
        router: buildRouter(
            database: database, token: configuration.token, requestTimeout: configuration.requestTimeout,
            cachedResponses: configuration.cachedResponses, prepare: true),
        server: .http1(configuration: .init(idleTimeout: TimeAmount(configuration.idleTimeout))),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "kamerzoek"),
        logger: logger)
}

extension TimeAmount {
    /// `duration` as NIO's time amount (the single server's and a worker's idle timeout).
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
