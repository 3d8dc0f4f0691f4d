import Hummingbird
import LetterIndex

/// `GET /metrics`: Prometheus text — requests by route and status, latency, worker restarts
/// (from `metrics`, the parent's counts when there are workers), and the index's letters and generation.
struct MetricsController<Context: RequestContext>: Sendable {
    let store: LetterStore
    let metrics: @Sendable () -> String?
    var deadline = WorkDeadline.standard

    var routes: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("metrics") { request, _ in
            _ = try QueryParameters(request, allowed: [])
            let text = try await deadline.run { () throws -> String in
                let state = try store.state()
                return (metrics() ?? "") + ServerMetrics.indexGauges(generation: state.generation, letters: state.letters)
            }
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: text)))
        }
        return routes
    }
}
