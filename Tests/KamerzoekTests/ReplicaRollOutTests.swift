import Foundation
import Testing
import TestSupport

/// Replicas of `kamerzoek serve` over snapshot files behind nginx: a new snapshot is rolled out
/// one replica at a time while requests keep coming, and none of them fails.
@Suite(.serialized, .tags(.slow)) struct ReplicaRollOutTests {
    /// nginx from Debian (`.ci/run` installs it).
    static let nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// nginx in the foreground with its files in `folder`, spreading requests over `upstreams`;
    /// a failed connection or a 502/503 is retried on the other replica.
    static func startNginx(folder: URL, upstreams: [Int]) throws -> (process: Process, port: Int)? {
        for _ in 0..<5 {
            let port = Int.random(in: 20_000..<60_000)
            let configuration = """
                daemon off;
                worker_processes 1;
                pid \(folder.path)/nginx.pid;
                error_log \(folder.path)/error.log warn;
                events { worker_connections 512; }
                http {
                    access_log off;
                    client_body_temp_path \(folder.path)/body;
                    proxy_temp_path \(folder.path)/proxy;
                    fastcgi_temp_path \(folder.path)/fastcgi;
                    uwsgi_temp_path \(folder.path)/uwsgi;
                    scgi_temp_path \(folder.path)/scgi;
                    upstream kamerzoek {
                \(upstreams.map { "        server 127.0.0.1:\($0) max_fails=0;" }.joined(separator: "\n"))
                        keepalive 16;
                    }
                    server {
                        listen 127.0.0.1:\(port);
                        location / {
                            proxy_pass http://kamerzoek;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_connect_timeout 2s;
                            proxy_next_upstream error timeout http_502 http_503;
                            proxy_next_upstream_tries 4;
                        }
                    }
                }
                """
            let file = folder.appendingPathComponent("nginx.conf")
            try Data(configuration.utf8).write(to: file)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: try #require(nginx))
            process.arguments = ["-c", file.path, "-p", folder.path, "-e", folder.appendingPathComponent("error.log").path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            for _ in 0..<100 where process.isRunning {
                if LoopbackHTTP.get(port: port, target: "/health", timeoutSeconds: 5)?.status == 200 { return (process, port) }
                Thread.sleep(forTimeInterval: 0.1)
            }
            process.terminate()
            process.waitUntilExit()
        }
        return nil
    }

    /// Counts answers from threads that search through nginx until stopped.
    final class Load: @unchecked Sendable {
        private let lock = NSLock()
        private var stopped = false
        private(set) var answered = 0
        private(set) var failed: [String] = []
        private let group = DispatchGroup()

        init(port: Int, threads: Int) {
            let words = ["asiel", "herplaatsing", "Griekenland", "regering", "motie", "Kamer", "minister", "rolwissel"]
            for thread in 0..<threads {
                group.enter()
                Thread.detachNewThread { [self] in
                    var index = thread
                    while !lock.withLock({ stopped }) {
                        let word = words[index % words.count]
                        index += threads
                        let response = LoopbackHTTP.get(port: port, target: "/search?q=\(word)&limit=3", timeoutSeconds: 10)
                        lock.withLock {
                            if response?.status == 200 {
                                answered += 1
                            } else {
                                failed.append("\(word): \(response.map { "status \($0.status)" } ?? "no answer")")
                            }
                        }
                    }
                    group.leave()
                }
            }
        }

        func stop() {
            lock.withLock { stopped = true }
            group.wait()
        }
    }

    @Test(.enabled(if: KamerzoekProcess.binary != nil && nginx != nil), .timeLimit(.minutes(3)))
    func rollingANewSnapshotOutLosesNoRequest() throws {
        let corpus = try TemporaryCorpus()
        try corpus.copySample(sampleFiles)
        try corpus.ingest()
        let snapshots = corpus.root.appendingPathComponent("snapshots")
        let proxy = corpus.root.appendingPathComponent("nginx")
        for folder in [snapshots, proxy] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let first = snapshots.appendingPathComponent("generation-1.sqlite").path
        let made = try KamerzoekProcess.run(["snapshot", first, "--index", corpus.indexPath])
        try #require(made.status == 0, "\(made.stderr)")

        var replicas = [
            try #require(try ServedProcess.start(index: first, extra: ["--workers", "0"])),
            try #require(try ServedProcess.start(index: first, extra: ["--workers", "0"])),
        ]
        defer { for replica in replicas { replica.stop() } }
        let (nginx, port) = try #require(try Self.startNginx(folder: proxy, upstreams: replicas.map(\.port)))
        defer {
            nginx.terminate()
            nginx.waitUntilExit()
        }

        // A new letter, ingested into the index while the replicas serve the first snapshot.
        try corpus.write("kamerbrieven/rolwissel.txt", """
            Tweede Kamer der Staten-Generaal
            Brief over de rolwissel van de replica's

            Den Haag, 3 maart 2026

            Hierbij informeer ik uw Kamer over de rolwissel van de zoekdienst.
            """)
        try corpus.ingest()
        let second = snapshots.appendingPathComponent("generation-2.sqlite").path
        let madeSecond = try KamerzoekProcess.run(["snapshot", second, "--index", corpus.indexPath])
        try #require(madeSecond.status == 0, "\(madeSecond.stderr)")

        let load = Load(port: port, threads: 4)
        Thread.sleep(forTimeInterval: 1)
        // One replica at a time: SIGTERM (requests in flight are answered), then a new one on the
        // same port over the new snapshot; nginx sends requests to the other meanwhile.
        for index in replicas.indices {
            let port = replicas[index].port
            replicas[index].stop()
            replicas[index] = try #require(try ServedProcess.start(index: second, extra: ["--workers", "0"], port: port))
            Thread.sleep(forTimeInterval: 1)
        }
        load.stop()

        #expect(load.failed.isEmpty, "\(load.failed.count) failed requests: \(load.failed.prefix(5))")
        #expect(load.answered > 50)
        // Both replicas now answer from the new snapshot.
        for _ in 0..<4 {
            let response = try #require(LoopbackHTTP.get(port: port, target: "/search?q=rolwissel&limit=1"))
            let object = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
            #expect(object?["total"] as? Int == 1)
        }
        print("roll-out: \(load.answered) requests answered, \(load.failed.count) failed")
    }
}
