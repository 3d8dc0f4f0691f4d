import Foundation
import GRDB
import LetterIndex
import Testing
import TestSupport

/// `kill -9` at random moments of real ingests: the index must open and pass SQLite's and FTS5's
/// integrity checks after every kill, and a last ingest must reach exactly the state of a clean one.
@Suite(.serialized, .tags(.slow)) struct CrashSafetyTests {
    /// Everything an ingest decides, as sorted lines: letters, mentions, entities (not rowids).
    static func snapshot(_ path: String) throws -> [String: [String]] {
        let queue = try DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        return try queue.read { db in
            let letters = try Row.fetchAll(db, sql: """
                SELECT id, path, format, sha256, kind, title, date, text,
                       furniture, source_url, bytes FROM letter ORDER BY id
                """).map { row in
                (row.columnNames.map { "\(row[$0] as DatabaseValue)" }).joined(separator: "|")
            }
            let mentions = try Row.fetchAll(db, sql: """
                SELECT l.id, e.kind, e.key, e.label, m.start, m.end, m.surface, m.name, m.is_primary
                FROM mention m JOIN letter l ON l.rowid = m.letter JOIN entity e ON e.id = m.entity
                """).map { row in (row.columnNames.map { "\(row[$0] as DatabaseValue)" }).joined(separator: "|") }.sorted()
            let entities = try Row.fetchAll(db, sql: "SELECT kind, key, label FROM entity")
                .map { row in (row.columnNames.map { "\(row[$0] as DatabaseValue)" }).joined(separator: "|") }.sorted()
            return ["letters": letters, "mentions": mentions, "entities": entities]
        }
    }

    /// Search results: per query the total and every match with its score, ties in any order:
    /// two indexes of the same letters agree on these even when their rowids (which break ties)
    /// differ.
    static func results(_ path: String, _ queries: [String]) throws -> [String] {
        let search = try LetterSearch(database: LetterDatabase(path: path, readOnly: true))
        return try queries.map { query in
            var request = SearchRequest(query: query)
            request.limit = SearchRequest.maximumLimit
            var results: [SearchHit] = []
            var total = 0
            repeat {
                request.offset = results.count
                let response = try search.search(request)
                total = response.total
                results += response.results
                if response.results.isEmpty { break }
            } while results.count < total
            let scored = results.map { (String(format: "%.6f", $0.score), $0.id) }
                .sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
            return "\(query): \(total) " + scored.map { "\($0.1)=\($0.0)" }.joined(separator: ",")
        }
    }

    static let queries = ["solidariteit", "asielzoekers", "kinderen opvang", "begroting defensie", "\"gaat over tot de orde van de dag\""]

    @Test(.enabled(if: KamerzoekProcess.binary != nil), .timeLimit(.minutes(5)))
    func killedIngestsLeaveAWholeIndexAndTheNextIngestReachesTheCleanState() throws {
        let corpus = try TemporaryCorpus()
        let letters = try KamerzoekProcess.copyLetters(into: corpus, count: 320)
        try #require(letters.count >= 200)
        let originals = try Dictionary(uniqueKeysWithValues: letters.map {
            ($0, try Data(contentsOf: corpus.corpus.appendingPathComponent($0)))
        })
        let reference = corpus.root.appendingPathComponent("reference.sqlite").path
        let index = corpus.indexPath
        let ingest = { (path: String, extra: [String]) in
            ["ingest", corpus.corpus.path, "--index", path, "--batch-size", "8", "--json"] + extra
        }

        // The clean ingest, timed: kills fall within its duration.
        let clock = ContinuousClock.now
        let clean = try KamerzoekProcess.run(ingest(reference, []))
        try #require(clean.status == 0, "\(clean.stderr)")
        let duration = (ContinuousClock.now - clock) / .seconds(1)

        var random = SystemRandomNumberGenerator()
        var kills = 0
        var runs = 0
        var added: [String] = []
        let started = ContinuousClock.now
        // Up to 150 s: alone this takes 17 s, beside the other suites in a debug build over 70.
        while kills < 24 && ContinuousClock.now - started < .seconds(150) {
            runs += 1
            // Change the corpus between runs, so that updates and removals are interrupted too.
            for _ in 0..<3 {
                let name = letters.randomElement(using: &random)!
                try (originals[name]! + Data("\nWijziging \(runs)\n".utf8)).write(to: corpus.corpus.appendingPathComponent(name))
            }
            let gone = letters.randomElement(using: &random)!
            try? FileManager.default.removeItem(at: corpus.corpus.appendingPathComponent(gone))
            let extra = "extra/nieuw-\(runs).txt"
            try corpus.write(extra, "Den Haag, \(runs) maart 2025\nBrief over de zeppelinvaart, deel \(runs).")
            added.append(extra)

            // Mostly rebuilds, so that most kills fall while letters are written; the runs between
            // them continue what a killed run left.
            let rebuild = runs % 3 != 0
            let process = try KamerzoekProcess.start(ingest(index, rebuild ? ["--rebuild"] : []), quiet: true)
            let delay = Double.random(in: 0.02...max(0.05, min(duration * 1.1, 2.5)), using: &random)
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                kills += 1
            }
            process.waitUntilExit()

            let report = try IndexCheck(path: index).run()
            for name in ["integrity_check", "fts5_integrity", "fts5_rows", "mentions", "letters"] {
                let result = report.results.first { $0.name == name }
                #expect(result?.status == .ok, "run \(runs), after \(String(format: "%.2f", delay)) s: \(result.map { "\($0)" } ?? name)")
            }
            try restore(originals, corpus: corpus, gone: gone)
        }
        #expect(kills >= 20, "only \(kills) kills in \(runs) runs")
        print("crash safety: \(kills) kills in \(runs) runs of \(letters.count) letters (clean ingest \(String(format: "%.1f", duration)) s)")

        // Back to the reference corpus; one more ingest must reach the clean state.
        for extra in added { try? corpus.remove(extra) }
        try? FileManager.default.removeItem(at: corpus.corpus.appendingPathComponent("extra"))
        for (name, data) in originals { try data.write(to: corpus.corpus.appendingPathComponent(name)) }
        let final = try KamerzoekProcess.run(ingest(index, []))
        #expect(final.status == 0, "\(final.stderr)")
        let report = try IndexCheck(path: index).run()
        #expect(report.passed && report.results.allSatisfy { $0.status == .ok }, "\(report.results)")

        let expected = try Self.snapshot(reference)
        let actual = try Self.snapshot(index)
        for table in ["letters", "mentions", "entities"] {
            let missing = Set(expected[table]!).subtracting(actual[table]!)
            let extraRows = Set(actual[table]!).subtracting(expected[table]!)
            #expect(missing.isEmpty && extraRows.isEmpty,
                    "\(table): \(missing.count) missing, \(extraRows.count) extra: \(missing.sorted().prefix(2)) \(extraRows.sorted().prefix(2))")
        }
        #expect(try Self.results(index, Self.queries) == (try Self.results(reference, Self.queries)))
    }

    /// Undoes the modifications of one run, keeping the file removed until the next run decides.
    private func restore(_ originals: [String: Data], corpus: TemporaryCorpus, gone: String) throws {
        for (name, data) in originals where name != gone {
            let url = corpus.corpus.appendingPathComponent(name)
            if (try? Data(contentsOf: url)) != data { try data.write(to: url) }
        }
        try originals[gone]!.write(to: corpus.corpus.appendingPathComponent(gone))
    }
}
