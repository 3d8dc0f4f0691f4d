import Foundation
import Testing
@testable import DutchText

@Suite struct StopWordsTests {
    @Test func holdsSnowballsDutchList() {
        #expect(StopWords.dutch.count == 101)
        #expect(StopWords.dutch.allSatisfy { $0 == $0.lowercased() && $0.allSatisfy(\.isASCII) })
    }

    @Test(arguments: ["de", "het", "een", "van", "en", "zijn", "geweest", "andere", "tegen", "omdat"])
    func containsFunctionWords(word: String) {
        #expect(StopWords.contains(word))
        #expect(StopWords.contains(Substring(word)))
    }

    @Test(arguments: ["minister", "kamer", "motie", "regering", "verzoekt", "Het", "hebbende", "d"])
    func leavesOutContentWordsAndUnfoldedWords(word: String) {
        #expect(!StopWords.contains(word))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedMotions.path), "needs ../shared/corpus"))
    func coversMostOfTheWordsOfARealMotion() throws {
        let folder = sharedMotions
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        var words = 0
        var stops = 0
        for name in names.sorted().prefix(200) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
                words += 1
                if StopWords.contains(word) { stops += 1 }
            }
        }
        // In running Dutch text, function words are roughly a third to a half of all words.
        let share = Double(stops) / Double(max(words, 1))
        #expect(words > 10_000)
        #expect(share > 0.25 && share < 0.6)
    }
}
