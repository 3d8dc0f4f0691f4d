import GRDB

/// The index schema, owned by migrations.
enum Schema {
    /// Keeps `letter_ft` (an external-content FTS5 table) in step when a letter row is deleted.
    /// The only trigger: inserts into `letter_ft` are the writer's own (``LetterWriter``), since
    /// a trigger opens a statement journal and FTS5 flushes its pending postings at each one.
    static let letterDeleteTrigger = """
        CREATE TRIGGER letter_ad AFTER DELETE ON letter BEGIN
            INSERT INTO letter_ft(letter_ft, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        END;
        """

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE letter (
                    rowid INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    path TEXT NOT NULL,
                    format TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    title TEXT NOT NULL,
                    date TEXT,
                    text TEXT NOT NULL,
                    furniture TEXT NOT NULL DEFAULT '',
                    source_url TEXT,
                    bytes INTEGER NOT NULL,
                    ingested_at TEXT NOT NULL
                );
                CREATE INDEX letter_by_date ON letter(date);
                CREATE INDEX letter_by_kind ON letter(kind, date);
                CREATE VIRTUAL TABLE letter_ft USING fts5(
                    title, text, content='letter', content_rowid='rowid', tokenize='dutch', detail=full
                );
                CREATE TRIGGER letter_ai AFTER INSERT ON letter BEGIN
                    INSERT INTO letter_ft(rowid, title, text) VALUES (new.rowid, new.title, new.text);
                END;
                \(letterDeleteTrigger)
                CREATE TABLE entity (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL,
                    key TEXT NOT NULL,
                    label TEXT NOT NULL,
                    UNIQUE(kind, key)
                );
                CREATE TABLE mention (
                    letter INTEGER NOT NULL REFERENCES letter(rowid) ON DELETE CASCADE,
                    entity INTEGER NOT NULL REFERENCES entity(id),
                    start INTEGER,
                    end INTEGER,
                    surface TEXT NOT NULL,
                    name TEXT,
                    is_primary INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX mention_by_entity ON mention(entity, letter);
                CREATE INDEX mention_by_letter ON mention(letter);
                """)
        }
        // The writer inserts into letter_ft itself: inside the trigger, every page an FTS5 flush
        // wrote was first copied to a statement journal (2.7 GB of writes per corpus ingest).
        migrator.registerMigration("v2: letter_ft written by the writer") { db in
            try db.execute(sql: "DROP TRIGGER IF EXISTS letter_ai")
        }
        return migrator
    }()
}
