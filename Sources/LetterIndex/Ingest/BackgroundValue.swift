import Foundation

/// A value computed on another thread while the caller goes on; ``value`` waits for it.
///
/// ```swift
/// let metadata = BackgroundValue { CorpusMetadata(root: root, files: metadataFiles) }
/// // … other work …
/// let title = metadata.value.byPath["brief.txt"]?.title
/// ```
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written once, before the group is left; read only after waiting for the group.
    private var result: Value?

    /// Starts computing the value on a global queue.
    init(_ make: @escaping @Sendable () -> Value) {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = make()
            group.leave()
        }
    }

    /// The value, waiting until it is computed; from any thread.
    var value: Value {
        group.wait()
        return result!
    }
}
