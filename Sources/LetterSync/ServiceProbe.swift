import Foundation

/// Whether the feed's host can be reached at all, asked once before a run: the HTTP client
/// keeps trying to connect until its timeout, so without this a machine with no network would
/// wait before it hears so.
enum ServiceProbe {
    /// Nil when a TCP connection to the host of `url` opens within `timeout` seconds, else why not.
    static func problem(reaching url: String, timeout: Int32 = 5) -> String? {
        guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty else {
            return "\(url.debugDescription) has no host"
        }
        let port = components.port ?? (components.scheme == "https" ? 443 : 80)
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            return "cannot resolve \(host) (\(String(cString: gai_strerror(status))))"
        }
        defer { freeaddrinfo(list) }
        var lastError = "no address for \(host)"
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let address = entry {
            entry = address.pointee.ai_next
            let socketFD = socket(address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
            guard socketFD >= 0 else { continue }
            defer { close(socketFD) }
            _ = fcntl(socketFD, F_SETFL, fcntl(socketFD, F_GETFL) | O_NONBLOCK)
            if connect(socketFD, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 { return nil }
            guard errno == EINPROGRESS else {
                lastError = "cannot connect to \(host):\(port) (\(String(cString: strerror(errno))))"
                continue
            }
            var poll = pollfd(fd: socketFD, events: Int16(POLLOUT), revents: 0)
            guard Glibc.poll(&poll, 1, timeout * 1000) == 1 else {
                lastError = "no connection to \(host):\(port) within \(timeout) s"
                continue
            }
            var socketError: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(socketFD, SOL_SOCKET, SO_ERROR, &socketError, &length)
            if socketError == 0 { return nil }
            lastError = "cannot connect to \(host):\(port) (\(String(cString: strerror(socketError))))"
        }
        return lastError
    }
}
