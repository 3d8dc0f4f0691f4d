import DutchText

/// Everything the indexer learns from one letter: its repaired text, header and entity mentions.
public struct LetterProfile: Sendable {
    /// The normalized text (what is indexed and shown) with its furniture and footnotes.
    public var normalized: NormalizedText
    /// Kind, title and date.
    public var header: LetterHeader
    /// Every mention found, offsets into `normalized.text`.
    public var mentions: [Mention]

    /// The letter's date as `yyyy-mm-dd`, if known.
    public var date: String? { header.date?.iso }
}

/// Runs the whole analysis of one letter: normalizer, header parser, every recognizer.
///
/// ```swift
/// let profile = LetterProfiler().profile(of: rawText, fileName: "kst-34104-439.txt")
/// profile.header.kind // .motie
/// ```
public struct LetterProfiler: Sendable {
    private let normalizer = TextNormalizer()
    private let headerParser = LetterHeaderParser()
    private let countries = CountryRecognizer()
    private let ministers = MinisterRecognizer()
    private let persons = PersonRecognizer()
    private let dossiers = DossierRecognizer()
    private let toezeggingen = ToezeggingRecognizer()
    private let organisations = OrganisationRecognizer()
    private let dates = DateRecognizer()

    /// A profiler with every recognizer of the module.
    public init() {}

    /// Profiles raw letter text; `fileName` helps tell the kind (e.g. `kst-…` moties).
    public func profile(of raw: String, fileName: String? = nil) -> LetterProfile {
        let (normalized, bytes) = normalizer.normalizeKeepingBytes(raw)
        // The bytes, lines, words and own date are read once and shared by the parser and recognizers.
        let text = LetterBytes(bytes: bytes)
        let lines = text.lines()
        let words = WordSpans(text)
        let ownDate = DateRecognizer.letterDate(in: text, lines: lines)
        var header = headerParser.parse(text, lines: lines, date: ownDate?.date, fileName: fileName)
        let furniture = normalized.furniture
        let dateMentions = dates.mentions(in: text, words: words, own: ownDate, furniture: furniture)
        if header.date == nil,
            let own = dateMentions.first(where: { $0.kind == .date && $0.primary }),
            let date = DutchDate.parse(own.key)
        {
            header.date = date
        }
        // The letter's date is known before the ministers: roles are named as on that day.
        let found = [
            countries.mentions(in: normalized.text, furniture: furniture),
            ministers.mentions(in: text, words: words, furniture: furniture, on: header.date),
            persons.mentions(in: text, words: words, furniture: furniture),
            dossiers.mentions(in: text, lines: lines, words: words, furniture: furniture),
            toezeggingen.mentions(in: text, words: words, furniture: furniture),
            organisations.mentions(in: text, words: words, furniture: furniture),
            dateMentions,
        ]
        // Joined once, into room for all: appending each list in turn regrew the array.
        var mentions: [Mention] = []
        mentions.reserveCapacity(found.reduce(0) { $0 + $1.count })
        for list in found { mentions += list }
        return LetterProfile(normalized: normalized, header: header, mentions: mentions)
    }
}
