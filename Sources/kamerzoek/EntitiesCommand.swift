import ArgumentParser
import Foundation
import LetterIndex

/// `kamerzoek entities`: entities with letter counts, or one entity's letters.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List entities (countries, ministers, dossiers…) with letter counts, or one entity's letters.")

    @Option(help: "country, minister, ministry, person, dossier, toezegging, organisation or date.")
    var kind: String?

    @Option(help: "Show this entity (needs --kind): an ISO code, dossier number, role key…")
    var key: String?

    @Option(help: "How many to list.")
    var limit = 50

    @OptionGroup var index: IndexOptions

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        if let kind, !EntityCatalog.kinds.contains(kind) {
            throw ValidationError("--kind must be one of \(EntityCatalog.kinds.joined(separator: ", "))")
        }
        if key != nil, kind == nil { throw ValidationError("--key needs --kind") }
        guard (1...1000).contains(limit) else { throw ValidationError("--limit must be from 1 to 1000") }
    }

    func run() throws {
        let catalog = EntityCatalog(database: try LetterDatabase(path: index.path, readOnly: true))
        do {
            if let kind, let key {
                guard let detail = try catalog.entity(kind: kind, key: key, limit: limit) else {
                    throw CommandFailure(description: "no \(kind) '\(key)' in \(index.path)")
                }
                if json { print(try JSONOutput.string(detail)); return }
                print("\(detail.entity.label) (\(detail.entity.kind) \(detail.entity.key)): \(detail.entity.letters) letters")
                print(detail.years.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", "))
                for letter in detail.results {
                    print("\(letter.date ?? "----------")  \(letter.kind.padding(toLength: 11, withPad: " ", startingAt: 0)) \(letter.id)  \(letter.title)")
                }
            } else {
                let list = try catalog.entities(kind: kind, limit: limit)
                if json { print(try JSONOutput.string(list)); return }
                for entity in list {
                    print("\(String(entity.letters).padding(toLength: 7, withPad: " ", startingAt: 0)) \(entity.kind.padding(toLength: 13, withPad: " ", startingAt: 0)) \(entity.key.padding(toLength: 16, withPad: " ", startingAt: 0)) \(entity.label)")
                }
            }
        } catch let error as SearchError {
            throw CommandFailure(description: error.message)
        }
    }
}
