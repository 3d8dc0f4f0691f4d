import LetterIndex

/// One similar letter as the letter page lists it: a link, its date and why it is similar, in Dutch.
struct SimilarLetterLink: Sendable {
    var title: String
    var href: String
    var date: String?
    /// Why, worded: `zelfde dossier 34104 · woorden: opvang, asielzoekers · ook: COA`.
    var why: String

    init(_ letter: SimilarLetter) {
        title = letter.title.isEmpty ? letter.id : letter.title
        href = WebLinks.letter(letter.id)
        date = DutchWording.date(letter.date)
        why = Self.why(letter.reasons)
    }

    /// The reasons in words, most telling first.
    static func why(_ reasons: SimilarityReasons) -> String {
        var parts: [String] = []
        if !reasons.dossiers.isEmpty {
            parts.append("zelfde dossier " + reasons.dossiers.map(\.label).joined(separator: ", "))
        }
        if !reasons.terms.isEmpty {
            parts.append("woorden: " + reasons.terms.joined(separator: ", "))
        }
        if !reasons.entities.isEmpty {
            parts.append("beide noemen: " + reasons.entities.map(\.label).joined(separator: ", "))
        }
        return parts.joined(separator: " · ")
    }
}
