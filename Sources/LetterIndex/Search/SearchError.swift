/// A search that cannot run as asked; the message says what and where.
public struct SearchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable code: `bad_query`, `bad_filter`, `bad_date`, `bad_parameter`, `not_found`.
    public var code: String
    /// What was wrong, for people.
    public var message: String

    /// Creates an error.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }

    static func badQuery(_ message: String) -> SearchError { SearchError(code: "bad_query", message: message) }
    static func badFilter(_ message: String) -> SearchError { SearchError(code: "bad_filter", message: message) }
    static func badDate(_ value: String, field: String) -> SearchError {
        SearchError(code: "bad_date", message: "\(field): '\(value)' is not a date (use yyyy, yyyy-mm or yyyy-mm-dd)")
    }
    static func badParameter(_ message: String) -> SearchError { SearchError(code: "bad_parameter", message: message) }
}
