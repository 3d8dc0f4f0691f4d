/// Dutch stop words: Snowball's Dutch stop word list, folded (lowercase, no diacritics).
///
/// ```swift
/// StopWords.contains("het")      // true
/// StopWords.contains("minister") // false
/// ```
public enum StopWords {
    /// The 101 words of Snowball's Dutch list (snowball-website `algorithms/dutch/stop.txt`).
    public static let dutch: Set<String> = [
        "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het", "niet", "zijn", "is",
        "was", "op", "aan", "met", "als", "voor", "had", "er", "maar", "om", "hem", "dan", "zou", "of",
        "wat", "mijn", "men", "dit", "zo", "door", "over", "ze", "zich", "bij", "ook", "tot", "je", "mij",
        "uit", "der", "daar", "haar", "naar", "heb", "hoe", "heeft", "hebben", "deze", "u", "want", "nog",
        "zal", "me", "zij", "nu", "ge", "geen", "omdat", "iets", "worden", "toch", "al", "waren", "veel",
        "meer", "doen", "toen", "moet", "ben", "zonder", "kan", "hun", "dus", "alles", "onder", "ja",
        "eens", "hier", "wie", "werd", "altijd", "doch", "wordt", "wezen", "kunnen", "ons", "zelf",
        "tegen", "na", "reeds", "wil", "kon", "niets", "uw", "iemand", "geweest", "andere",
    ]

    /// The byte length of the longest stop word ("geweest"); longer words are never stop words.
    private static let longest = 7

    /// Whether a folded word is a stop word.
    public static func contains(_ folded: some StringProtocol) -> Bool {
        guard folded.utf8.count <= longest else { return false }
        return dutch.contains(String(folded))
    }
}
