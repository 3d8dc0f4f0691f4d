/// Fuzz target (c): the query string (and a path segment) of every HTTP route, answered by the
/// router over the sample index; a 5xx other than `503 timeout` stops the fuzzer.
///
/// Input: the raw query string on the first line (sent as is, not encoded); an optional
/// `path=...` line gives the letter id or entity key put into the routes that take one.
public enum HTTPFuzzTarget {
    /// The routes, `{id}` and `{key}` replaced by the input's path segment.
    static let routes = [
        "/search", "/search.csv", "/search.ndjson", "/search.atom", "/", "/health", "/openapi.json",
        "/entities", "/entities/country/{key}", "/entities/{key}/{key}", "/entiteiten/{key}", "/entiteit/country/{key}",
        "/letters/{id}", "/brief/{id}", "/letters/kamerbrieven/jbz-raad-cyprus-januari-2026",
        "/timeline", "/commitments", "/commitments.atom", "/toezeggingen",
        "/letters/{id}/similar", "/letters/tk-moties/kst-34104-439/similar",
    ]

    /// Runs one input; stops the process when a route answers 5xx.
    public static func run(_ bytes: UnsafeRawBufferPointer) {
        let input = FuzzInput(bytes)
        let segment = input.value("path") ?? "NL"
        for route in routes {
            let path = route.replacingOccurrences(of: "{id}", with: segment).replacingOccurrences(of: "{key}", with: segment)
            RouterProbe.sample.check(path + "?" + input.head)
        }
    }
}
