import Foundation

/// A worker's reports to its supervising parent, one line per event on a pipe:
/// `C id` when it accepts a connection, `D id` when that connection ends, `B id METHOD TARGET`
/// when a request starts, `E id STATUS MICROSECONDS ROUTE` when it is answered.
///
/// The parent keeps the metrics of all workers and knows what a worker was answering when it died.
/// Lines are shorter than `PIPE_BUF`, so each `write` is whole; the pipe does not block, and a
/// line that does not fit (a parent that stopped reading) is dropped rather than stalling a request.
public final class RequestReport: RequestObserver, @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    private var nextID: UInt64 = 1

    /// Reports on the pipe `descriptor` (made non-blocking here).
    public init(descriptor: Int32) {
        self.descriptor = descriptor
        let flags = fcntl(descriptor, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags | O_NONBLOCK) }
    }

    public func begin(_ target: String) -> UInt64 {
        let id = nextIdentifier()
        send("B \(id) \(Self.oneLine(target, limit: 1_000))\n")
        return id
    }

    /// A connection was accepted; returns its id for ``connectionClosed(_:)``.
    public func connectionOpened() -> UInt64 {
        let id = nextIdentifier()
        send("C \(id)\n")
        return id
    }

    /// The connection `id` ended.
    public func connectionClosed(_ id: UInt64) {
        send("D \(id)\n")
    }

    public func end(_ id: UInt64, route: String, status: Int, duration: Duration) {
        let (seconds, attoseconds) = duration.components
        let microseconds = max(0, seconds) * 1_000_000 + max(0, attoseconds) / 1_000_000_000_000
        send("E \(id) \(status) \(microseconds) \(Self.oneLine(route, limit: 200))\n")
    }

    /// A new id, for a request or a connection.
    private func nextIdentifier() -> UInt64 {
        lock.withLock {
            defer { nextID &+= 1 }
            return nextID
        }
    }

    private func send(_ line: String) {
        var line = line
        line.withUTF8 { bytes in
            _ = write(descriptor, bytes.baseAddress, bytes.count)
        }
    }

    /// `text` with no line breaks, at most `limit` bytes, cut on a scalar boundary.
    static func oneLine(_ text: String, limit: Int) -> String {
        var out = ""
        var bytes = 0
        for scalar in text.unicodeScalars {
            let clean: Unicode.Scalar = scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar
            let width = String(clean).utf8.count
            if bytes + width > limit { break }
            out.unicodeScalars.append(clean)
            bytes += width
        }
        return out
    }
}
