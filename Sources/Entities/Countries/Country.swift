/// A country, territory or former state that letters mention, keyed by its ISO 3166-1 alpha-2 code.
///
/// ```swift
/// let greece = CountryGazetteer.shared.country(named: "Griekse")
/// greece?.code  // "GR"
/// greece?.name  // "Griekenland"
/// ```
public struct Country: Sendable, Hashable, Codable {
    /// The ISO 3166-1 alpha-2 code, or the former code for a state that no longer exists
    /// (`SU`, `YU`, `CS`, `DD`, `ZR`, `AN`, `RH`), or `XK` for Kosovo.
    public var code: String
    /// The Dutch name: "Griekenland", "Verenigde Staten", "Sovjet-Unie".
    public var name: String
    /// Other names in Dutch text: "Amerika", "Groot-Brittannië", "Bondsrepubliek".
    public var otherNames: [String]
    /// Uninflected adjectives: "Grieks", "Amerikaans". Inflected and old spellings are derived.
    public var adjectives: [String]
    /// Words for its people: "Grieken", "Griek".
    public var demonyms: [String]
    /// Abbreviations matched only in capitals: "VS", "DDR".
    public var abbreviations: [String]
    /// Whether the state no longer exists under this code (Sovjet-Unie, DDR, Zaïre).
    public var isHistorical: Bool

    /// Creates a country entry.
    public init(
        code: String, name: String, otherNames: [String] = [], adjectives: [String] = [],
        demonyms: [String] = [], abbreviations: [String] = [], isHistorical: Bool = false
    ) {
        self.code = code
        self.name = name
        self.otherNames = otherNames
        self.adjectives = adjectives
        self.demonyms = demonyms
        self.abbreviations = abbreviations
        self.isHistorical = isHistorical
    }
}
