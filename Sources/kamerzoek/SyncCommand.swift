import ArgumentParser
import Foundation
import LetterIndex
import LetterSync

/// `kamerzoek sync`: follow the Tweede Kamer's open data feed into the index.
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Fetch new, changed and deleted documents from the Tweede Kamer's SyncFeed and index them.",
        discussion: """
            Files go to the corpus folder's tk/ (named by document number, with the feed's title, date, \
            dossier and kind in tk/metadata.jsonl), and the folder is ingested as `kamerzoek ingest` does. \
            The feed position is saved in the index: a sync stopped at any moment goes on where it stopped \
            and fetches nothing it already has. Exit status 1 when the service cannot be reached or the \
            feed fails after its retries (what was fetched before is kept and indexed).
            """)

    @Option(help: "The SyncFeed's base address.")
    var from = SyncOptions.defaultBase

    @OptionGroup var index: IndexOptions

    @Option(help: "The corpus folder the index follows; files go to its tk/ folder (default: the index's folder, or INDEX.letters beside a new index).")
    var corpus: String?

    @Option(help: "The kinds to fetch, comma-separated: brief, motie, vragen, antwoord.")
    var kinds = "brief,motie,vragen,antwoord"

    @Option(help: "Pass over documents dated before this day (yyyy-mm-dd).")
    var since: String?

    @Option(help: "Keep syncing, waiting this long between runs (e.g. 15m, 1h, 90s).")
    var every: String?

    @Option(help: "Requests per second, at most.")
    var rate = 4.0

    @Option(help: "Tries per request before giving up (network errors, timeouts, 429, 5xx, short files).")
    var attempts = 5

    @Option(help: "Seconds before the second try; doubles with each try.")
    var retryDelay = 2.0

    @Option(help: "Seconds one request may take.")
    var timeout = 60.0

    @Flag(help: "Print the summary as JSON.")
    var json = false

    func validate() throws {
        _ = try SyncKind.parse(list: kinds)
        if let since, !SyncOptions.isDay(since) { throw ValidationError("--since \(since.debugDescription): use yyyy-mm-dd") }
        if let every, Self.duration(every) == nil {
            throw ValidationError("--every \(every.debugDescription): use a number with s, m or h (15m, 1h, 90s)")
        }
        guard rate > 0, rate.isFinite else { throw ValidationError("--rate must be positive") }
        guard (1...20).contains(attempts) else { throw ValidationError("--attempts must be 1 to 20") }
        guard retryDelay >= 0, retryDelay.isFinite, retryDelay <= 3600 else { throw ValidationError("--retry-delay must be 0 to 3600") }
        guard timeout > 0, timeout.isFinite, timeout <= 3600 else { throw ValidationError("--timeout must be 0 to 3600") }
        guard URL(string: from)?.scheme.map({ $0 == "http" || $0 == "https" }) == true else {
            throw ValidationError("--from \(from.debugDescription) is not an http(s) address")
        }
    }

    func run() async throws {
        let database: LetterDatabase
        do {
            database = try LetterDatabase(path: index.path)
        } catch {
            throw CommandFailure(description: "cannot open the index \(index.path): \(error)")
        }
        var options = SyncOptions(corpus: try corpusFolder(for: database))
        options.base = from.hasSuffix("/") ? String(from.dropLast()) : from
        options.kinds = try SyncKind.parse(list: kinds)
        options.since = since
        options.requestsPerSecond = rate
        options.attempts = attempts
        options.retryDelay = .milliseconds(Int(retryDelay * 1000))
        options.timeout = .milliseconds(Int(timeout * 1000))
        let follower = FeedFollower(database: database, options: options)
        guard let every, let pause = Self.duration(every) else {
            if try await once(follower) { throw ExitCode(1) }
            return
        }
        // Keep going through failures (the service down for a night): each is reported, and the
        // next run goes on from where the last one stopped.
        while true {
            do {
                _ = try await once(follower)
            } catch let failure as CommandFailure {
                printError("sync failed: \(failure.description); next try in \(every)")
            }
            try await Task.sleep(for: pause)
        }
    }

    /// One sync with its progress line and summary; whether it stopped early.
    private func once(_ follower: FeedFollower) async throws -> Bool {
        let bar = ProgressBar(enabled: !json && isTerminal(STDERR_FILENO))
        let summary: SyncSummary
        do {
            summary = try await follower.run { progress in
                bar.status("\(progress.category): \(progress.pages) pages, \(progress.entries) entries, \(progress.filesFetched) files")
            }
        } catch let error as FeedFetchError where error.unreachable {
            bar.finish()
            throw CommandFailure(description: "cannot reach the SyncFeed at \(from): \(error.reason)")
        } catch let error as SyncOptionError {
            bar.finish()
            throw CommandFailure(description: error.description)
        } catch let error as FeedFetchError {
            bar.finish()
            throw CommandFailure(description: "the SyncFeed failed: \(error)")
        }
        bar.finish()
        if json {
            print(try JSONOutput.string(summary))
        } else {
            for skipped in summary.skipped {
                printError("skipped \(skipped.number) (\(skipped.id)): \(skipped.reason)\(skipped.retried ? "; tried again next sync" : "")")
            }
            for problem in summary.problems { printError("feed: \(problem)") }
            print(summary.line)
            if let ingest = summary.ingest { print("index: \(ingest.line)") }
        }
        if let stopped = summary.stopped { printError("sync stopped: \(stopped)") }
        return summary.stopped != nil
    }

    /// `--corpus`, else the folder the index follows, else `INDEX.letters` beside the index.
    private func corpusFolder(for database: LetterDatabase) throws -> URL {
        if let corpus, !corpus.isEmpty { return URL(fileURLWithPath: corpus, isDirectory: true) }
        if let root = try database.corpusRoot() { return URL(fileURLWithPath: root, isDirectory: true) }
        let indexURL = URL(fileURLWithPath: index.path)
        return indexURL.deletingPathExtension().appendingPathExtension("letters")
    }

    /// `15m`, `1h`, `90s`, `90` (seconds), at least one second and at most a week.
    static func duration(_ text: String) -> Duration? {
        var digits = Substring(text)
        var unit = 1
        switch text.last {
        case "s": digits = digits.dropLast()
        case "m": digits = digits.dropLast(); unit = 60
        case "h": digits = digits.dropLast(); unit = 3600
        default: break
        }
        guard let value = Int(digits), value > 0, value <= 7 * 86_400 / unit else { return nil }
        return .seconds(value * unit)
    }
}
