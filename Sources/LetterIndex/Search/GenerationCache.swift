import Foundation

/// One value built from the index as it is at one ingest generation (``Meta/Key/generation``),
/// kept until a commit renews the generation and built again on the next request.
///
/// ```swift
/// let facets = GenerationCache<FacetIndex>()
/// let index = try facets.value(for: generation) { try FacetIndex(db: db, generation: generation) }
/// ```
final class GenerationCache<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var current: (generation: String, value: Value)?

    /// The value of `generation` (the caller has read it from `meta`), built by `build` when new.
    /// The lock is not held while building: two requests meeting a new generation may both build.
    func value(for generation: String, build: () throws -> Value) rethrows -> Value {
        if let current = lock.withLock({ current }), current.generation == generation { return current.value }
        let fresh = try build()
        lock.withLock { current = (generation, fresh) }
        return fresh
    }
}
