import Foundation
import GRDB
import LetterIndex

/// The reference: the same texts in a plain FTS5 table with the built-in `unicode61` tokenizer.
struct PlainFTSIndex {
    let path: String

    /// Files of a corpus with their text and a title (metadata title, else the first line).
    static func documents(in corpus: URL) throws -> [(id: String, title: String, text: String)] {
        Array(try lazyDocuments(in: corpus))
    }

    /// The same, read one file at a time as the sequence is walked (for a corpus too large to hold).
    static func lazyDocuments(in corpus: URL) throws -> some Sequence<(id: String, title: String, text: String)> {
        let files = try CorpusScanner(root: corpus).files()
        let metadata = CorpusMetadata(root: corpus)
        return files.lazy.compactMap { file -> (id: String, title: String, text: String)? in
            guard let data = try? Data(contentsOf: file.url), let text = String(data: data, encoding: .utf8) else { return nil }
            let title = metadata.byPath[file.relativePath]?.title
                ?? text.split(separator: "\n").first.map(String.init) ?? ""
            return (file.id, title, text)
        }
    }

    /// Builds the plain index; returns seconds spent inserting.
    func build(_ documents: some Sequence<(id: String, title: String, text: String)>) throws -> Double {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE doc (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, title TEXT, text TEXT);
                CREATE VIRTUAL TABLE doc_ft USING fts5(title, text, content='doc', content_rowid='rowid',
                    tokenize='unicode61 remove_diacritics 2');
                """)
        }
        let (_, seconds) = try measure {
            var batch: [(id: String, title: String, text: String)] = []
            func flush() throws {
                try queue.write { db in
                    let insert = try db.makeStatement(sql: "INSERT INTO doc (id, title, text) VALUES (?, ?, ?)")
                    let fts = try db.makeStatement(sql: "INSERT INTO doc_ft (rowid, title, text) VALUES (last_insert_rowid(), ?, ?)")
                    for document in batch {
                        try insert.execute(arguments: [document.id, document.title, document.text])
                        try fts.execute(arguments: [document.title, document.text])
                    }
                }
                batch.removeAll(keepingCapacity: true)
            }
            for document in documents {
                batch.append(document)
                if batch.count == 256 { try flush() }
            }
            if !batch.isEmpty { try flush() }
            try queue.write { db in try db.execute(sql: "INSERT INTO doc_ft(doc_ft) VALUES ('optimize')") }
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }
        return seconds
    }

    /// Ranked ids for a query: all words (AND), else any word (OR), bm25 with the title weighted.
    func search(_ query: String, limit: Int, queue: DatabaseQueue) throws -> [String] {
        let words = query.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { "\"\($0)\"" }
        guard !words.isEmpty else { return [] }
        for joiner in [" AND ", " OR "] {
            let ids = try queue.read { db in
                try String.fetchAll(db, sql: """
                    SELECT doc.id FROM doc_ft JOIN doc ON doc.rowid = doc_ft.rowid WHERE doc_ft MATCH ?
                    ORDER BY bm25(doc_ft, 10.0, 1.0) LIMIT ?
                    """, arguments: [words.joined(separator: joiner), limit])
            }
            if !ids.isEmpty { return ids }
        }
        return []
    }
}
