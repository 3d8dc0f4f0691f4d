/// Spelling from before the 1947 reform brought to today's, so that a modern query finds the
/// historical papers: `begrooting` → `begroting`, `regeering` → `regering`, `Nederlandsch` →
/// `nederlands`, `menschen` → `mensen`.
///
/// Only old spelling is respelled (``respelled(_:vocabulary:)``): a word is respelled when today's
/// texts write its respelling at least ten times as often as the word itself, so also when they
/// never write the word (``ModernVocabulary``). So `tweede`,
/// `vooral`, `meegenomen`, `Zeeland` and `Hirsch` keep their spelling and stem as Snowball's
/// `dutch` does, and `menschen`, `regeering`, `Nederlandsche` meet today's `mensen`, `regering`,
/// `Nederlandse`. The decision is the word's own, not its letter's, so the index and the queries
/// (and FTS5's deletes, which analyze a text again) always agree.
///
/// Two rules, on folded lowercase bytes, applied to whole words and compound parts just before
/// stemming (query words get the same, so both sides meet):
/// - `oo` and `ee` before one consonant and a vowel (an open syllable) become `o` and `e`;
/// - a final `sch` (also with `e`, `en`, `er`, `ere`, `es`, `s` after it) becomes `s`, except after
///   `i` (`logisch`, `praktische` are today's spelling too).
///
/// Applied to every word, the rules changed 326 distinct words of the modern motions (1.2% of
/// their word occurrences: `tweede` → `twede`); hence the vocabulary check.
///
/// ```swift
/// HistoricalSpelling.modernized(Array("begrootingen".utf8))  // "begrotingen"
/// ```
public enum HistoricalSpelling {
    /// Today's spelling of a word written in the old one: nil when no rule changes it, or when
    /// today's texts do not write its respelling at least ``modernMajority`` times as often as
    /// the word itself (`tweede` 8,371 times against `twede` never; `Nederlandsche`, in De
    /// Nederlandsche Bank, 9 times against `Nederlandse` 1,160). An unknown word whose
    /// respelling is unknown too is left as it is written.
    public static func respelled(_ word: some Collection<UInt8>, vocabulary: ModernVocabulary = .bundled) -> [UInt8]? {
        let modern = modernized(word)
        guard !modern.elementsEqual(word) else { return nil }
        let modernUses = vocabulary.uses(of: modern)
        guard modernUses > 0, modernUses >= modernMajority * vocabulary.uses(of: word) else { return nil }
        return modern
    }

    /// How many times more often today's texts must write the respelling than the word.
    public static let modernMajority = 10

    /// The word with both rules applied (unchanged when no rule applies), whatever its spelling.
    public static func modernized(_ word: some Collection<UInt8>) -> [UInt8] {
        var bytes = Array(word)
        removeFinalSch(&bytes)
        singleOpenVowels(&bytes)
        return bytes
    }

    /// False when ``modernized(_:)`` leaves `word` as it is for sure: it has no `oo`, `ee` or `sch`.
    static func mayModernize(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 3 else { return false }
        for i in 1..<word.count {
            let b = word[i]
            if (b == UInt8(ascii: "o") || b == UInt8(ascii: "e")) && word[i - 1] == b { return true }
            if b == UInt8(ascii: "h"), i >= 2, word[i - 1] == UInt8(ascii: "c"), word[i - 2] == UInt8(ascii: "s") {
                return true
            }
        }
        return false
    }

    @inline(__always)
    static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
             UInt8(ascii: "y"):
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isConsonant(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") && !isVowel(byte)
    }

    /// Endings after a final `sch` that keep the rule: `Nederlandsche`, `menschen`, `Franscher`.
    private static let schEndings: [[UInt8]] = ["", "e", "en", "er", "ere", "es", "s"].map { Array($0.utf8) }

    private static func removeFinalSch(_ bytes: inout [UInt8]) {
        for ending in schEndings {
            let schStart = bytes.count - ending.count - 3
            guard schStart >= 1, bytes[schStart] == UInt8(ascii: "s"), bytes[schStart + 1] == UInt8(ascii: "c"),
                bytes[schStart + 2] == UInt8(ascii: "h"), bytes[(schStart + 3)...].elementsEqual(ending),
                bytes[schStart - 1] != UInt8(ascii: "i")
            else { continue }
            bytes.removeSubrange(schStart + 1..<schStart + 3)
            return
        }
    }

    private static func singleOpenVowels(_ bytes: inout [UInt8]) {
        guard bytes.count >= 4 else { return }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        var changed = false
        while i < bytes.count {
            let b = bytes[i]
            if i + 3 < bytes.count, b == UInt8(ascii: "o") || b == UInt8(ascii: "e"), bytes[i + 1] == b,
                isConsonant(bytes[i + 2]), isVowel(bytes[i + 3]), i == 0 || !isVowel(bytes[i - 1])
            {
                out.append(b)
                i += 2
                changed = true
                continue
            }
            out.append(b)
            i += 1
        }
        if changed { bytes = out }
    }
}
