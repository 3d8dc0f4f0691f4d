import Foundation

/// Lets large values be freed on another thread: at the end of an ingest, freeing the corpus's
/// paths, metadata and word analyses kept one core busy for 10–15 ms while the other had
/// nothing left to do.
///
/// ```swift
/// BackgroundRelease.drop((files, metadata))  // their last use here
/// ```
enum BackgroundRelease {
    /// Takes `value` and frees it on a global queue (if no one else holds it by then).
    static func drop<Value: Sendable>(_ value: consuming Value) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.empty() }
    }

    private final class Box<Held: Sendable>: @unchecked Sendable {
        private var held: Held?

        init(_ held: consuming Held) {
            self.held = held
        }

        func empty() {
            held = nil
        }
    }
}
