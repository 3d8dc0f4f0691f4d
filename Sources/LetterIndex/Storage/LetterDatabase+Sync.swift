import Foundation
import GRDB

/// What a feed follower (`kamerzoek sync`) keeps in the index and asks of it.
extension LetterDatabase {
    /// The follower's saved state (its own JSON), or nil before the first sync.
    public func syncState() throws -> String? {
        try pool.read { db in try Meta.value(for: .syncState, in: db) }
    }

    /// Saves the follower's state in one transaction.
    public func saveSyncState(_ state: String) throws {
        try pool.write { db in try Meta.set(state, for: .syncState, in: db) }
    }

    /// The corpus folder the index follows (set by every ingest), or nil for a new index.
    public func corpusRoot() throws -> String? {
        try pool.read { db in try Meta.value(for: .corpusRoot, in: db) }
    }

    /// The number of letters.
    public func letterCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM letter") ?? 0 }
    }

    /// Removes the letters with these ids (and their mentions and full text) in one transaction,
    /// so that the next ingest writes them anew; returns how many there were.
    ///
    /// For a letter whose metadata changed while its file did not: the ingest compares files only.
    @discardableResult
    public func removeLetters(ids: [String]) throws -> Int {
        guard !ids.isEmpty else { return 0 }
        return try pool.write { db in
            var removed = 0
            for id in ids {
                try db.execute(sql: "DELETE FROM letter WHERE id = ?", arguments: [id])
                removed += db.changesCount
            }
            if removed > 0 {
                try db.execute(sql: "DELETE FROM entity WHERE id NOT IN (SELECT DISTINCT entity FROM mention)")
                try Meta.set(UUID().uuidString, for: .generation, in: db)
            }
            return removed
        }
    }
}
