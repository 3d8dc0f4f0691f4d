import Foundation
import Hummingbird

/// The query string of a web page as an HTML form sends it (`+` is a space), checked like the API's:
/// unknown names are a `400 unknown_parameter`.
struct FormQuery {
    private(set) var values: [(name: String, value: String)] = []

    /// Parses `request`'s query; names outside `allowed` throw.
    init(_ request: Request, allowed: Set<String>) throws {
        try self.init(query: request.uri.query ?? "", allowed: allowed)
    }

    /// Parses a raw query string (`a=1&b=x+y`).
    init(query: String, allowed: Set<String>) throws {
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            guard allowed.contains(name) else {
                throw APIError(.badRequest, code: "unknown_parameter",
                               message: "unknown parameter '\(name)'; known: \(allowed.sorted().joined(separator: ", "))")
            }
            values.append((name, value))
        }
    }

    /// One form-encoded piece: `+` to space, then percent-decoded (left as typed when malformed).
    static func decode(_ piece: Substring) -> String {
        let spaced = piece.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The last value given for `name`, trimmed; nil when absent or empty.
    func string(_ name: String) -> String? {
        guard let value = values.last(where: { $0.name == name })?.value.trimmingCharacters(in: .whitespaces),
            !value.isEmpty
        else { return nil }
        return value
    }

    /// Every non-empty value given for `name` (repeated or comma-separated).
    func strings(_ name: String) -> [String] {
        values.filter { $0.name == name }
            .flatMap { $0.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }
    }

    /// A whole number in `range`, `value` when absent; anything else (an empty value too) is a `400 bad_parameter`.
    func int(_ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let raw = values.last(where: { $0.name == name })?.value else { return value }
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard let number = Int(text), range.contains(number) else {
            throw APIError(.badRequest, code: "bad_parameter",
                           message: "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return number
    }
}
