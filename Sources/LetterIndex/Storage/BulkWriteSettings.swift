import GRDB

/// FTS5 settings for writing many letters at once, and the everyday ones to go back to.
///
/// During an ingest FTS5 keeps up to 16 MB of new postings in memory and does not merge
/// segments as it goes (only when 64 pile up on one level); the ingest merges once at its end
/// (`optimize`) and restores incremental merging. Measured on the shared corpus with the plain
/// `unicode61` table: with 16 KB pages and 2,048 letters a transaction, FTS5 writes cost half
/// the CPU of the defaults.
enum BulkWriteSettings {
    /// Pending postings FTS5 holds in memory before it writes a segment, in bytes.
    static let hashSize = 16 << 20

    /// Settings for a bulk write.
    static func apply(in db: Database) throws {
        try set("hashsize", hashSize, in: db)
        try set("automerge", 0, in: db)
        try set("crisismerge", 64, in: db)
    }

    /// FTS5's defaults for incremental merging (the hash size stays: it only bounds memory).
    static func restore(in db: Database) throws {
        try set("automerge", 4, in: db)
        try set("crisismerge", 16, in: db)
    }

    private static func set(_ name: String, _ value: Int, in db: Database) throws {
        try db.execute(sql: "INSERT INTO letter_ft(letter_ft, rank) VALUES (?, ?)", arguments: [name, value])
    }
}
