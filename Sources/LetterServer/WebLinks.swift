import Foundation

/// The addresses of the web pages, built in one place so every link is encoded the same way.
///
/// ```swift
/// WebLinks.letter("tk-moties/kst-34104-439")      // "/brief/tk-moties/kst-34104-439"
/// WebLinks.entity(kind: "minister", key: "minister van justitie en veiligheid")
/// // "/entiteit/minister/minister%20van%20justitie%20en%20veiligheid"
/// ```
enum WebLinks {
    /// Characters left as they are in a path segment or query value (RFC 3986 unreserved).
    private static let unreserved = CharacterSet(charactersIn:
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// A path segment or query value, percent-encoded (spaces as `%20`, `/` as `%2F`).
    static func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// The letter page; the id's slashes stay path separators.
    static func letter(_ id: String) -> String {
        "/brief/" + id.split(separator: "/", omittingEmptySubsequences: false).map { encode(String($0)) }
            .joined(separator: "/")
    }

    /// The entity page of one entity.
    static func entity(kind: String, key: String) -> String {
        "/entiteit/\(encode(kind))/\(encode(key))"
    }

    /// The list of entities of one kind.
    static func entities(kind: String) -> String {
        "/entiteiten/\(encode(kind))"
    }

    /// A path with a query string built from (name, value) pairs; empty values are left out.
    static func path(_ path: String, _ parameters: [(String, String)]) -> String {
        let query = parameters.filter { !$0.1.isEmpty }.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
        return query.isEmpty ? path : path + "?" + query
    }

    /// Path components caught by a `**` route, each percent-decoded and joined with `/`.
    static func decodedPath(_ components: [Substring]) -> String {
        components.map { String($0).removingPercentEncoding ?? String($0) }.joined(separator: "/")
    }
}
