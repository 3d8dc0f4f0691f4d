import Testing
@testable import DutchText

/// Spelling from before 1947 brought to today's, and today's spelling left alone.
struct HistoricalSpellingTests {
    @Test(arguments: [
        ("begrooting", "begroting"), ("regeering", "regering"), ("vereeniging", "vereniging"),
        ("nederlandsch", "nederlands"), ("nederlandsche", "nederlandse"), ("menschen", "mensen"),
        ("tusschen", "tussen"), ("franscher", "franser"), ("groote", "grote"),
        // Unchanged: today's spelling, -isch, closed syllables, diphthongs, short words.
        ("logisch", "logisch"), ("praktische", "praktische"), ("rooster", "rooster"), ("kooien", "kooien"),
        ("school", "school"), ("schip", "schip"), ("zee", "zee"), ("oorlog", "oorlog"), ("sch", "sch"),
    ])
    func modernizes(old: String, new: String) {
        #expect(String(decoding: HistoricalSpelling.modernized(Array(old.utf8)), as: UTF8.self) == new)
    }

    @Test(arguments: [("begrooting", "begroting"), ("Nederlandsche", "nederlandse"), ("menschen", "mensen")])
    func oldAndNewSpellingGetTheSameTokens(old: String, new: String) {
        let analyzer = DutchAnalyzer()
        #expect(analyzer.tokens(in: old, mode: .query).map(\.token) == analyzer.tokens(in: new, mode: .query).map(\.token))
    }
}
