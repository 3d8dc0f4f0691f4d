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

    func validate() throws {
        guard cache >= 0 else { throw ValidationError("--cache must be 0 or more") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
    }

    func run() async throws {
        var configuration = ServerConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.indexPath = index.path
        configuration.cachedResponses = cache
        configuration.token = token ?? ProcessInfo.processInfo.environment["KAMERZOEK_TOKEN"]
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
}
