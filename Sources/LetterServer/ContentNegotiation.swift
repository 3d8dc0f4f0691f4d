import Hummingbird

/// Reads the `Accept` header: does the client want a web page or JSON?
///
/// A browser's `text/html,application/xhtml+xml,…;q=0.8` prefers HTML; `curl`'s `*/*`, an empty header
/// or `application/json` get JSON.
enum ContentNegotiation {
    /// Whether `text/html` is accepted with a weight above zero and at least that of `application/json`.
    static func prefersHTML(_ request: Request) -> Bool {
        guard let accept = request.headers[.accept] else { return false }
        var html: Double?
        var json: Double?
        for range in accept.split(separator: ",") {
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let type = parts.first else { continue }
            var weight = 1.0
            for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
                weight = Double(parameter.dropFirst(2)) ?? 1
            }
            switch type {
            case "text/html": html = max(html ?? 0, weight)
            case "application/json": json = max(json ?? 0, weight)
            default: continue
            }
        }
        guard let html, html > 0 else { return false }
        return html >= (json ?? 0)
    }
}
