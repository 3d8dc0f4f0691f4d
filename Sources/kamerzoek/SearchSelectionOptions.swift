import ArgumentParser
import LetterIndex

/// What chooses letters: the query and `--country`, `--minister`, `--dossier`, `--kind`, `--from`, `--to`, `--raw`;
/// shared by `search` and `timeline`.
struct SearchSelectionOptions: ParsableArguments {
    @Argument(help: "The query (may be empty when filters are given).")
    var query: [String] = []

    @Option(help: "Only letters naming this country (ISO code or name); repeatable.")
    var country: [String] = []

    @Option(help: "Only letters naming this minister (name or role); repeatable.")
    var minister: [String] = []

    @Option(help: "Only letters in or citing this dossier; repeatable.")
    var dossier: [String] = []

    @Option(help: "Only letters of this kind: brief, motie, kamervragen, other; repeatable.")
    var kind: [String] = []

    @OptionGroup var period: PeriodOptions

    @Flag(help: "Expert mode: the query is FTS5 syntax, checked by SQLite.")
    var raw = false

    /// The request for this query and these filters (first page, by relevance).
    var request: SearchRequest {
        var request = SearchRequest(query: query.joined(separator: " "))
        request.countries = country
        request.ministers = minister
        request.dossiers = dossier
        request.kinds = kind
        request.from = period.from
        request.to = period.to
        request.raw = raw
        return request
    }
}
