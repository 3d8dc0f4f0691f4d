/// A fuzz input read as text: the first line, and `name=value` lines after it.
///
/// Bytes that are not UTF-8 become U+FFFD, as a server decodes a bad query string.
struct FuzzInput {
    /// The first line.
    var head: String
    /// Every later line that holds `=`, split at the first one.
    var parameters: [(name: String, value: String)]

    init(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        head = lines.isEmpty ? "" : String(lines.removeFirst())
        parameters = lines.compactMap { line in
            guard let equals = line.firstIndex(of: "=") else { return nil }
            return (String(line[..<equals]), String(line[line.index(after: equals)...]))
        }
    }

    /// The last value of `name`.
    func value(_ name: String) -> String? {
        parameters.last(where: { $0.name == name })?.value
    }
}

/// Stops the fuzzer with a message when an invariant of the request path does not hold.
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("fuzz invariant: \(message())") }
}
