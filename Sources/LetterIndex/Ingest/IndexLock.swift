import Foundation

/// An exclusive lock beside the index file, so that only one ingest writes at a time.
final class IndexLock {
    private let descriptor: Int32

    /// Takes the lock for `indexPath`, or throws ``IndexError/busy(_:)`` when another process holds it.
    init(indexPath: String) throws {
        let lockPath = indexPath + ".lock"
        descriptor = open(lockPath, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else {
            throw IndexError.cannotCreate(lockPath, reason: String(cString: strerror(errno)))
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            close(descriptor)
            throw IndexError.busy(indexPath)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
