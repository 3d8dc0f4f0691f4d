import Hummingbird

/// The query string of a request, checked: unknown names and bad values are a `400`.
struct QueryParameters {
    private var values: [String: [String]] = [:]

    /// Reads the raw query string as a form does: `+` is a space, each part percent-decoded once.
    init(_ request: Request, allowed: Set<String>) throws {
        for pair in (request.uri.query ?? "").split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            guard allowed.contains(key) else {
                throw APIError(.badRequest, code: "unknown_parameter",
                               message: "unknown parameter '\(key)'; known: \(allowed.sorted().joined(separator: ", "))")
            }
            values[key, default: []].append(value)
        }
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    func string(_ name: String) -> String? { values[name]?.last }

    func strings(_ name: String) -> [String] {
        (values[name] ?? []).flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }
    }

    func int(_ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = string(name), !text.isEmpty else { return value }
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

import Foundation
