/// Reads the task that names a minister without a department of his own: the words after
/// "belast met" ("De Minister zonder Portefeuille, belast met de aangelegenheden betreffende de
/// hulp aan ontwikkelingsgebieden,") or in parentheses after "Minister zonder Portefeuille"
/// ("Minister zonder Portefeuille (Ontwikkelingssamenwerking.)").
///
/// The rule follows how the period named these ministers: a royal decree appointed a "minister
/// zonder portefeuille, belast met …"; letters printed that whole, or "de Minister belast met …";
/// Kamervragen answers put the task in parentheses.
/// - The role is "Minister belast met" and the task. "zonder Portefeuille" is dropped, because the
///   task names the office.
/// - The task runs from "belast met" to the first comma, full stop, semicolon, colon,
///   parenthesis or blank line, or to the next role word or "mede namens", at most
///   ``maximumWords`` words. A longer run is no task, and the role stays "Minister zonder
///   Portefeuille".
/// - A task that is a ministry or portfolio name of the table (an article before it allowed) is
///   written as the table writes it, and gives that ministry. Any other task is kept as printed,
///   with its blanks collapsed.
/// - A task in parentheses that the table names takes the portfolio's own preposition ("Minister
///   voor Ontwikkelingssamenwerking"), like the parenthesized ministry of any Kamervragen answer.
///   Another task in parentheses counts only when it starts in lower case (a task, not a name).
/// - After a bare "Minister" (no "zonder Portefeuille"), "belast met" names a task only when the
///   task is a table name, or speaks of "de zaken …", "de aangelegenheden …" or a "…beleid".
///   "de Minister belast met de zaken van de Koninkrijksdelen overzee" is a role; "de Minister,
///   belast met de uitvoering van deze wet" is not.
struct MinisterTaskReader: Sendable {
    /// A task read after the role words.
    struct Task {
        /// "Minister belast met …", or the portfolio's own role for a task in parentheses.
        var role: MinisterRole
        /// The ministry or portfolio the task names, with its byte range.
        var ministry: Ministry?
        var ministryStart: Int
        var ministryEnd: Int
        /// Just past the task (past the closing parenthesis).
        var end: Int
    }

    /// A task has at most this many words.
    static let maximumWords = 12

    let gazetteer: MinistryGazetteer

    /// The task after "Minister zonder Portefeuille"; `index` is just past "Portefeuille".
    func afterZonderPortefeuille(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Task? {
        let i = MinisterText.skipSpace(bytes, index)
        if i < bytes.count && bytes[i] == UInt8(ascii: "(") {
            return inParentheses(bytes, from: i + 1)
        }
        guard let start = Self.afterBelastMet(bytes, index), let words = taskWords(bytes, from: start) else { return nil }
        return task(bytes, words, preposition: MinisterRole.taskPreposition)
    }

    /// The task after a bare "Minister": `index` is where "belast met" may start.
    func afterMinister(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Task? {
        guard let start = Self.afterBelastMet(bytes, index), let words = taskWords(bytes, from: start) else { return nil }
        let found = task(bytes, words, preposition: MinisterRole.taskPreposition)
        return found.ministry != nil || Self.speaksOfAnArea(bytes, words) ? found : nil
    }

    /// "(Ontwikkelingssamenwerking.)", "(wetenschapsbeleid en wetenschappelijk onderwijs)":
    /// `index` is just past the opening parenthesis.
    private func inParentheses(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Task? {
        guard let words = taskWords(bytes, from: MinisterText.skipSpace(bytes, index)), let last = words.last else { return nil }
        var close = last.upperBound
        while close < bytes.count && (bytes[close] == UInt8(ascii: ".") || bytes[close] == UInt8(ascii: " ")) { close += 1 }
        guard close < bytes.count, bytes[close] == UInt8(ascii: ")") else { return nil }
        var found = task(bytes, words, preposition: nil)
        if found.ministry == nil {
            guard let first = words.first, MinisterText.isLetter(MinisterText.scalar(bytes, first.lowerBound).0),
                !MinisterText.isUpper(MinisterText.scalar(bytes, first.lowerBound).0)
            else { return nil }
        }
        found.end = close + 1
        return found
    }

    /// The role the task names: a ministry of the table with `preposition` (its own when nil),
    /// or the task as printed.
    private func task(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [Range<Int>], preposition: String?) -> Task {
        let end = words.last?.upperBound ?? 0
        var start = words.first?.lowerBound ?? end
        if words.count > 1, Self.isArticle(bytes, words[0]) { start = words[1].lowerBound }
        if start < end, let match = gazetteer.match(bytes, at: start), match.end == end {
            let ministry = gazetteer.ministries[match.ministry]
            let role = MinisterRole(title: .minister, ministry: ministry, writtenPreposition: preposition)
            return Task(role: role, ministry: ministry, ministryStart: start, ministryEnd: end, end: end)
        }
        let text = words.map { MinisterText.string(bytes, $0.lowerBound, $0.upperBound) }.joined(separator: " ")
        return Task(role: MinisterRole(task: text), ministry: nil, ministryStart: end, ministryEnd: end, end: end)
    }

    /// The words of a task from `start` up to the end of the task phrase, without a last "en",
    /// "de" or "van"; nil when there are none or more than ``maximumWords``.
    private func taskWords(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> [Range<Int>]? {
        var words: [Range<Int>] = []
        var i = start
        while true {
            // One line break may fall inside a task ("belast met de aangelegenheden\nbetreffende"), a blank line not.
            i = MinisterText.skipSpace(bytes, i)
            guard i < bytes.count else { break }
            let end = MinisterText.wordEnd(bytes, i)
            guard end > i, !Self.endsTask(MinisterText.foldedWord(bytes, i, end)) else { break }
            guard words.count < Self.maximumWords else { return nil }
            words.append(i..<end)
            i = end
        }
        while let last = words.last, Self.isFiller(MinisterText.foldedWord(bytes, last.lowerBound, last.upperBound)) {
            words.removeLast()
        }
        return words.isEmpty ? nil : words
    }

    /// Past ", belast met" at `index` (the comma optional): where the task starts.
    private static func afterBelastMet(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
        var i = MinisterText.skipSpace(bytes, index)
        if i < bytes.count && bytes[i] == UInt8(ascii: ",") { i = MinisterText.skipSpace(bytes, i + 1) }
        let end = MinisterText.wordEnd(bytes, i)
        // "be-last" as OCR hyphenates it.
        guard end > i, MinisterText.equals(MinisterText.foldedWord(bytes, i, end).filter { $0 != UInt8(ascii: "-") }, "belast")
        else { return nil }
        let with = MinisterText.skipSpace(bytes, end)
        guard MinisterText.hasWord(bytes, with, "met") else { return nil }
        return with + 3
    }

    /// A word that starts what follows the task: a role word, "mede (namens)", "namens".
    private static func endsTask(_ folded: [UInt8]) -> Bool {
        let word = folded.filter { $0 != UInt8(ascii: "-") }
        return MinisterText.equals(word, "mede") || MinisterText.equals(word, "namens") || MinisterText.equals(word, "ministers")
            || RolePhraseParser.isMinisterWord(word) || MinisterText.equals(word, "ministerpresident")
            || (word.count >= 14 && MinisterText.starts(word, with: "staatssecr"))
    }

    private static func isFiller(_ folded: [UInt8]) -> Bool {
        MinisterText.equals(folded, "en") || MinisterText.equals(folded, "de") || MinisterText.equals(folded, "het")
            || MinisterText.equals(folded, "van") || MinisterText.equals(folded, "der")
    }

    private static func isArticle(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        let folded = MinisterText.foldedWord(bytes, word.lowerBound, word.upperBound)
        return MinisterText.equals(folded, "de") || MinisterText.equals(folded, "het")
    }

    /// Whether the task speaks of a policy area: its first word after an article is "zaken" or
    /// "aangelegenheden", or ends in "beleid".
    private static func speaksOfAnArea(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [Range<Int>]) -> Bool {
        guard let head = words.first(where: { !isArticle(bytes, $0) }) else { return false }
        let folded = MinisterText.foldedWord(bytes, head.lowerBound, head.upperBound).filter { $0 != UInt8(ascii: "-") }
        return MinisterText.equals(folded, "zaken") || MinisterText.equals(folded, "aangelegenheden")
            || folded.suffix(6).elementsEqual("beleid".utf8)
    }
}
