import Foundation

/// How a worker answers `/metrics` for all workers: the parent, which counts every worker's
/// requests, renders its metrics to whoever connects to a Unix socket in the abstract namespace
/// (`kamerzoek-metrics-PID`, no file to clean up), and the worker reads that to the end.
public enum MetricsExchange {
    /// The socket name of the parent `pid`.
    public static func name(parent pid: Int32) -> String { "kamerzoek-metrics-\(pid)" }

    /// Serves `render()` to every connection on a thread of its own, until the process ends.
    public static func serve(name: String, render: @escaping @Sendable () -> String) throws {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw ServerStartError(message: "cannot make the metrics socket: \(String(cString: strerror(errno)))") }
        var address = unixAddress(name)
        let bound = withUnsafePointer(to: &address.sockaddr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, address.length) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw ServerStartError(message: "cannot listen on the metrics socket: \(String(cString: strerror(errno)))")
        }
        Thread.detachNewThread {
            while true {
                let client = accept(fd, nil, nil)
                guard client >= 0 else { continue }
                _ = fcntl(client, F_SETFD, FD_CLOEXEC)
                var text = render()
                text.withUTF8 { bytes in
                    var sent = 0
                    while sent < bytes.count {
                        let written = send(client, bytes.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
                        if written <= 0 { break }
                        sent += written
                    }
                }
                close(client)
            }
        }
    }

    /// The parent's metrics text, or nil when it cannot be reached.
    public static func fetch(name: String) -> String? {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = unixAddress(name)
        let connected = withUnsafePointer(to: &address.sockaddr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, address.length) }
        }
        guard connected == 0 else { return nil }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            data += buffer[0..<count]
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// An abstract-namespace address: a NUL byte, then the name (cut to fit).
    private static func unixAddress(_ name: String) -> (sockaddr: sockaddr_un, length: socklen_t) {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(name.utf8.prefix(100))
        withUnsafeMutableBytes(of: &address.sun_path) { path in
            path[0] = 0
            for (index, byte) in bytes.enumerated() { path[index + 1] = byte }
        }
        let length = MemoryLayout<sa_family_t>.size + 1 + bytes.count
        return (address, socklen_t(length))
    }
}
