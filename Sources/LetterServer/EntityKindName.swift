/// Dutch names of entity kinds and letter kinds, as the web pages show them.
///
/// ```swift
/// EntityKindName.singular("country")   // "land"
/// EntityKindName.plural("dossier")     // "dossiers"
/// ```
enum EntityKindName {
    /// Kinds in the order pages list them.
    static let order = ["country", "minister", "ministry", "dossier", "person", "organisation", "toezegging", "date"]

    /// The Dutch name of one entity of `kind`; the kind itself when unknown.
    static func singular(_ kind: String) -> String {
        switch kind {
        case "country": "land"
        case "minister": "minister"
        case "ministry": "ministerie"
        case "dossier": "dossier"
        case "person": "persoon"
        case "organisation": "organisatie"
        case "toezegging": "toezegging"
        case "date": "datum"
        default: kind
        }
    }

    /// The Dutch plural of `kind`.
    static func plural(_ kind: String) -> String {
        switch kind {
        case "country": "landen"
        case "minister": "ministers"
        case "ministry": "ministeries"
        case "dossier": "dossiers"
        case "person": "personen"
        case "organisation": "organisaties"
        case "toezegging": "toezeggingen"
        case "date": "datums"
        default: kind
        }
    }

    /// The Dutch name of a letter kind (`brief`, `motie`, `kamervragen`, `other`).
    static func letterKind(_ kind: String) -> String {
        switch kind {
        case "brief": "brief"
        case "motie": "motie"
        case "kamervragen": "Kamervragen"
        case "other": "overig"
        default: kind
        }
    }
}
