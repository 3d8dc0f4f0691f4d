import DutchText
import Foundation

/// Token streams of many texts made the way an ingest makes them: `concurrentPerform` over
/// the texts, each iteration streaming with an analyzer taken from a small pool whose
/// analyzers share their word analyses (like LetterIndex's `AnalyzerPool`).
final class PooledStreams: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [DutchAnalyzer] = []
    private let shared = SharedWordAnalyses()
    /// Analyzers made so far.
    private(set) var analyzerCount = 0

    /// The streams of `texts`, in order, with the wall and CPU (user + system, all threads) seconds taken.
    static func run(_ texts: [String]) -> (streams: [TokenStream], wall: Double, cpu: Double, analyzers: Int) {
        let pool = PooledStreams()
        var streams = [TokenStream?](repeating: nil, count: texts.count)
        let cpuBefore = cpuSeconds()
        let ((), wall) = measure {
            streams.withUnsafeMutableBufferPointer { slots in
                let slots = Slots(base: slots)
                DispatchQueue.concurrentPerform(iterations: texts.count) { index in
                    slots.base[index] = pool.with { $0.stream(texts[index]) }
                }
            }
        }
        let cpu = cpuSeconds() - cpuBefore
        return (streams.map { $0! }, wall, cpu, pool.analyzerCount)
    }

    private func with<T>(_ body: (DutchAnalyzer) -> T) -> T {
        lock.lock()
        let analyzer: DutchAnalyzer
        if let last = idle.popLast() {
            analyzer = last
        } else {
            analyzer = DutchAnalyzer(shared: shared)
            analyzerCount += 1
        }
        lock.unlock()
        defer {
            lock.lock()
            idle.append(analyzer)
            lock.unlock()
        }
        return body(analyzer)
    }

    private struct Slots: @unchecked Sendable {
        let base: UnsafeMutableBufferPointer<TokenStream?>
    }
}

/// User plus system CPU seconds of this process so far, all threads.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// CPU seconds `body` took on the calling thread: unlike wall time, not counting time other processes had the core.
func threadCPU(_ body: () -> Void) -> Double {
    func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    let before = seconds()
    body()
    return seconds() - before
}
