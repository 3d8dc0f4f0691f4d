import DutchText

/// Names of Dutch political parties, then and now: a report of a debate lists them on every
/// subject, so they say who speaks, not what about. Only names that are no ordinary word
/// ("Groen", "Volt", "Denk" are left alone); names of two letters are never characteristic anyway.
enum PartyNames {
    static let words = [
        "ARP", "BBB", "CDA", "Centrumdemocraten", "ChristenUnie", "CHU", "CPN", "Dierenpartij", "EVP", "FvD", "GPV",
        "GroenLinks", "KVP", "NSC", "PPR", "PSP", "PvdA", "PvdD", "PVV", "RPF", "SGP", "VVD",
    ]

    /// The names as the index stores them.
    static func terms(analyzer: DutchAnalyzer) -> Set<String> {
        Set(words.compactMap { analyzer.tokens(in: $0, mode: .query).first?.token })
    }
}
