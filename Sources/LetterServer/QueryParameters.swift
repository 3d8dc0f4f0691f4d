import Foundation
import Hummingbird

/// The query string of a request, checked: unknown names and bad values are a `400`.
struct QueryParameters {
    private var values: [String: [String]] = [:]

    /// Reads the raw query string as a form does (``FormQuery``): `+` is a space, each part
    /// percent-decoded once; unknown names are a `400 unknown_parameter`.
    init(_ request: Request, allowed: Set<String>) throws {
        for (name, value) in try FormQuery(request, allowed: allowed).values {
            values[name, default: []].append(value)
        }
    }

    func string(_ name: String) -> String? { values[name]?.last }

    func strings(_ name: String) -> [String] {
        (values[name] ?? []).flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }
    }

    /// A whole number in `range`, `value` when absent; anything else (an empty value too) is a `400 bad_parameter`.
    func int(_ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = string(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw APIError(.badRequest, code: "bad_parameter",
                           message: "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return number
    }

    func bool(_ name: String) throws -> Bool {
        guard let text = string(name)?.lowercased(), !text.isEmpty else { return false }
        switch text {
        case "1", "true", "yes", "ja": return true
        case "0", "false", "no", "nee": return false
        default: throw APIError(.badRequest, code: "bad_parameter", message: "\(name) must be 1 or 0, not '\(text)'")
        }
    }
}
