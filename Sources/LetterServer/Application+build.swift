import Hummingbird
import LetterIndex
import Logging

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

    /// The default configuration.
    public init() {}
}

/// The request context of every route.
public typealias KamerzoekRequestContext = BasicRequestContext

/// Builds the router over an open index.
public func buildRouter(database: LetterDatabase, token: String? = nil) -> Router<KamerzoekRequestContext> {
    let router = Router(context: KamerzoekRequestContext.self)
    router.add(middleware: AccessLogMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    if let token, !token.isEmpty {
        router.add(middleware: BearerTokenMiddleware(token: token, openPaths: ["/health"]))
    }
    let store = LetterStore(database: database)
    router.addRoutes(HealthController(store: store).routes)
    router.addRoutes(SearchController(search: LetterSearch(database: database)).routes)
    router.addRoutes(LetterController(store: store).routes)
    router.addRoutes(EntityController(catalog: EntityCatalog(database: database)).routes)
    return router
}

/// Builds the application: opens the index read-only and binds the configured address.
public func buildApplication(_ configuration: ServerConfiguration) throws -> some ApplicationProtocol {
    let database = try LetterDatabase(path: configuration.indexPath, readOnly: true)
    var logger = Logger(label: "kamerzoek")
    logger.logLevel = .info
    return Application(
        router: buildRouter(database: database, token: configuration.token),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "kamerzoek"),
        logger: logger)
}
