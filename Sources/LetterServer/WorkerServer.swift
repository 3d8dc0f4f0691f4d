import Foundation
import Hummingbird
import HummingbirdCore
import LetterIndex
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

/// One worker of `serve --workers N`: the same router as a single server, answering on the
/// listening socket its parent handed down (file descriptor 3), reporting each request on its
/// report pipe (descriptor 4). SIGTERM ends it gracefully (requests in flight are answered);
/// it also ends when its parent is gone.
public struct WorkerServer: Service {
    /// The descriptor of the inherited listening socket.
    public static let socketDescriptor: Int32 = 3
    /// The descriptor of the report pipe to the parent.
    public static let reportDescriptor: Int32 = 4

    let configuration: ServerConfiguration
    let logger: Logger

    /// A worker for `configuration` (host and port are the parent's; the socket is inherited).
    public init(configuration: ServerConfiguration) {
        self.configuration = configuration
        var logger = Logger(label: "kamerzoek-worker-\(getpid())")
        logger.logLevel = .info
        self.logger = logger
    }

    /// Serves until SIGTERM, or until the parent is gone.
    public func runUntilTerminated() async throws {
        let group = ServiceGroup(configuration: .init(
            services: [self], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    public func run() async throws {
        let database = try LetterDatabase(path: configuration.indexPath, readOnly: true)
        let metricsSource = MetricsExchange.name(parent: getppid())
        let router = buildRouter(
            database: database, token: configuration.token, requestTimeout: configuration.requestTimeout,
            cachedResponses: configuration.cachedResponses, prepare: true,
            observer: RequestReport(descriptor: Self.reportDescriptor),
            metrics: { MetricsExchange.fetch(name: metricsSource) })
        let responder = router.buildResponder()
        let logger = logger
        let channelSetup = HTTP1Channel(
            responder: { request, responseWriter, channel in
                let context = KamerzoekRequestContext(source: .init(channel: channel, logger: logger))
                var response: Response
                do {
                    response = try await responder.respond(to: request, context: context)
                } catch {
                    response = Response(status: .internalServerError)
                }
                response.headers[.server] = "kamerzoek"
                try await responseWriter.write(response: response.head, body: response.body)
            },
            configuration: .init(idleTimeout: TimeAmount(configuration.idleTimeout)))
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .childChannelOption(ChannelOptions.allowRemoteHalfClosure, value: true)
            .bind(Self.socketDescriptor) { channel in channelSetup.setup(channel: channel, logger: logger) }
        let parent = getppid()
        try await withGracefulShutdownHandler {
            try await withThrowingDiscardingTaskGroup { group in
                group.addTask {
                    // An orphaned worker ends: the parent restarts workers and owns the port.
                    while !Task.isCancelled, getppid() == parent {
                        try? await Task.sleep(for: .milliseconds(500))
                    }
                    if getppid() != parent { server.channel.close(promise: nil) }
                }
                try await server.executeThenClose { inbound in
                    for try await child in inbound {
                        group.addTask { await channelSetup.handle(value: child, logger: logger) }
                    }
                }
                group.cancelAll()
            }
        } onGracefulShutdown: {
            server.channel.close(promise: nil)
        }
    }
}

extension TimeAmount {
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
