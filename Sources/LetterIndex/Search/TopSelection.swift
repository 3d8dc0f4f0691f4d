/// The best few elements of a large collection in one pass, without sorting all of it.
///
/// ```swift
/// TopSelection.first(3, of: [5, 1, 9, 7, 3], by: >)  // [9, 7, 5]
/// ```
enum TopSelection {
    /// The first `count` elements of `elements` in the order `precedes` defines, in that order.
    ///
    /// Keeps a sorted buffer of at most `count` elements: O(n) for the pages a search asks for.
    static func first<Element>(
        _ count: Int, of elements: some Sequence<Element>, by precedes: (Element, Element) -> Bool
    ) -> [Element] {
        guard count > 0 else { return [] }
        var best: [Element] = []
        best.reserveCapacity(count + 1)
        for element in elements {
            if best.count == count, let last = best.last, !precedes(element, last) { continue }
            var index = best.count
            while index > 0, precedes(element, best[index - 1]) { index -= 1 }
            best.insert(element, at: index)
            if best.count > count { best.removeLast() }
        }
        return best
    }
}
