import Foundation
import GRDB

/// Checks an index file: SQLite's `integrity_check`, FTS5's `integrity-check` (the full-text index
/// against the letters), and that letters, mentions and entities agree.
///
/// ```swift
/// let report = try IndexCheck(path: "Index/kamerzoek.sqlite").run()
/// if !report.passed { print(report.failures) }
/// ```
public struct IndexCheck: Sendable {
    /// One check and what it found.
    public struct Result: Sendable, Codable, Hashable {
        /// A stable name: `integrity_check`, `fts5_integrity`, `mentions`, …
        public var name: String
        /// `ok`, `warning` (the index works; the next ingest repairs it) or `failed`.
        public var status: Status
        /// What was found, one line.
        public var detail: String
    }

    /// The outcome of one check.
    public enum Status: String, Sendable, Codable, Hashable {
        case ok, warning, failed
    }

    /// All checks of one run.
    public struct Report: Sendable, Codable {
        /// The index file.
        public var path: String
        /// Letters in the index.
        public var letters: Int
        /// Each check in order.
        public var results: [Result]
        /// Whether no check failed (warnings pass).
        public var passed: Bool { !results.contains { $0.status == .failed } }

        enum CodingKeys: String, CodingKey { case path, letters, results, passed }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(letters, forKey: .letters)
            try container.encode(results, forKey: .results)
            try container.encode(passed, forKey: .passed)
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            path = try container.decode(String.self, forKey: .path)
            letters = try container.decode(Int.self, forKey: .letters)
            results = try container.decode([Result].self, forKey: .results)
        }

        init(path: String, letters: Int, results: [Result]) {
            self.path = path
            self.letters = letters
            self.results = results
        }
    }

    /// The index file.
    public let path: String

    /// A check of the index at `path`; nothing is opened yet.
    public init(path: String) {
        self.path = path
    }

    /// Runs every check. Throws ``IndexError`` when the file is missing or cannot be opened at all.
    ///
    /// FTS5's check is an `INSERT` into the table's command column, so it needs a connection that may
    /// write; it changes nothing, and waits (up to the busy timeout) while an ingest commits.
    public func run() throws -> Report {
        guard FileManager.default.fileExists(atPath: path) else { throw IndexError.missingIndex(path) }
        let database: LetterDatabase
        do {
            database = try LetterDatabase(path: path)
        } catch let error as IndexError {
            throw error
        } catch {
            throw IndexError.cannotOpen(path, reason: "\(error)")
        }
        var results: [Result] = []
        var letters = 0
        database.pool.writeWithoutTransaction { db in
            results.append(Self.check("integrity_check") {
                let rows = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                return rows == ["ok"] ? .pass("ok") : .fail(rows.prefix(5).joined(separator: "; "))
            })
            results.append(Self.check("fts5_integrity") {
                // rank 1: the index is also compared with the letters it was built from.
                try db.execute(sql: "INSERT INTO letter_ft(letter_ft, rank) VALUES ('integrity-check', 1)")
                return .pass("the full-text index matches the letters")
            })
            letters = (try? Int.fetchOne(db, sql: "SELECT count(*) FROM letter")) ?? 0
            results.append(Self.check("fts5_rows") {
                let indexed = try Int.fetchOne(db, sql: "SELECT count(*) FROM letter_ft_docsize") ?? 0
                return indexed == letters ? .pass("\(letters) letters, \(indexed) indexed")
                    : .fail("\(letters) letters but \(indexed) rows in the full-text index")
            })
            results.append(Self.check("mentions") {
                let orphans = try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM mention WHERE letter NOT IN (SELECT rowid FROM letter)") ?? 0
                let unknown = try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM mention WHERE entity NOT IN (SELECT id FROM entity)") ?? 0
                // Per letter, so that each text's length is taken once.
                let outside = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM letter l JOIN (
                        SELECT letter, min(start) AS first, max(end) AS last, sum(end < start) AS reversed
                        FROM mention WHERE start IS NOT NULL GROUP BY letter
                    ) m ON m.letter = l.rowid
                    WHERE m.first < 0 OR m.reversed > 0 OR m.last > length(CAST(l.text AS BLOB))
                    """) ?? 0
                if orphans + unknown + outside == 0 { return .pass("every mention points into a letter and at an entity") }
                return .fail("\(orphans) mentions of missing letters, \(unknown) of missing entities; "
                    + "\(outside) letters with mentions outside their text")
            })
            results.append(Self.check("entities") {
                let unused = try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM entity WHERE id NOT IN (SELECT DISTINCT entity FROM mention)") ?? 0
                return unused == 0 ? .pass("every entity is mentioned")
                    : .warn("\(unused) entities without mentions (an ingest did not finish; the next one removes them)")
            })
            results.append(Self.check("letters") {
                let badHash = try Int.fetchOne(db, sql: "SELECT count(*) FROM letter WHERE length(sha256) != 64") ?? 0
                let badDate = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM letter
                    WHERE date IS NOT NULL AND date NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                    """) ?? 0
                if badHash + badDate > 0 {
                    return .fail("\(badHash) letters without a SHA-256, \(badDate) with a malformed date")
                }
                return .pass("ids, hashes and dates well formed")
            })
            results.append(Self.check("meta") {
                let version = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'analyzer_version'")
                if letters > 0 && version == nil {
                    return .warn("no analyzer version: the first ingest did not finish; run it again")
                }
                return .pass(version.map { "analyzer \($0)" } ?? "empty index")
            })
        }
        return Report(path: path, letters: letters, results: results)
    }

    private enum Outcome {
        case pass(String), warn(String), fail(String)
    }

    private static func check(_ name: String, _ body: () throws -> Outcome) -> Result {
        do {
            switch try body() {
            case .pass(let detail): return Result(name: name, status: .ok, detail: detail)
            case .warn(let detail): return Result(name: name, status: .warning, detail: detail)
            case .fail(let detail): return Result(name: name, status: .failed, detail: detail)
            }
        } catch let error as DatabaseError {
            return Result(name: name, status: .failed, detail: error.message ?? "\(error)")
        } catch {
            return Result(name: name, status: .failed, detail: "\(error)")
        }
    }
}
