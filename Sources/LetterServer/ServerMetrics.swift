import Prometheus

/// What `/metrics` reports, in Prometheus text: requests by route and status, latency by route,
/// worker restarts. With `serve --workers N` one instance lives in the supervising parent and
/// the workers report each request to it (``RequestReport``); alone, the server keeps its own.
public final class ServerMetrics: Sendable {
    private let registry = PrometheusCollectorRegistry()
    private let restarts: Counter

    /// Latency buckets, in seconds: from 1 ms to 10 s (the request timeout).
    static let buckets: [Duration] = [
        .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
        .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(10),
    ]

    /// Empty metrics.
    public init() {
        restarts = registry.makeCounter(
            descriptor: .init(namespace: "kamerzoek", metricName: "worker_restarts", unitName: "total",
                              helpText: "Worker processes started again after they ended."),
            labels: [])
    }

    /// Counts one answered request on the route template `route` (`/search`, `/letters/**`).
    public func record(route: String, status: Int, duration: Duration) {
        let route = Self.label(route)
        registry.makeCounter(
            descriptor: .init(namespace: "kamerzoek", metricName: "http_requests", unitName: "total",
                              helpText: "Requests answered, by route and status."),
            labels: [("route", route), ("status", String(status))]
        ).increment()
        registry.makeDurationHistogram(
            descriptor: .init(namespace: "kamerzoek", metricName: "http_request_duration", unitName: "seconds",
                              helpText: "Time to answer a request, by route."),
            labels: [("route", route)], buckets: Self.buckets
        ).record(duration)
    }

    /// Counts one worker restart.
    public func recordRestart() {
        restarts.increment()
    }

    /// The metrics in Prometheus text format.
    public func render() -> String {
        registry.emitToString()
    }

    /// The index's state as gauges, for the process that answers the scrape.
    static func indexGauges(generation: String, letters: Int) -> String {
        """
        # HELP kamerzoek_index_letters Letters in the index.
        # TYPE kamerzoek_index_letters gauge
        kamerzoek_index_letters \(letters)
        # HELP kamerzoek_index_generation_info The index generation the server sees (changes with each ingest).
        # TYPE kamerzoek_index_generation_info gauge
        kamerzoek_index_generation_info{generation="\(label(generation))"} 1

        """
    }

    /// A label value kept short and free of quotes, backslashes and line breaks.
    static func label(_ text: String) -> String {
        String(text.unicodeScalars.prefix(80).filter { $0 != "\"" && $0 != "\\" && $0 != "\n" && $0.value >= 0x20 }
            .map(Character.init))
    }
}
