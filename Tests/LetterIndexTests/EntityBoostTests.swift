import Entities
import Testing
import TestSupport
@testable import LetterIndex

/// Entities written as free text in a query boost the letters that name them.
@Suite(.serialized) struct EntityBoostTests {
    static let corpus = SampleIndexes.wholeSample

    static func boost(_ query: String) throws -> EntityBoost? {
        let database = try LetterDatabase(path: corpus.indexPath, readOnly: true)
        return try database.pool.read { db in
            let letters = try Int.fetchOne(db, sql: "SELECT count(*) FROM letter") ?? 0
            let limit = try Int.fetchOne(db, sql: "SELECT max(rowid) + 1 FROM letter") ?? 0
            return try EntityBoost(query: query, letterCount: letters, rowidLimit: limit, db: db)
        }
    }

    @Test(arguments: [
        ("herplaatsing Griekse asielzoekers", EntityKind.country, "GR"),
        ("samenwerking met Moldavië", .country, "MD"),
    ])
    func aNameInTheQueryIsRecognizedAsTheLettersAre(query: String, kind: EntityKind, key: String) throws {
        let boost = try #require(try Self.boost(query))
        #expect(boost.entities.contains { $0.kind == kind && $0.key == key }, "\(boost.entities)")
    }

    @Test func bareKamerstukNumbersAreDossiersButYearsAreNot() {
        #expect(EntityBoost.dossierNumbers(in: "36410 stikstof").map(\.key) == ["36410"])
        #expect(EntityBoost.dossierNumbers(in: "36600-VI begroting").map(\.key) == ["36600-VI"])
        #expect(EntityBoost.dossierNumbers(in: "watersnood 1953").isEmpty)
        #expect(EntityBoost.dossierNumbers(in: "1.000 woningen 123456").isEmpty)
    }

    /// `Nederlandse` names the Netherlands, which most letters name: it says nothing about a letter.
    @Test func anEntityInMostLettersBoostsNothing() throws {
        #expect(try Self.boost("Nederlandse ondernemers") == nil)
    }

    @Test func lettersNamingTheEntityScoreHigherAndSaySo() throws {
        let response = try Self.corpus.search("asielzoekers Griekenland herplaatsing") { $0.limit = 20; $0.explain = true }
        let boosted = response.results.compactMap(\.explanation).filter { $0.entityBoost != 1 }
        #expect(!boosted.isEmpty)
        for explanation in boosted {
            #expect(explanation.entityBoost == EntityBoost.factor)
            #expect(explanation.entities.contains("Griekenland"))
        }
    }
}
