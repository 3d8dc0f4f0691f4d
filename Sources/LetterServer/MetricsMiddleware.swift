import Hummingbird

/// Who hears of each request: its start (with method and target) and its end (route template,
/// status, duration).
public protocol RequestObserver: Sendable {
    /// A request starts; returns an id for ``end(_:route:status:duration:)``.
    func begin(_ target: String) -> UInt64
    /// The request `id` was answered.
    func end(_ id: UInt64, route: String, status: Int, duration: Duration)
}

extension ServerMetrics: RequestObserver {
    /// A server alone counts its own requests; it needs no id.
    public func begin(_ target: String) -> UInt64 { 0 }

    /// Counts the answered request.
    public func end(_ id: UInt64, route: String, status: Int, duration: Duration) {
        record(route: route, status: status, duration: duration)
    }
}

/// Tells the ``RequestObserver`` of every request, with the status the client gets.
struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let observer: any RequestObserver

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let id = observer.begin("\(request.method) \(request.uri)")
        let route = context.endpointPath ?? "unmatched"
        return try await measuring(request, context: context, next: next) { status, duration in
            observer.end(id, route: route, status: status, duration: duration)
        }
    }
}
