import ArgumentParser

/// `kamerzoek`: search Dutch government letters.
@main
struct Kamerzoek: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kamerzoek",
        abstract: "Search Dutch government letters: ingest a folder, search it, serve it.",
        subcommands: [
            IngestCommand.self, SearchCommand.self, ShowCommand.self, StatsCommand.self, ServeCommand.self,
            TokensCommand.self, AnalyzeCommand.self, CheckCommand.self, EntitiesCommand.self, SyncCommand.self,
            SnapshotCommand.self, TimelineCommand.self, CommitmentsCommand.self, SimilarCommand.self,
        ])
}
