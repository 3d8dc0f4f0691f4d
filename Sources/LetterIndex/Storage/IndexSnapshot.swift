import Foundation
import GRDB

/// One ingest generation of the index as a single consistent, read-only file, for replicas to
/// serve: `VACUUM INTO` inside one read transaction (so a concurrent ingest's commits are not in
/// it), written beside the target as `*.partial`, set to WAL (as every index), checked, and
/// renamed to the target, so a file at the target is always whole.
///
/// A snapshot never replaces an existing file: a replica serving it keeps `-wal` and `-shm`
/// files beside it, which must never meet another database. Each generation gets a name of its
/// own; replicas are restarted on the new one (`docs/scaling.md`).
///
/// ```swift
/// let summary = try IndexSnapshot.write(from: database, to: "/srv/kamerzoek/snapshot.sqlite")
/// ```
public enum IndexSnapshot {
    /// What a snapshot holds.
    public struct Summary: Sendable, Codable, Hashable {
        /// The snapshot file.
        public var path: String
        /// The generation it holds (`meta.generation` of the source at that moment).
        public var generation: String
        /// Letters in it.
        public var letters: Int
        /// File size.
        public var bytes: Int64
        /// Time taken.
        public var seconds: Double
    }

    /// Writes a snapshot of `database` to `path`. Throws ``IndexError`` with the reason when a
    /// file is there already, the folder is missing or not writable.
    public static func write(from database: LetterDatabase, to path: String) throws -> Summary {
        let clock = ContinuousClock.now
        let target = URL(fileURLWithPath: path).standardizedFileURL
        guard !FileManager.default.fileExists(atPath: target.path) else {
            throw IndexError.cannotCreate(path, reason: "a file is there already; give each snapshot a name of its own")
        }
        var isFolder: ObjCBool = false
        let folder = target.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw IndexError.cannotCreate(path, reason: "the folder \(folder.path) does not exist")
        }
        let partial = target.path + ".partial"
        removeFile(partial)
        // One statement, one read transaction of its own: a concurrent ingest's later commits are
        // not in the copy. What the copy holds is read from the copy itself.
        do {
            try database.pool.unsafeRead { db in try db.execute(sql: "VACUUM INTO ?", arguments: [partial]) }
        } catch let error as DatabaseError {
            removeFile(partial)
            throw IndexError.cannotCreate(path, reason: error.message ?? "\(error)")
        }
        var generation = ""
        var letters = 0
        do {
            // As every index: WAL, so that any number of readers share it without a lock.
            let copy = try DatabaseQueue(path: partial)
            try copy.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                let check = try String.fetchOne(db, sql: "PRAGMA quick_check") ?? ""
                guard check == "ok" else { throw IndexError.cannotCreate(path, reason: "the copy failed its check: \(check)") }
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                generation = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") ?? ""
                letters = try Int.fetchOne(db, sql: "SELECT count(*) FROM letter") ?? 0
            }
            try copy.close()
        } catch {
            removeFile(partial)
            throw error
        }
        for suffix in ["-wal", "-shm"] { removeFile(partial + suffix) }
        // link(2), not rename(2): a snapshot written meanwhile under the same name is not replaced.
        guard link(partial, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            removeFile(partial)
            throw IndexError.cannotCreate(path, reason: reason)
        }
        removeFile(partial)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: target.path)[.size] as? Int64) ?? 0
        let elapsed = ContinuousClock.now - clock
        return Summary(
            path: target.path, generation: generation, letters: letters, bytes: bytes,
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    private static func removeFile(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
