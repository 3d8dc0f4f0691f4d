import Foundation
import LetterIndex
import Testing
import TestSupport
@testable import kamerzoek

/// `kamerzoek timeline` and `kamerzoek commitments` with the real binary on the bundled sample (indexed by the library).
@Suite(.serialized) struct TimelineCommandTests {
    static let binary = KamerzoekProcess.binary

    /// The whole sample, indexed once by the binary itself.
    static let corpus = try! TemporaryCorpus.indexedSample()

    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try KamerzoekProcess.run(arguments + ["--index", corpus.indexPath])
    }

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test(.enabled(if: binary != nil), arguments: [["regering"], ["oorlog", "--kind", "brief"], ["--country", "NL"], []])
    func theJSONCountsWhatSearchCountsPerYear(arguments: [String]) throws {
        let timeline = try Self.object(try Self.run(["timeline", "--json"] + arguments).stdout)
        let search = try Self.object(try Self.run(["search", "--json", "--limit", "20"] + arguments).stdout)
        var facets: [Int: Int] = [:]
        for value in (search["facets"] as? [String: Any])?["year"] as? [[String: Any]] ?? [] {
            if let key = (value["key"] as? String).flatMap(Int.init), let count = value["count"] as? Int { facets[key] = count }
        }
        var years: [Int: Int] = [:]
        for bucket in timeline["buckets"] as? [[String: Any]] ?? [] {
            if let year = bucket["year"] as? Int, let count = bucket["count"] as? Int, count > 0 { years[year] = count }
        }
        #expect(!facets.isEmpty)
        #expect(years == facets, "\(arguments)")
        #expect(timeline["total"] as? Int == search["total"] as? Int)
    }

    @Test(.enabled(if: binary != nil)) func theChartHasALinePerYearWithItsCountAndBar() throws {
        let result = try Self.run(["timeline", "regering", "--width", "20"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("'regering': ") == true)
        let rows = lines.dropFirst().filter { $0.first?.isNumber == true }
        let years = rows.compactMap { Int($0.prefix(4)) }
        #expect(years.count > 20)
        #expect(years == Array(years.first!...years.last!))
        // The busiest year's bar is the full width; a year without letters has none.
        #expect(rows.contains { $0.hasSuffix(String(repeating: "█", count: 20)) })
        #expect(rows.contains { !$0.contains("█") && !$0.contains("▏") && $0.hasSuffix(" 0") })
    }

    @Test(.enabled(if: binary != nil)) func badInputIsACleanError() throws {
        let badDate = try Self.run(["timeline", "regering", "--from", "gisteren"])
        #expect(badDate.status == 1)
        #expect(badDate.stderr.contains("gisteren"))
        let badWidth = try Self.run(["timeline", "regering", "--width", "5"])
        #expect(badWidth.status == 64)
        let noIndex = try KamerzoekProcess.run(["timeline", "x", "--index", "/nonexistent/none.sqlite"])
        #expect(noIndex.status == 1)
    }

    @Test(.enabled(if: binary != nil)) func commitmentsListsTheToezeggingWithItsSignersAndSentence() throws {
        let text = try Self.run(["commitments"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("TZ202412-096"))
        #expect(text.stdout.contains("Minister van Asiel en Migratie"))
        #expect(text.stdout.contains("kamerbrieven/jbz-raad-cyprus-januari-2026#toezegging-TZ202412-096"))
        let json = try Self.object(try Self.run(["commitments", "--json", "--minister", "van weel"]).stdout)
        #expect(json["total"] as? Int == 1)
        let none = try Self.object(try Self.run(["commitments", "--json", "--minister", "defensie"]).stdout)
        #expect(none["total"] as? Int == 0)
        let bad = try Self.run(["commitments", "--from", "gisteren"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("gisteren"))
    }

    @Test func barsAreMeasuredInEighthsOfTheWidth() {
        #expect(TimelineCommand.bar(0, of: 10, width: 10) == "")
        #expect(TimelineCommand.bar(10, of: 10, width: 10) == String(repeating: "█", count: 10))
        #expect(TimelineCommand.bar(5, of: 10, width: 10) == String(repeating: "█", count: 5))
        #expect(TimelineCommand.bar(1, of: 1_000, width: 10) == "▏")
        #expect(TimelineCommand.bar(1, of: 16, width: 10) == "▋")
    }
}
