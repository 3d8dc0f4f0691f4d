import Foundation

/// The words of today's Dutch government texts, folded: what ``HistoricalSpelling`` checks
/// before it respells a word, so that `tweede`, `vooral` and `Zeeland` stay as they are while
/// `menschen` and `regeering` become `mensen` and `regering`.
///
/// Made by `scripts/make-modern-vocabulary.py` from the motions and Kamerbrieven of the corpus
/// (2008 onwards), shipped as a resource of this module.
///
/// ```swift
/// ModernVocabulary.bundled.uses(of: Array("tweede".utf8))  // 8371
/// ```
public struct ModernVocabulary: Sendable {
    private let counts: [String: Int]

    /// A vocabulary of folded words with how often today's texts use them.
    public init(counts: [String: Int]) {
        self.counts = counts
    }

    /// Reads a file of `word<TAB>count` lines (a line without a count counts once).
    public init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        var counts: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 1)
            guard let word = fields.first else { continue }
            counts[String(word), default: 0] += fields.count > 1 ? Int(fields[1]) ?? 1 : 1
        }
        self.init(counts: counts)
    }

    /// The vocabulary made from the corpus.
    public static let bundled = BundledResource.read("modern-vocabulary", "txt", with: ModernVocabulary.init(contentsOf:))

    /// How often today's texts write the folded word so (0: never).
    public func uses(of word: some Collection<UInt8>) -> Int {
        counts[String(decoding: word, as: UTF8.self)] ?? 0
    }
}
