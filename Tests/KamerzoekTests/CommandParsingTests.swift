import ArgumentParser
import Foundation
import LetterIndex
import Testing
import TestSupport
@testable import kamerzoek

@Suite struct CommandParsingTests {
    @Test func searchParsesItsFiltersIntoARequest() throws {
        let command = try #require(try Kamerzoek.parseAsRoot([
            "search", "herplaatsing", "asielzoekers", "--limit", "5", "--sort", "date", "--country", "CY",
            "--dossier", "32317", "--kind", "brief", "--from", "2025", "--index", "/tmp/x.sqlite",
        ]) as? SearchCommand)
        let request = command.request
        #expect(request.query == "herplaatsing asielzoekers")
        #expect(request.limit == 5)
        #expect(request.sort == .date)
        #expect(request.countries == ["CY"])
        #expect(request.dossiers == ["32317"])
        #expect(request.kinds == ["brief"])
        #expect(request.from == "2025")
        #expect(command.index.path == "/tmp/x.sqlite")
    }

    @Test func syncReadsItsKindsPeriodAndInterval() throws {
        let command = try #require(try Kamerzoek.parseAsRoot([
            "sync", "--kinds", "brief, antwoord", "--since", "2025-01-01", "--every", "15m", "--from", "http://127.0.0.1:8/SyncFeed/2.0",
        ]) as? SyncCommand)
        #expect(command.since == "2025-01-01")
        #expect(SyncCommand.duration(command.every ?? "") == .seconds(900))
        #expect(SyncCommand.duration("1h") == .seconds(3600))
        #expect(SyncCommand.duration("90") == .seconds(90))
        #expect(SyncCommand.duration("-5s") == nil)
    }

    @Test(arguments: [
        ["search", "x", "--limit", "0"], ["search", "x", "--limit", "101"], ["search", "x", "--sort", "newest"],
        ["serve", "--port", "70000"], ["ingest", "--max-bytes", "0"],
        ["sync", "--kinds", "brief,memo"], ["sync", "--since", "2025-1-1"], ["sync", "--every", "soon"],
        ["sync", "--every", "0m"], ["sync", "--rate", "0"], ["sync", "--from", "ftp://example.org/feed"],
        ["sync", "--attempts", "0"],
    ])
    func badValuesAreRejected(arguments: [String]) {
        #expect(throws: (any Error).self) { try Kamerzoek.parseAsRoot(arguments) }
    }

    @Test func indexDefaultsToTheIndexFolder() throws {
        let command = try #require(try Kamerzoek.parseAsRoot(["stats"]) as? StatsCommand)
        if ProcessInfo.processInfo.environment["KAMERZOEK_INDEX"] == nil {
            #expect(command.index.path == "Index/kamerzoek.sqlite")
        }
    }

    @Test func tokensParsesJSONAndQueryFlags() throws {
        let command = try #require(try Kamerzoek.parseAsRoot(["tokens", "--json", "--query", "woord"]) as? TokensCommand)
        #expect(command.json && command.query && command.text == ["woord"])
    }
}
