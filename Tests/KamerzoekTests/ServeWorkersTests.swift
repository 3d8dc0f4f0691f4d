import Foundation
import Testing
import TestSupport

/// `kamerzoek serve --workers N`: a worker that dies costs only the requests it held, and a
/// replacement answers within a second; hostile queries never end a process or get a 5xx.
@Suite(.serialized, .tags(.slow)) struct ServeWorkersTests {
    static let corpus: TemporaryCorpus = {
        let corpus = try! TemporaryCorpus()
        try! corpus.copySample(sampleFiles)
        _ = try! KamerzoekProcess.copyLetters(into: corpus, count: 300)
        try! corpus.ingest()
        return corpus
    }()

    static let words = ["asiel", "herplaatsing", "Griekenland", "regering", "stikstof", "motie", "Kamer", "minister"]

    /// A percent-encoded query-string value.
    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    @Test(.enabled(if: KamerzoekProcess.binary != nil), .timeLimit(.minutes(3)))
    func aKilledWorkerCostsOnlyItsConnectionsAndIsReplaced() throws {
        let server = try #require(try ServedProcess.start(index: Self.corpus.indexPath, extra: ["--workers", "2", "--cache", "0"]))
        defer { server.stop() }
        let workersBefore = server.workers
        try #require(workersBefore.count == 2)
        let port = server.port

        let failures = Counter()
        let answered = Counter()
        let stopAt = Date().addingTimeInterval(6)
        let group = DispatchGroup()
        for connection in 0..<16 {
            group.enter()
            Thread.detachNewThread {
                var index = connection
                while Date() < stopAt {
                    let word = Self.words[index % Self.words.count]
                    index += 16
                    let response = LoopbackHTTP.get(port: port, target: "/search?q=\(word)&limit=5&offset=\(index % 20)")
                    if response?.status == 200 { answered.add() } else { failures.add() }
                }
                group.leave()
            }
        }
        Thread.sleep(forTimeInterval: 2)
        let victim = workersBefore[0]
        let killedAt = Date()
        kill(victim, SIGKILL)

        // A replacement starts and answers requests soon after the kill.
        var replacementAnsweredAfter: TimeInterval?
        while replacementAnsweredAfter == nil, Date().timeIntervalSince(killedAt) < 6 {
            let log = server.logText
            if let replacement = server.workers.first(where: { !workersBefore.contains($0) }),
                log.contains("kamerzoek-worker-\(replacement):")
            {
                replacementAnsweredAfter = Date().timeIntervalSince(killedAt)
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        group.wait()

        let log = server.logText
        let line = try #require(log.split(separator: "\n").first { $0.contains("(pid \(victim)) was killed by signal 9") })
        let openConnections = Int(line.components(separatedBy: " with ").last?.split(separator: " ").first ?? "") ?? -1
        #expect(answered.value > 100)
        #expect(failures.value <= openConnections, "\(failures.value) failed requests; the worker held \(openConnections): \(line)")
        let after = try #require(replacementAnsweredAfter, "no replacement answered within 6 s:\n\(log.suffix(2_000))")
        // The time is printed below; the bound leaves room for a machine busy with other work
        // (a worker builds the search's tables before it accepts: about a second on this sample
        // beside two builds), as this test is about the replacement, not a timing.
        #expect(after <= 5, "the replacement answered \(after) s after the kill")
        #expect(server.workers.count == 2)
        print("killed worker held \(openConnections) connection(s); \(failures.value) of \(answered.value + failures.value) requests failed; replacement answered after \(String(format: "%.3f", after)) s")
    }

    /// Character-level noise, word mixes with filters, prefixes, Unicode and control characters.
    static func hostileQuery(_ generator: inout SplitMix) -> String {
        let noise = Array("\"()*-+:^.,;?!<>{}[]#'|&/\\ ONARIETDFSxyz")
        switch generator.next() % 4 {
        case 0:
            return String((0..<Int(generator.next() % 12)).map { _ in noise[Int(generator.next() % UInt64(noise.count))] })
        case 1:
            let pieces = Self.words + ["land:GR", "soort:motie", "van:2020", "tot:abc", "minister:\"van weel\"", "dossier:32317",
                                       "titel:", "herplaats*", "NEAR(", "OR", "NIET", "-", "\"", "(", ")", "persoon:", "organisatie:"]
            return (0..<Int(1 + generator.next() % 6)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
                .joined(separator: " ")
        case 2:
            let count = Int(generator.next() % 16)
            return String(String.UnicodeScalarView((0..<count).compactMap { _ in Unicode.Scalar(UInt32(generator.next() % 0x3000)) }))
        default:
            let specials = ["\u{0}", "\u{7}", "\u{202E}", "🙂", "é", "ï", "Москва", "\u{FFFD}", "\t", "\n", "%", "_"]
            return Self.words[Int(generator.next() % 8)] + specials[Int(generator.next() % UInt64(specials.count))]
                + Self.words[Int(generator.next() % 8)]
        }
    }

    @Test(.enabled(if: KamerzoekProcess.binary != nil), .timeLimit(.minutes(8)))
    func twentyThousandHostileQueriesNeitherEndAProcessNorGetA5xx() throws {
        let server = try #require(try ServedProcess.start(index: Self.corpus.indexPath, extra: ["--workers", "2", "--cache", "0"]))
        defer { server.stop() }
        let workersBefore = Set(server.workers)
        let port = server.port
        let offsets = ["0", "-1", "9990", "10000", "10001", "99999999999999999999", "abc", "", "3"]
        let limits = ["1", "0", "100", "101", "-5", "x", "", "10"]
        let sorts = ["relevance", "date", "", "DATE", "💥"]
        let routes = ["/search", "/", "/search.csv", "/search.ndjson", "/search.atom", "/search"]
        let serverErrors = Counter()
        let unanswered = Counter()
        let samples = Samples()
        let group = DispatchGroup()
        for connection in 0..<8 {
            group.enter()
            Thread.detachNewThread {
                var generator = SplitMix(state: 20_261_207 &+ UInt64(connection))
                for _ in 0..<2_500 {
                    let query = Self.hostileQuery(&generator)
                    let route = routes[Int(generator.next() % UInt64(routes.count))]
                    var target = "\(route)?q=\(Self.encoded(query))"
                    if generator.next() % 2 == 0 { target += "&offset=\(Self.encoded(offsets[Int(generator.next() % 9)]))" }
                    if generator.next() % 2 == 0 { target += "&limit=\(Self.encoded(limits[Int(generator.next() % 8)]))" }
                    if generator.next() % 3 == 0 { target += "&sort=\(Self.encoded(sorts[Int(generator.next() % 5)]))" }
                    guard let response = LoopbackHTTP.get(port: port, target: target) else {
                        unanswered.add()
                        samples.add("no answer: \(target)")
                        continue
                    }
                    if response.status >= 500 {
                        serverErrors.add()
                        samples.add("\(response.status): \(target)")
                    }
                }
                group.leave()
            }
        }
        group.wait()
        #expect(serverErrors.value == 0, "\(samples.values.prefix(5))")
        #expect(unanswered.value == 0, "\(samples.values.prefix(5))")
        #expect(server.process.isRunning)
        #expect(Set(server.workers) == workersBefore, "a worker ended:\n\(server.logText.suffix(2_000))")
        #expect(!server.logText.contains("was killed by signal") && !server.logText.contains("exited with status"))
    }
}

/// A thread-safe count.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}

/// A few examples kept for a failure message.
final class Samples: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [String] = []
    func add(_ text: String) { lock.withLock { if kept.count < 20 { kept.append(text) } } }
    var values: [String] { lock.withLock { kept } }
}
