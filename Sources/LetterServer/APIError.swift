import Foundation
import Hummingbird
import LetterIndex

/// An error answered as `{"error": {"code", "message"}}` with a 4xx (or 5xx) status.
public struct APIError: HTTPResponseError, Sendable {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// A stable code (`bad_parameter`, `not_found`, `unauthorized`…).
    public var code: String
    /// What was wrong.
    public var message: String

    /// Creates an error.
    public init(_ status: HTTPResponse.Status, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    /// A search error as a 400 (or 500 for internal failures).
    public init(_ error: SearchError) {
        self.init(error.code == "internal" ? .internalServerError : .badRequest, code: error.code, message: error.message)
    }

    /// The JSON error response.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = try JSONEncoder().encode(ErrorBody(error: .init(code: code, message: message)))
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"kamerzoek\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// The body of an error response.
struct ErrorBody: Codable, Sendable {
    struct Inner: Codable, Sendable {
        var code: String
        var message: String
    }

    var error: Inner
}
