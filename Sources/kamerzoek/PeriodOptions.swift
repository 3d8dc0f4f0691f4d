import ArgumentParser

/// `--from` and `--to`: the period of the letters, shared by `search`, `timeline` and `commitments`.
struct PeriodOptions: ParsableArguments {
    @Option(help: "Only letters dated on or after (yyyy, yyyy-mm, yyyy-mm-dd).")
    var from: String?

    @Option(help: "Only letters dated on or before (yyyy, yyyy-mm, yyyy-mm-dd).")
    var to: String?
}
