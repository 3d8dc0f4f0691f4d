/// One written form of a country in the gazetteer: a name, an adjective or a demonym.
struct CountryForm: Sendable, Hashable {
    /// What part of speech the form is; the recognizer's context rules depend on it.
    enum Kind: UInt8, Sendable {
        /// A name: "Griekenland", "Verenigde Staten".
        case name
        /// An uninflected adjective, which may also name a language: "Grieks", "Engels".
        case adjective
        /// An inflected adjective: "Griekse", "Engelse".
        case inflectedAdjective
        /// A word for the people: "Grieken", "Turk".
        case demonym
        /// A stop phrase: consumed, names no country ("Zuid-Amerika").
        case stop
    }

    /// Index into ``CountryGazetteer/countries``; unused for ``Kind/stop``.
    var country: Int
    var kind: Kind
}
