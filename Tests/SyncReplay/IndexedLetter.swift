import Foundation
import GRDB
import LetterIndex

/// The letters of an index as the tests compare them.
public struct IndexedLetter: Hashable, CustomStringConvertible {
    public var id: String
    public var title: String
    public var date: String?
    public var kind: String
    public var dossiers: [String]

    public var description: String { "\(id) \(title.prefix(40)) \(date ?? "-") \(kind) \(dossiers)" }

    public static func all(in path: String) throws -> [IndexedLetter] {
        let database = try LetterDatabase(path: path, readOnly: true)
        return try database.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT l.id, l.title, l.date, l.kind,
                    (SELECT group_concat(e.key, ' ') FROM mention m JOIN entity e ON e.id = m.entity
                     WHERE m.letter = l.rowid AND e.kind = 'dossier' AND m.is_primary = 1) AS dossiers
                FROM letter l ORDER BY l.id
                """).map {
                IndexedLetter(
                    id: $0["id"], title: $0["title"], date: $0["date"], kind: $0["kind"],
                    dossiers: (($0["dossiers"] as String?) ?? "").split(separator: " ").map(String.init).sorted())
            }
        }
    }
}

extension FeedRecording {
    /// The letters a sync of every kind should leave.
    public var expectedLetters: [String: (title: String, date: String, dossier: String?)] {
        var expected: [String: (title: String, date: String, dossier: String?)] = [:]
        let dossiers = self.dossiers
        for document in documents.values {
            let dossier = document.dossierID.flatMap { dossiers[$0] }.map { dossier in
                dossier.addition.map { "\(dossier.number)-\($0)" } ?? dossier.number
            }
            expected["tk/\(document.number)"] = (document.title, document.date, dossier)
        }
        return expected
    }
}

