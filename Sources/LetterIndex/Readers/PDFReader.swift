import Foundation

/// Reads PDF letters through poppler's `pdftotext` (Debian's `poppler-utils`), in reading order
/// (not `-layout`, which keeps columns apart with spaces and breaks sentences).
///
/// Without `pdftotext` every PDF is skipped with code `no-pdftotext`; a PDF that `pdftotext`
/// refuses (damaged, encrypted) with `bad-pdf`; one without a text layer (a scan) with `empty`.
///
/// ```swift
/// let reader = PDFReader()             // finds pdftotext on PATH
/// let document = try reader.read(data, url: url)
/// ```
public struct PDFReader: LetterReader {
    public let format = "pdf"
    /// The `pdftotext` program, or nil when it is not installed.
    public let executable: URL?
    /// How long one file may take before `pdftotext` is stopped.
    public var timeoutSeconds: Double = 60

    /// A reader using `executable`; by default `pdftotext` as found on `PATH`.
    public init(executable: URL? = PDFReader.locatePDFToText()) {
        self.executable = executable
    }

    /// `pdftotext` on `PATH` (or in `/usr/bin`, `/usr/local/bin`, `/opt/homebrew/bin`).
    public static func locatePDFToText() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        for folder in folders where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent("pdftotext")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    public func read(_ data: Data, url: URL) throws(SkipReason) -> LetterDocument {
        guard let executable else {
            throw SkipReason(code: "no-pdftotext", message: "PDF not read: pdftotext (Debian package poppler-utils) is not installed")
        }
        // pdftotext reads the file at `url` when it holds these bytes; otherwise (bytes from
        // elsewhere) a temporary copy.
        var source = url
        var temporary: URL?
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
        if size != data.count {
            let copy = FileManager.default.temporaryDirectory.appendingPathComponent("kamerzoek-\(UUID().uuidString).pdf")
            do {
                try data.write(to: copy)
            } catch {
                throw SkipReason(code: "unreadable", message: "cannot write a temporary copy for pdftotext: \(error.localizedDescription)")
            }
            source = copy
            temporary = copy
        }
        defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }
        let output = try run(executable, on: source)
        // Page breaks become paragraph breaks; the normalizer sees them as blank lines.
        let text = output.replacingOccurrences(of: "\u{0C}", with: "\n\n")
        return try LetterDocument(text: text, format: format)
            .requiringText(emptyMessage: "no text in the PDF (a scan without a text layer?)")
    }

    /// A serial queue (served by its own thread when the pool is busy) for the timeouts.
    private static let timeouts = DispatchQueue(label: "kamerzoek.pdftotext.timeouts")

    private func run(_ executable: URL, on url: URL) throws(SkipReason) -> String {
        let process = Process()
        process.executableURL = executable
        // -q: no messages, so stderr cannot fill up and stall the program; the exit status says why.
        process.arguments = ["-enc", "UTF-8", "-eol", "unix", "-q", url.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw SkipReason(code: "no-pdftotext", message: "PDF not read: cannot run \(executable.path): \(error.localizedDescription)")
        }
        let stopped = StopFlag()
        let timer = DispatchWorkItem { [process] in
            if process.isRunning {
                stopped.set()
                process.terminate()
            }
        }
        Self.timeouts.asyncAfter(deadline: .now() + timeoutSeconds, execute: timer)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        if stopped.isSet {
            throw SkipReason(code: "bad-pdf", message: "pdftotext took longer than \(Int(timeoutSeconds)) s")
        }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let why: String
            switch (process.terminationReason, process.terminationStatus) {
            case (.exit, 1): why = "cannot open it (damaged, encrypted or not a PDF)"
            case (.exit, 3): why = "the PDF does not permit copying its text"
            case (.exit, let status): why = "exit status \(status)"
            case (_, let signal): why = "stopped by signal \(signal)"
            }
            throw SkipReason(code: "bad-pdf", message: "pdftotext could not read the PDF: \(why)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    private final class StopFlag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.withLock { value = true } }
        var isSet: Bool { lock.withLock { value } }
    }
}
