import ArgumentParser
import Foundation
import Hummingbird
import LetterIndex
import LetterServer

/// `kamerzoek serve`: the HTTP server.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve search over HTTP (JSON API) from a read-only index.")

    @OptionGroup var index: IndexOptions

    @Option(help: "Address to bind.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(help: "Require Authorization: Bearer TOKEN (default: $KAMERZOEK_TOKEN).")
    var token: String?

    @Option(help: "Search responses kept in memory until the next ingest (0: none).")
    var cache = 512

    @Option(help: "Worker processes sharing the port under a supervising parent that restarts any that dies (0: one process, no parent; default: the number of cores).")
    var workers = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard cache >= 0 else { throw ValidationError("--cache must be 0 or more") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard (0...256).contains(workers) else { throw ValidationError("--workers must be from 0 to 256") }
    }

    func run() async throws {
        var configuration = ServerConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.indexPath = index.path
        configuration.cachedResponses = cache
        configuration.token = token ?? ProcessInfo.processInfo.environment["KAMERZOEK_TOKEN"]
        if ProcessInfo.processInfo.environment["KAMERZOEK_WORKER"] == "1" {
            // A worker started by the parent below: the socket and report pipe are inherited.
            do {
                try await WorkerServer(configuration: configuration).runUntilTerminated()
                return
            } catch {
                throw CommandFailure(description: "worker \(getpid()) failed: \(error)")
            }
        }
        if workers > 0 {
            try superviseWorkers()
            return
        }
        do {
            let app = try buildApplication(configuration)
            printError("starting the server for \(index.path) on http://\(host):\(port)")
            try await app.runService()
        } catch let error as IndexError {
            throw CommandFailure(description: error.description)
        } catch {
            throw CommandFailure(description: "cannot serve on \(host):\(port): \(error)")
        }
    }

    /// Opens the port, then runs `workers` worker processes on it until SIGTERM.
    private func superviseWorkers() throws {
        do {
            // Checked here, so that a missing index is one clear error instead of workers failing in turn.
            _ = try LetterDatabase(path: index.path, readOnly: true)
            let listener = try ListeningSocket.open(host: host, port: port)
            let bound = ListeningSocket.port(of: listener) ?? port
            printError("starting the server for \(index.path) on http://\(host):\(bound) with \(workers) worker(s)")
            let supervisor = WorkerSupervisor(
                count: workers, arguments: Array(CommandLine.arguments.dropFirst()), listener: listener,
                log: { printError("kamerzoek: \($0)") })
            try supervisor.run()
        } catch let error as IndexError {
            throw CommandFailure(description: error.description)
        } catch {
            throw CommandFailure(description: "cannot serve on \(host):\(port): \(error)")
        }
    }
}
