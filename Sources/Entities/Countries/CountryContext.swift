/// Word lists for the context rules of ``CountryRecognizer``, all folded (lower case, no
/// diacritics).
enum CountryContext {
    /// Words before a surname: "het lid Engels", "de heer Turk".
    static let personMarkers: Set<String> = [
        "lid", "leden", "heer", "heren", "heeren", "mevrouw", "mevr", "mw", "dhr", "mr", "drs", "dr",
        "ir", "prof", "collega", "kamerlid", "minister", "staatssecretaris", "burgemeester", "wethouder",
    ]

    /// Words before an uninflected adjective that make it a language: "in het Engels".
    static let languageLeads: Set<String> = ["het", "in"]

    /// Words after an adjective that make it a language: "Engelse vertaling", "Nederlands
    /// sprekende", "in het Frans vertaald".
    static let languageWords: Set<String> = [
        "taal", "talen", "tekst", "teksten", "vertaling", "vertalingen", "versie", "versies", "taalversie",
        "taalversies", "taalgebied", "les", "lessen", "spelling", "woord", "woorden", "benaming", "term",
        "termen", "uitdrukking", "ondertiteling", "ondertiteld", "grammatica", "uitspraak", "taalvaardigheid",
        "taalkennis", "sprekend", "sprekende", "sprekenden", "spreken", "spreekt", "gesproken", "talig",
        "talige", "vertaald", "geschreven", "gesteld", "opgesteld", "letterkunde", "literatuur", "synoniem",
        "equivalent", "vocabulaire", "schrijven", "lezen",
    ]

    /// Capitalized nouns after an adjective that still mean the state: "Franse Regering",
    /// "Nederlandse Staat". Other capitalized words there start an organisation's name.
    static let stateNouns: Set<String> = [
        "regering", "regeering", "regeringen", "staat", "staten", "minister", "ministers", "ministerie",
        "ministerraad", "president", "premier", "kanselier", "bondskanselier", "bondsregering",
        "bondsdag", "republiek", "bondsrepubliek", "federatie", "volksrepubliek", "grondwet",
        "staatsburgerschap", "staatsburgers", "staatsburger", "nationaliteit", "vertegenwoordiging",
        "vertegenwoordiger", "ambassade", "ambassadeur", "gezant", "gezantschap", "consulaat", "consul",
        "delegatie", "kabinet", "parlement", "congres", "senaat", "overheid", "autoriteiten", "rijk",
        "koninkrijk", "koning", "koningin", "kroon", "strijdkrachten", "leger", "marine", "luchtmacht",
        "zeemacht", "krijgsmacht", "voorzitterschap", "presidentschap", "volk", "bevolking", "gouvernement", "gouverneur", "kolonie",
        "overzeese", "eilanden", "kust", "grens", "zaken", "groothertogdom", "vorstendom",
        // Qualifiers of the country itself: "Europees Nederland", "Noord Frankrijk".
        "europees", "europese", "caribisch", "heel", "geheel", "noord", "zuid", "oost", "west",
        "midden", "centraal", "zuidoost", "noordoost", "zuidwest", "noordwest",
    ]

    /// Short words that are capitalized at the start of a sentence; such a word before a
    /// country name does not make it part of an organisation's name ("In Nederland").
    static let functionWords: Set<String> = [
        "de", "het", "een", "in", "op", "aan", "van", "voor", "met", "door", "uit", "naar", "om", "bij",
        "over", "tot", "tegen", "tussen", "zonder", "onder", "boven", "na", "te", "als", "dat", "die",
        "dit", "deze", "daar", "hier", "er", "en", "of", "maar", "want", "ook", "nog", "al", "wel", "niet",
        "geen", "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "heeft", "hebben",
        "had", "hadden", "kan", "kunnen", "zal", "zullen", "moet", "moeten", "mag", "wil", "wanneer",
        "waar", "hoe", "wat", "wie", "welke", "indien", "omdat", "zoals", "zowel", "dan", "toen", "nu",
        "ik", "wij", "we", "u", "zij", "ze", "hij", "zo", "mede", "weer", "reeds", "daarom", "immers",
        "verder", "voorts", "vooral", "alleen", "ten", "ter", "binnen", "buiten", "sinds", "vanuit",
        "jegens", "namens", "volgens", "betreffende", "inzake", "aldus", "ja", "nee", "dus", "eens",
    ]
}
