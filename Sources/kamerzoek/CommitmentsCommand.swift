import ArgumentParser
import Foundation
import LetterIndex

/// `kamerzoek commitments`: the toezeggingen recognised in letters, newest first.
struct CommitmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commitments",
        abstract: "List the toezeggingen (commitments) recognised in letters: who promised, what, letter, date, dossier.",
        discussion: """
            A toezegging is recognised by its registry number (TZ202412-096). Who: the letter's signing ministers; \
            what: the sentence around the number (for a number in a footnote, the letter's sentence naming the \
            toezegging); dossier: the letter's own.
            """)

    @OptionGroup var index: IndexOptions

    @Option(help: "Only those whose letter a minister matching this signed (name or role).")
    var minister: String?

    @OptionGroup var period: PeriodOptions

    @Option(help: "Only those whose letter's own dossier is this one.")
    var dossier: String?

    @Flag(help: "Print JSON (the object of GET /commitments).")
    var json = false

    @Option(help: "How many to list (1–\(CommitmentQuery.maximumLimit)).")
    var limit = 50

    func validate() throws {
        guard (1...CommitmentQuery.maximumLimit).contains(limit) else {
            throw ValidationError("--limit must be from 1 to \(CommitmentQuery.maximumLimit)")
        }
    }

    func run() throws {
        var query = CommitmentQuery()
        query.minister = minister
        query.dossier = dossier
        query.from = period.from
        query.to = period.to
        query.limit = limit
        let page: CommitmentPage
        do {
            page = try CommitmentList(database: try LetterDatabase(path: index.path, readOnly: true)).commitments(query)
        } catch let error as SearchError {
            throw CommandFailure(description: error.message)
        }
        if json {
            print(try JSONOutput.string(page))
            return
        }
        print("\(page.total) toezegging\(page.total == 1 ? "" : "en")")
        for note in page.notes { print("note: \(note)") }
        for commitment in page.results {
            let who = commitment.ministers.map(\.label).joined(separator: ", ")
            let dossiers = commitment.dossiers.map(\.key).joined(separator: ", ")
            print("\(commitment.date ?? "----------")  \(commitment.key)  \(who.isEmpty ? "(no signer recognised)" : who)"
                + (dossiers.isEmpty ? "" : "  dossier \(dossiers)"))
            print("    \(commitment.letter)#\(commitment.anchor)  \(commitment.title)")
            if !commitment.text.isEmpty { print("    \"\(commitment.text)\"") }
        }
    }
}
