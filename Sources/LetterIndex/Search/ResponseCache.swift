import Foundation

/// Recent responses by request, valid for one index generation: colleagues repeat searches
/// (the same query paged, the same filter clicked), and a repeat costs a dictionary lookup.
final class ResponseCache: @unchecked Sendable {
    private struct Key: Hashable {
        var generation: String
        var request: SearchRequest
    }

    private let lock = NSLock()
    private var entries: [Key: SearchResponse] = [:]
    private var order: [Key] = []
    let capacity: Int

    /// A cache of `capacity` responses; 0 turns it off.
    init(capacity: Int) {
        self.capacity = capacity
    }

    func response(for request: SearchRequest, generation: String) -> SearchResponse? {
        guard capacity > 0 else { return nil }
        lock.lock()
        defer { lock.unlock() }
        return entries[Key(generation: generation, request: request)]
    }

    func store(_ response: SearchResponse, for request: SearchRequest, generation: String) {
        guard capacity > 0 else { return }
        let key = Key(generation: generation, request: request)
        lock.lock()
        defer { lock.unlock() }
        if entries.updateValue(response, forKey: key) == nil {
            order.append(key)
            if order.count > capacity {
                let evicted = order.count - capacity
                for old in order.prefix(evicted) { entries[old] = nil }
                order.removeFirst(evicted)
            }
        }
    }
}
