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
        // The server returns when its socket closes (shutdown, or an orphaned worker): that is success.
        let service = ServiceGroupConfiguration.ServiceConfiguration(
            service: self, successTerminationBehavior: .gracefullyShutdownGroup)
        let group = ServiceGroup(configuration: .init(
            services: [service], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    public func run() async throws {
        let database = try LetterDatabase(path: configuration.indexPath, readOnly: true)
        let metricsSource = MetricsExchange.name(parent: getppid())
        let report = RequestReport(descriptor: Self.reportDescriptor)
        let router = buildRouter(
            database: database, token: configuration.token, requestTimeout: configuration.requestTimeout,
            cachedResponses: configuration.cachedResponses, prepare: true,
            observer: report,
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
        let acceptor = ConnectionAcceptor(socket: Self.socketDescriptor)
        Self.endWhenOrphaned()
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                for await socket in acceptor.connections {
                    let connection = report.connectionOpened()
                    group.addTask {
                        defer { report.connectionClosed(connection) }
                        do {
                            let bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                                .channelOption(ChannelOptions.allowRemoteHalfClosure, value: true)
                            let value = try await bootstrap.withConnectedSocket(socket) { channel in
                                channelSetup.setup(channel: channel, logger: logger)
                            }
                            await channelSetup.handle(value: value, logger: logger)
                        } catch {
                            logger.debug("connection not set up: \(error)")
                        }
                    }
                }
            }
        } onGracefulShutdown: {
            acceptor.stop()
        }
    }

    /// Ends the process when its parent is gone: the parent owns the port and restarts workers,
    /// so an orphaned worker would only hold requests nobody supervises.
    static func endWhenOrphaned() {
        let parent = getppid()
        Thread.detachNewThread {
            while getppid() == parent { usleep(250_000) }
            exit(0)
        }
    }
}

/// Accepts connections on the inherited listening socket with a blocking `accept` on a thread of
/// its own. The kernel wakes one blocked acceptor per connection, so workers sharing the socket
/// never race for one (NIO's own accept loop expects every wake-up to yield a connection, and its
/// debug builds stop on that assertion when another process took it first).
final class ConnectionAcceptor: Sendable {
    let connections: AsyncStream<Int32>
    private let continuation: AsyncStream<Int32>.Continuation

    /// Starts accepting on `socket` (made blocking: every worker shares its file description).
    init(socket: Int32) {
        (connections, continuation) = AsyncStream.makeStream(of: Int32.self)
        let flags = fcntl(socket, F_GETFL)
        if flags >= 0 { _ = fcntl(socket, F_SETFL, flags & ~O_NONBLOCK) }
        let continuation = continuation
        Thread.detachNewThread {
            while true {
                let client = accept(socket, nil, nil)
                if client < 0 {
                    if errno == EBADF || errno == EINVAL || errno == ENOTSOCK { continuation.finish(); return }
                    usleep(errno == EINTR || errno == ECONNABORTED ? 0 : 10_000)
                    continue
                }
                _ = fcntl(client, F_SETFD, FD_CLOEXEC)
                let clientFlags = fcntl(client, F_GETFL)
                _ = fcntl(client, F_SETFL, clientFlags | O_NONBLOCK)
                if case .terminated = continuation.yield(client) {
                    close(client)
                    return
                }
            }
        }
    }

    /// Stops handing out connections (a connection accepted after this is closed).
    func stop() {
        continuation.finish()
    }
}
