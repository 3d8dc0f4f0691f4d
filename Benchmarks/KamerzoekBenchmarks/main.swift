import Foundation

// The benchmark suite: `swift run -c release KamerzoekBenchmarks [ingest|query|timeline|relevance|all] [options]`.
// See Benchmarks/README.md; Benchmarks/run.sh runs the whole table on ../shared/corpus.

let arguments = Array(CommandLine.arguments.dropFirst())
let options = BenchmarkOptions(arguments)
do {
    switch options.command {
    case "ingest": try IngestBenchmark(options: options).run()
    case "query": try QueryBenchmark(options: options).run()
    case "timeline": try TimelineBenchmark(options: options).run()
    case "relevance": try RelevanceBenchmark(options: options).run()
    case "similar": try SimilarBenchmark(options: options).run()
    case "stages": try StageBenchmark(options: options).run()
    case "profiles": try ProfileDump(options: options, output: options.output).run()
    case "streams": try StreamDump(options: options, output: options.output, repeats: arguments.firstIndex(of: "--repeat").flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil } ?? 1).run()
    case "searches": try SearchDump(options: options, output: options.output).run()
    case "probe": try ProbeBenchmark(options: options, queries: options.positional).run()
    case "sql": try SQLProbe(options: options, statements: options.positional).run()
    case "all":
        try IngestBenchmark(options: options).run()
        try QueryBenchmark(options: options).run()
        try RelevanceBenchmark(options: options).run()
    default:
        FileHandle.standardError.write(Data("usage: KamerzoekBenchmarks ingest|query|timeline|relevance|similar|all [--corpus DIR] [--work DIR] [--scale N] [--queries N]\n".utf8))
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
    exit(1)
}
