import Dispatch
import Foundation
import HTTPTypes
import Hummingbird
import LetterIndex
import LetterServer
import Logging
import NIOCore
import NIOEmbedded

/// The server's router over the sample index, answering requests in memory (no socket), one at a
/// time, from synchronous code such as a libFuzzer callback.
public final class RouterProbe: Sendable {
    /// A probe over the sample index, built on first use.
    public static let sample = RouterProbe(indexPath: SampleIndex.path)

    private let responder: RouterResponder<KamerzoekRequestContext>
    private let logger: Logger

    /// A probe over the index at `indexPath` (opened read-only), with no response cache.
    public init(indexPath: String) {
        do {
            let database = try LetterDatabase(path: indexPath, readOnly: true)
            responder = buildRouter(database: database, cachedResponses: 0).buildResponder()
        } catch {
            fatalError("cannot open \(indexPath) for fuzzing: \(error)")
        }
        var logger = Logger(label: "kamerzoek-fuzz")
        logger.logLevel = .critical
        self.logger = logger
    }

    /// The answer to `GET target` (a path with its query string): status and body.
    ///
    /// Blocks the calling thread while the router's tasks run on Swift's cooperative pool: call
    /// it from a thread of its own (libFuzzer's, or one a test starts), never from that pool.
    public func get(_ target: String) -> (status: Int, body: [UInt8]) {
        let outcome = OutcomeBox()
        let semaphore = DispatchSemaphore(value: 0)
        let responder = responder
        let logger = logger
        Task {
            let request = Request(
                head: HTTPRequest(method: .get, scheme: "http", authority: "localhost", path: target),
                body: RequestBody(buffer: ByteBuffer()))
            let context = KamerzoekRequestContext(
                source: ApplicationRequestContextSource(channel: EmbeddedChannel(), logger: logger))
            var status = 500
            var writer = CollectingBodyWriter()
            do {
                let response = try await responder.respond(to: request, context: context)
                status = response.status.code
                try await response.body.write(writer)
                writer = CollectingBodyWriter(box: writer.box)
            } catch let error as HTTPResponseError {
                status = error.status.code
            } catch {
                status = 500
            }
            outcome.set(status: status, body: writer.box.bytes)
            semaphore.signal()
        }
        semaphore.wait()
        return outcome.value
    }

    /// Checks the answer to `GET target`: never a 5xx other than a `503` past the deadline.
    public func check(_ target: String) {
        let (status, body) = get(target)
        require(status < 500 || status == 503,
                "GET \(target) answered \(status): \(String(decoding: body.prefix(300), as: UTF8.self))")
    }
}

/// The body a response writes, kept in memory.
private struct CollectingBodyWriter: ResponseBodyWriter {
    final class Box: @unchecked Sendable {
        private let lock = NSLock()
        private var collected: [UInt8] = []
        var bytes: [UInt8] { lock.withLock { collected } }
        func append(_ buffer: ByteBuffer) { lock.withLock { collected += buffer.readableBytesView } }
    }
    var box = Box()

    mutating func write(_ buffer: ByteBuffer) async throws { box.append(buffer) }
    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}

/// What a request's task hands back to the waiting thread.
private final class OutcomeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var status = 0
    private var body: [UInt8] = []

    func set(status: Int, body: [UInt8]) {
        lock.withLock {
            self.status = status
            self.body = body
        }
    }

    var value: (status: Int, body: [UInt8]) { lock.withLock { (status, body) } }
}
