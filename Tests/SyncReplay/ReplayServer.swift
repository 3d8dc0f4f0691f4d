import Foundation
import Hummingbird
import Logging
import Synchronization

/// A local SyncFeed replaying a ``FeedRecording`` on loopback, with scripted faults, and a log
/// of every request it answered.
///
/// ```swift
/// let server = try await ReplayServer.start(recording)
/// defer { server.stop() }
/// // kamerzoek sync --from \(server.base)
/// ```
public final class ReplayServer: Sendable {
    /// What to do to one request instead of answering it normally.
    public enum Fault: Sendable {
        /// Answer with this status (and `Retry-After` for 429).
        case status(Int)
        /// Wait this long before answering (past the client's time limit).
        case stall(Duration)
        /// Send only the first half of the file.
        case truncated
    }

    private struct State {
        var recording: FeedRecording
        var faults: [String: [Fault]] = [:]
        var log: [String] = []
    }

    private let state: Mutex<State>
    private let task: Mutex<Task<Void, any Error>?> = Mutex(nil)
    private let portStorage = Mutex(0)
    /// The port it listens on.
    public var port: Int { portStorage.withLock { $0 } }

    private init(recording: FeedRecording) {
        state = Mutex(State(recording: recording))
    }

    /// The feed's base address: `http://127.0.0.1:PORT/SyncFeed/2.0`.
    public var base: String { "http://127.0.0.1:\(port)/SyncFeed/2.0" }

    /// Starts a server for `recording` on a free loopback port.
    public static func start(_ recording: FeedRecording) async throws -> ReplayServer {
        let server = ReplayServer(recording: recording)
        let router = Router()
        router.get("SyncFeed/2.0/Feed") { request, _ in try await server.feed(request) }
        router.get("SyncFeed/2.0/Resources/:guid") { request, context in
            try await server.resource(context.parameters.get("guid") ?? "")
        }
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) },
            logger: { var logger = Logger(label: "replay"); logger.logLevel = .critical; return logger }())
        server.task.withLock { $0 = Task { try await app.runService(gracefulShutdownSignals: []) } }
        var iterator = stream.makeAsyncIterator()
        let port = await iterator.next() ?? 0
        server.portStorage.withLock { $0 = port }
        return server
    }

    /// Stops the server.
    public func stop() {
        task.withLock { $0?.cancel() }
    }

    /// Every request answered, as `feed Document 80` or `file GUID`, in order.
    public var log: [String] { state.withLock { $0.log } }

    /// Forgets the log.
    public func clearLog() {
        state.withLock { $0.log = [] }
    }

    /// Faults for the next requests of `key` (`feed Document 80`, `file GUID`), one per request.
    public func inject(_ faults: [Fault], for key: String) {
        state.withLock { $0.faults[key, default: []] += faults }
    }

    /// Changes the recording (adds entries).
    public func update(_ change: (inout FeedRecording) -> Void) {
        state.withLock { change(&$0.recording) }
    }

    /// The recording as served now.
    public var recording: FeedRecording { state.withLock { $0.recording } }

    private func takeFault(_ key: String) -> Fault? {
        state.withLock { state in
            state.log.append(key)
            guard var queue = state.faults[key], !queue.isEmpty else { return nil }
            let fault = queue.removeFirst()
            state.faults[key] = queue
            return fault
        }
    }

    private func feed(_ request: Request) async throws -> Response {
        let category = request.uri.queryParameters.get("category") ?? ""
        let skiptoken = request.uri.queryParameters.get("skiptoken").flatMap { Int($0) } ?? 0
        guard category == "Document" || category == "Kamerstukdossier" else { return Response(status: .badRequest) }
        let key = "feed \(category) \(skiptoken)"
        var body = ByteBuffer(string: FeedPages.page(of: recording, category: category, after: skiptoken, base: base))
        if let fault = takeFault(key) {
            if let response = try await apply(fault, to: &body) { return response }
        }
        return Response(
            status: .ok, headers: [.contentType: "application/atom+xml; charset=utf-8"], body: .init(byteBuffer: body))
    }

    private func resource(_ guid: String) async throws -> Response {
        let key = "file \(guid)"
        guard let document = recording.documents[guid] else {
            _ = takeFault(key)
            return Response(status: .notFound)
        }
        var body = ByteBuffer(bytes: document.file)
        if let fault = takeFault(key) {
            if let response = try await apply(fault, to: &body) { return response }
        }
        return Response(status: .ok, headers: [.contentType: document.declaredType], body: .init(byteBuffer: body))
    }

    /// A response that replaces the normal one, or nil after changing `body` or waiting.
    private func apply(_ fault: Fault, to body: inout ByteBuffer) async throws -> Response? {
        switch fault {
        case .status(let code):
            var headers: HTTPFields = [:]
            if code == 429 { headers[.retryAfter] = "0" }
            return Response(status: .init(code: code), headers: headers)
        case .stall(let duration):
            try await Task.sleep(for: duration)
            return nil
        case .truncated:
            body = body.getSlice(at: 0, length: body.readableBytes / 2) ?? body
            return nil
        }
    }
}
