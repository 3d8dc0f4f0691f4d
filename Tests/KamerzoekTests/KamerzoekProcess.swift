import Foundation
import TestSupport

/// The built `kamerzoek` binary, run as a separate process.
///
/// Looked for beside the test bundle first (the build the tests come from), then in the package's
/// `.build` folders.
enum KamerzoekProcess {
    static let binary: URL? = {
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL {
            var folder = executable.deletingLastPathComponent()
            // Inside an .xctest bundle on macOS the binary is three folders up.
            for _ in 0..<4 {
                candidates.append(folder.appendingPathComponent("kamerzoek"))
                folder = folder.deletingLastPathComponent()
            }
        }
        for build in [".build", ".build-ingest"] {
            for configuration in ["debug", "release"] {
                candidates.append(TemporaryCorpus.packageRoot.appendingPathComponent(build)
                    .appendingPathComponent(configuration).appendingPathComponent("kamerzoek"))
            }
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs to the end, with `input` on standard input; returns the exit status and both outputs.
    static func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = try start(arguments, input: input.map { _ in Pipe() })
        if let input, let stdin = process.standardInput as? Pipe {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        let stdout = (process.standardOutput as! Pipe).fileHandleForReading.readDataToEndOfFile()
        let stderr = (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    /// Starts the binary with its output going to pipes (read them, or they fill).
    static func start(_ arguments: [String], quiet: Bool = false, input: Pipe? = nil) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if quiet {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        } else {
            process.standardOutput = Pipe()
            process.standardError = Pipe()
        }
        process.standardInput = input ?? FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Letters for the process tests: the bundled sample corpus, plus moties of the shared corpus
    /// when it is there, up to `count` files.
    static func copyLetters(into corpus: TemporaryCorpus, count: Int) throws -> [String] {
        var sources: [(URL, String)] = []
        for root in [TemporaryCorpus.sample, TemporaryCorpus.shared].map({ $0.resolvingSymlinksInPath() }) {
            guard let names = try? FileManager.default.subpathsOfDirectory(atPath: root.path) else { continue }
            for name in names.sorted() where name.hasSuffix(".txt") && !name.contains("raw-samples") {
                sources.append((root.appendingPathComponent(name), name))
            }
        }
        var copied: [String] = []
        for (url, name) in sources where copied.count < count {
            guard !copied.contains(name) else { continue }
            let target = corpus.corpus.appendingPathComponent(name)
            guard !FileManager.default.fileExists(atPath: target.path) else { continue }
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: url, to: target)
            copied.append(name)
        }
        return copied
    }
}
