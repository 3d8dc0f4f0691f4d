import Foundation
import Testing
@testable import LetterIndex
import TestSupport

/// Filters, facets and the entity catalog on a real sub-corpus (the sample letters).
@Suite(.serialized) struct EntityFilterTests {
    static let corpus = SampleIndexes.sampleLetters

    static let letter = "kamerbrieven/jbz-raad-cyprus-januari-2026"

    @Test(arguments: ["CY", "Cyprus", "cyprus", "Cypriotische"])
    func aCountryFilterWithoutTextListsEveryLetterNamingIt(value: String) throws {
        let response = try Self.corpus.search("") { $0.countries = [value] }
        #expect(response.results.map(\.id) == [Self.letter])
        #expect(response.results[0].highlights.count == 1, "the snippet marks the mention")
    }

    @Test func anUnknownCountryMatchesNoLetterAndTheNotesSayWhy() throws {
        let response = try Self.corpus.search("") { $0.countries = ["Atlantis"] }
        #expect(response.total == 0)
        #expect(response.notes.contains { $0.contains("Atlantis") })
        let unknownDossier = try Self.corpus.search("") { $0.dossiers = ["geen nummer"] }
        #expect(unknownDossier.total == 0)
        #expect(unknownDossier.notes.contains { $0.contains("geen nummer") })
    }

    @Test(arguments: [("van weel", 1), ("Minister van Asiel en Migratie", 1), ("staatssecretaris van financiën", 1), ("Pietersen", 0)])
    func ministerFiltersMatchNamesAndRoles(value: String, count: Int) throws {
        #expect(try Self.corpus.search("") { $0.ministers = [value] }.total == count)
    }

    @Test func dossierFiltersAcceptWrittenForms() throws {
        #expect(try Self.corpus.search("") { $0.dossiers = ["32 317"] }.results.map(\.id) == [Self.letter])
        #expect(try Self.corpus.search("") { $0.dossiers = ["34104"] }.results.map(\.id) == ["tk-moties/kst-34104-439"])
    }

    @Test func filtersCombineWithTextAndEachOther() throws {
        #expect(try Self.corpus.search("herplaatsing") { $0.countries = ["GR"]; $0.kinds = ["brief"] }.total == 1)
        #expect(try Self.corpus.search("herplaatsing") { $0.kinds = ["motie"]; $0.countries = ["GR"] }.total == 0)
        #expect(try Self.corpus.search("land:GR soort:brief herplaatsing").total == 1)
    }

    @Test func dateFiltersBoundTheResults() throws {
        let response = try Self.corpus.search("") { $0.from = "1990"; $0.to = "1999-12" }
        #expect(response.results.map(\.id) == ["sgd-historical/sgd-0000000696"])
    }

    @Test func facetsCountTheWholeResultSet() throws {
        let response = try Self.corpus.search("de") { $0.limit = 1 }
        let kinds = Dictionary(uniqueKeysWithValues: response.facets.kind.map { ($0.key, $0.count) })
        #expect(kinds.values.reduce(0, +) == response.total)
        #expect(response.facets.country.first { $0.key == "CY" }?.count == 1)
        #expect(response.facets.dossier.contains { $0.key == "32317" })
        #expect(response.facets.year.contains { $0.key == "1994" })
    }

    @Test func resultsListTheirEntities() throws {
        let hit = try #require(try Self.corpus.search("solidariteit").results.first { $0.id == Self.letter })
        #expect(hit.entities.contains { $0.kind == "country" && $0.key == "DK" })
        #expect(hit.entities.contains { $0.kind == "dossier" && $0.key == "32317" })
        #expect(hit.entities.contains { $0.kind == "minister" && $0.primary })
    }

    @Test func theCatalogListsEntitiesAndOneEntitysLetters() throws {
        let catalog = EntityCatalog(database: try LetterDatabase(path: Self.corpus.indexPath, readOnly: true))
        let countries = try catalog.entities(kind: "country")
        #expect(countries.contains { $0.key == "GR" && $0.letters >= 1 })
        let cyprus = try #require(try catalog.entity(kind: "country", key: "CY"))
        #expect(cyprus.results.map(\.id) == [Self.letter])
        #expect(try catalog.entity(kind: "country", key: "ZZ") == nil)
        #expect(throws: SearchError.self) { try catalog.entities(kind: "planet") }
    }
}
