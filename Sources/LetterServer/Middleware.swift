import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Runs `next` and hands `outcome` the status the client gets (an `HTTPResponseError`'s own,
/// 500 for any other error) and the time it took; what the access log and the metrics share.
func measuring<Context: RequestContext>(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response,
    outcome: (_ status: Int, _ duration: Duration) -> Void
) async throws -> Response {
    let start = ContinuousClock.now
    do {
        let response = try await next(request, context)
        outcome(response.status.code, ContinuousClock.now - start)
        return response
    } catch let error as HTTPResponseError {
        outcome(error.status.code, ContinuousClock.now - start)
        throw error
    } catch {
        outcome(500, ContinuousClock.now - start)
        throw error
    }
}

/// Logs method, path, status and duration of every request; never the query's token or headers.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        return try await measuring(request, context: context, next: next) { status, elapsed in
            let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
            context.logger.info("\(request.method) \(path) \(status) \(String(format: "%.1f", milliseconds)) ms")
        }
    }
}

/// Adds security headers: a strict Content-Security-Policy, no sniffing, no framing.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var policy: String {
        "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as APIError {
            response = try error.response(from: request, context: context)
        } catch let error as HTTPError {
            // Hummingbird's own errors (no route: 404) in the API's error shape.
            let code = error.status == .notFound ? "not_found" : "http_\(error.status.code)"
            let message = error.status == .notFound ? "no route for \(request.method) \(request.uri.path)" : error.status.reasonPhrase
            response = try APIError(error.status, code: code, message: message).response(from: request, context: context)
        } catch let error as HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            // Anything else is a bug: logged here, answered without details.
            context.logger.error("\(request.method) \(request.uri.path) failed: \(error)")
            response = try APIError(.internalServerError, code: "internal", message: "the server failed on this request")
                .response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        return response
    }
}

/// Requires `Authorization: Bearer <token>` on every path but the open ones; compares in constant time.
struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String
    let openPaths: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if openPaths.contains(request.uri.path) { return try await next(request, context) }
        guard let offered = Self.offeredToken(request.headers[.authorization] ?? ""),
            Self.constantTimeEqual(offered, Array(token.utf8))
        else {
            var response = try APIError(.unauthorized, code: "unauthorized", message: "this server needs Authorization: Bearer <token>")
                .response(from: request, context: context)
            if ContentNegotiation.prefersHTML(request) {
                // Browsers cannot send a bearer token without scripts; they ask for a password (the token) instead.
                response.headers[.wwwAuthenticate] = "Basic realm=\"kamerzoek\", charset=\"UTF-8\""
            }
            return response
        }
        return try await next(request, context)
    }

    /// The token of `Authorization: Bearer <token>`, or the password of `Basic base64(user:token)`
    /// (what a browser sends after asking).
    static func offeredToken(_ header: String) -> [UInt8]? {
        if header.hasPrefix("Bearer ") { return Array(header.utf8.dropFirst("Bearer ".utf8.count)) }
        if header.hasPrefix("Basic "), let data = Data(base64Encoded: String(header.dropFirst("Basic ".count))) {
            let bytes = Array(data)
            guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
            return Array(bytes[(colon + 1)...])
        }
        return nil
    }

    /// Equal bytes, in time that depends only on the lengths.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? a[index] : 0
            let y = index < b.count ? b[index] : 0
            difference |= x ^ y
        }
        return difference == 0
    }
}

/// Answers every method but GET and HEAD (which Hummingbird derives from GET) with
/// `405 method_not_allowed` and `Allow: GET, HEAD`: every resource of this server is read-only.
struct ReadOnlyMethodsMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            var response = try APIError(
                .methodNotAllowed, code: "method_not_allowed",
                message: "\(request.method) is not allowed on \(request.uri.path): this server answers GET and HEAD"
            ).response(from: request, context: context)
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        return try await next(request, context)
    }
}
