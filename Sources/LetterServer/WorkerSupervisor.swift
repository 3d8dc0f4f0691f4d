import Foundation

/// The parent of `serve --workers N`: opens the listening socket, starts N worker processes that
/// share it, starts a worker again within a second when one ends, and logs how it ended with the
/// requests it was answering. It answers no request itself; it counts every worker's requests
/// for `/metrics`. SIGTERM (or SIGINT) ends the workers gracefully, then the parent.
public final class WorkerSupervisor: @unchecked Sendable {
    /// One worker slot: the running process and its report pipe.
    private struct Slot {
        var pid: pid_t = 0
        var report: Int32 = -1
        var started = ContinuousClock.now
        var pending: [UInt8] = []
        var inFlight: [UInt64: String] = [:]
        var connections: Set<UInt64> = []
        var quickDeaths = 0
    }

    private let arguments: [String]
    private let listener: Int32
    private let log: @Sendable (String) -> Void
    private let metrics = ServerMetrics()
    private let lock = NSLock()
    private var slots: [Slot]
    private var stopping = false

    /// A supervisor of `count` workers running this executable with `arguments` (and
    /// `KAMERZOEK_WORKER=1`), all accepting on `listener`.
    public init(count: Int, arguments: [String], listener: Int32, log: @escaping @Sendable (String) -> Void) {
        self.arguments = arguments
        self.listener = listener
        self.log = log
        slots = Array(repeating: Slot(), count: max(1, count))
    }

    /// Runs until SIGTERM or SIGINT; returns when every worker has ended.
    public func run() throws {
        try MetricsExchange.serve(name: MetricsExchange.name(parent: getpid())) { [metrics] in metrics.render() }
        signal(SIGPIPE, SIG_IGN)
        var blocked = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGTERM)
        sigaddset(&blocked, SIGINT)
        // Workers start with the default mask: posix_spawn is told to reset it below.
        pthread_sigmask(SIG_BLOCK, &blocked, nil)
        for index in slots.indices { try start(index) }
        Thread.detachNewThread { [self] in readReports() }
        let awaited = blocked
        Thread.detachNewThread { [self] in
            var signals = awaited
            var signalNumber: Int32 = 0
            sigwait(&signals, &signalNumber)
            stop(reason: signalNumber == SIGINT ? "SIGINT" : "SIGTERM")
        }
        waitForWorkers()
    }

    /// Starts the worker of slot `index`.
    private func start(_ index: Int) throws {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else {
            throw ServerStartError(message: "cannot make a report pipe: \(String(cString: strerror(errno)))")
        }
        _ = fcntl(pipeEnds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(pipeEnds[1], F_SETFD, FD_CLOEXEC)
        let flags = fcntl(pipeEnds[0], F_GETFL)
        _ = fcntl(pipeEnds[0], F_SETFL, flags | O_NONBLOCK)
        // Sources above the target numbers, so that dup2 always makes fresh, inheritable copies.
        let socketCopy = fcntl(listener, F_DUPFD_CLOEXEC, 10)
        let reportCopy = fcntl(pipeEnds[1], F_DUPFD_CLOEXEC, 10)
        close(pipeEnds[1])
        defer {
            close(socketCopy)
            close(reportCopy)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, socketCopy, WorkerServer.socketDescriptor)
        posix_spawn_file_actions_adddup2(&actions, reportCopy, WorkerServer.reportDescriptor)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaultMask = sigset_t()
        sigemptyset(&defaultMask)
        posix_spawnattr_setsigmask(&attributes, &defaultMask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let executable = Self.executablePath
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let environment = ProcessInfo.processInfo.environment.filter { $0.key != "KAMERZOEK_WORKER" }
            .map { "\($0.key)=\($0.value)" } + ["KAMERZOEK_WORKER=1"]
        let envp = environment.map { strdup($0) } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard status == 0 else {
            close(pipeEnds[0])
            throw ServerStartError(message: "cannot start a worker (\(executable)): \(String(cString: strerror(status)))")
        }
        lock.withLock {
            slots[index].pid = pid
            slots[index].report = pipeEnds[0]
            slots[index].started = .now
            slots[index].pending = []
            slots[index].inFlight = [:]
            slots[index].connections = []
        }
    }

    /// This executable, as the kernel knows it.
    static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Reads every worker's report pipe: the requests in flight, and the metrics.
    private func readReports() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            var fds = lock.withLock { slots.map { pollfd(fd: $0.report, events: Int16(POLLIN), revents: 0) } }
            let ready = poll(&fds, nfds_t(fds.count), 200)
            guard ready > 0 else { continue }
            for (index, fd) in fds.enumerated() where fd.revents != 0 && fd.fd >= 0 {
                lock.withLock { drain(index, fd: fd.fd, buffer: &buffer) }
            }
        }
    }

    /// Reads what slot `index`'s pipe holds now and applies each whole line. Call with the lock held.
    private func drain(_ index: Int, fd: Int32, buffer: inout [UInt8]) {
        guard slots[index].report == fd else { return }
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            slots[index].pending += buffer[0..<count]
        }
        while let newline = slots[index].pending.firstIndex(of: UInt8(ascii: "\n")) {
            let line = String(decoding: slots[index].pending[..<newline], as: UTF8.self)
            slots[index].pending.removeSubrange(...newline)
            apply(line, to: index)
        }
    }

    /// One report line: `C id`, `D id`, `B id METHOD TARGET` or `E id STATUS MICROSECONDS ROUTE`.
    private func apply(_ line: String, to index: Int) {
        let fields = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false)
        guard fields.count >= 2, let id = UInt64(fields[1]) else { return }
        if fields[0] == "C" {
            slots[index].connections.insert(id)
        } else if fields[0] == "D" {
            slots[index].connections.remove(id)
        } else if fields[0] == "B", fields.count >= 3 {
            slots[index].inFlight[id] = fields[2...].joined(separator: " ")
        } else if fields[0] == "E", fields.count == 5, let status = Int(fields[2]), let microseconds = Int64(fields[3]) {
            slots[index].inFlight[id] = nil
            metrics.record(route: String(fields[4]), status: status, duration: .microseconds(microseconds))
        }
    }

    /// Waits for workers to end; starts each again unless stopping.
    private func waitForWorkers() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            var status: Int32 = 0
            let pid = waitpid(-1, &status, 0)
            if pid < 0 {
                if errno == EINTR { continue }
                return  // no children left
            }
            let (index, answering, connections, quick, stoppingNow): (Int?, [String], Int, Bool, Bool) = lock.withLock {
                guard let index = slots.firstIndex(where: { $0.pid == pid }) else { return (nil, [], 0, false, stopping) }
                drain(index, fd: slots[index].report, buffer: &buffer)
                close(slots[index].report)
                slots[index].report = -1
                slots[index].pid = 0
                let quick = ContinuousClock.now - slots[index].started < .seconds(1)
                slots[index].quickDeaths = quick ? slots[index].quickDeaths + 1 : 0
                let answering = slots[index].inFlight.sorted { $0.key < $1.key }.map(\.value)
                return (index, answering, slots[index].connections.count, quick, stopping)
            }
            guard let index else { continue }
            let how = Self.describe(status)
            if stoppingNow {
                log("worker \(index + 1) (pid \(pid)) \(how)")
                if lock.withLock({ slots.allSatisfy { $0.pid == 0 } }) { return }
                continue
            }
            let requests = answering.isEmpty ? "no request" : answering.joined(separator: "; ")
            log("worker \(index + 1) (pid \(pid)) \(how) with \(connections) open connection(s), "
                + "answering \(answering.count) request(s): \(requests)")
            metrics.recordRestart()
            if quick {
                // A worker that dies at start would otherwise be restarted in a tight loop.
                let quickDeaths = lock.withLock { slots[index].quickDeaths }
                usleep(UInt32(min(5_000_000, 100_000 << min(quickDeaths, 6))))
            }
            do {
                try start(index)
                log("worker \(index + 1) started again as pid \(lock.withLock { slots[index].pid })")
            } catch {
                log("\(error)")
            }
        }
    }

    /// Sends SIGTERM to every worker (SIGKILL after 30 s), so that the parent returns when they end.
    private func stop(reason: String) {
        let pids: [pid_t] = lock.withLock {
            stopping = true
            return slots.map(\.pid).filter { $0 > 0 }
        }
        log("\(reason): stopping \(pids.count) worker(s)")
        for pid in pids { kill(pid, SIGTERM) }
        Thread.detachNewThread {
            sleep(30)
            for pid in pids { kill(pid, SIGKILL) }
        }
    }

    /// How a process ended, from `waitpid`'s status.
    static func describe(_ status: Int32) -> String {
        let signalNumber = status & 0x7F
        if signalNumber == 0 { return "exited with status \((status >> 8) & 0xFF)" }
        let name = String(cString: strsignal(signalNumber))
        return "was killed by signal \(signalNumber) (\(name))"
    }
}
