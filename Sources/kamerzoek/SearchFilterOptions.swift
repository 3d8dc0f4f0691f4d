import ArgumentParser
import LetterIndex

/// The options that choose letters (`--country`, `--minister`, `--dossier`, `--kind`, `--from`, `--to`, `--raw`),
/// shared by `search` and `timeline`.
struct SearchFilterOptions: ParsableArguments {
    @Option(help: "Only letters naming this country (ISO code or name); repeatable.")
    var country: [String] = []

    @Option(help: "Only letters naming this minister (name or role); repeatable.")
    var minister: [String] = []

    @Option(help: "Only letters in or citing this dossier; repeatable.")
    var dossier: [String] = []

    @Option(help: "Only letters of this kind: brief, motie, kamervragen, other; repeatable.")
    var kind: [String] = []

    @Option(help: "Only letters dated on or after (yyyy, yyyy-mm, yyyy-mm-dd).")
    var from: String?

    @Option(help: "Only letters dated on or before (yyyy, yyyy-mm, yyyy-mm-dd).")
    var to: String?

    @Flag(help: "Expert mode: the query is FTS5 syntax, checked by SQLite.")
    var raw = false

    /// Sets the filters of `request`.
    func apply(to request: inout SearchRequest) {
        request.countries = country
        request.ministers = minister
        request.dossiers = dossier
        request.kinds = kind
        request.from = from
        request.to = to
        request.raw = raw
    }
}
