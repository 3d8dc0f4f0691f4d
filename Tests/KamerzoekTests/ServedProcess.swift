import Foundation
import TestSupport

/// `kamerzoek serve` started by a test on a free loopback port, its standard error kept in a file.
final class ServedProcess {
    let process: Process
    let port: Int
    let log: URL

    /// Starts `serve` over `index` with `extra` arguments on `port` (a free one when nil); nil
    /// when it did not answer `/health`.
    static func start(index: String, extra: [String], port fixedPort: Int? = nil) throws -> ServedProcess? {
        for _ in 0..<5 {
            let port = fixedPort ?? Int.random(in: 20_000..<60_000)
            let log = FileManager.default.temporaryDirectory.appendingPathComponent("kamerzoek-serve-\(UUID().uuidString).log")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            let process = Process()
            process.executableURL = KamerzoekProcess.binary
            process.arguments = ["serve", "--index", index, "--port", "\(port)"] + extra
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: log)
            process.standardInput = FileHandle.nullDevice
            try process.run()
            for _ in 0..<150 where process.isRunning {
                if LoopbackHTTP.get(port: port, target: "/health", timeoutSeconds: 5)?.status == 200 {
                    return ServedProcess(process: process, port: port, log: log)
                }
                Thread.sleep(forTimeInterval: 0.1)
            }
            process.terminate()
            process.waitUntilExit()
        }
        return nil
    }

    private init(process: Process, port: Int, log: URL) {
        self.process = process
        self.port = port
        self.log = log
    }

    /// What the server wrote to standard error so far.
    var logText: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// The worker processes: live children of the server process (from `/proc/*/stat`).
    var workers: [Int32] {
        let parent = process.processIdentifier
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap { Int32($0) }.filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let close = stat.range(of: ") ", options: .backwards)
            else { return false }
            // After the command name: state, then the parent's pid.
            let fields = stat[close.upperBound...].split(separator: " ")
            return fields.count > 1 && fields[0] != "Z" && Int32(fields[1]) == parent
        }.sorted()
    }

    /// Ends the server (SIGTERM: the workers end gracefully first).
    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: log)
    }
}
