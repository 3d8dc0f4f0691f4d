import Foundation

/// Where the feed is followed from, saved in the index after every page: the next page of
/// each category as the feed linked it (with its skiptoken), and documents to try again.
struct SyncState: Codable, Sendable {
    /// The base these links belong to; another `--from` starts from the beginning.
    var base: String
    /// The next page to read, by category (`Kamerstukdossier`, `Document`).
    var next: [String: String] = [:]
    /// Documents whose file could not be fetched or read, tried again on the next run.
    var pending: [FeedDocument] = []

    init(base: String) {
        self.base = base
    }

    /// The state saved in `text` for `base`, or a fresh one.
    static func restored(from text: String?, base: String) -> SyncState {
        guard let text, let state = try? JSONDecoder().decode(SyncState.self, from: Data(text.utf8)), state.base == base
        else { return SyncState(base: base) }
        return state
    }

    var text: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

/// One sync at a time per index: an exclusive lock on `{index}.sync.lock`.
final class SyncLock {
    private let descriptor: Int32

    init(indexPath: String) throws(SyncOptionError) {
        let path = indexPath + ".sync.lock"
        descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else {
            throw SyncOptionError(description: "cannot create \(path): \(String(cString: strerror(errno)))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            close(descriptor)
            throw SyncOptionError(description: "another sync is running on \(indexPath)")
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
