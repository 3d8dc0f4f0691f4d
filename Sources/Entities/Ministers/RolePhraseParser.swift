/// Reads a phrase naming one or more ministerial roles, starting at a role word:
/// "minister van Justitie en Veiligheid", "MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE",
/// "minister en de staatssecretaris van Financiën", "Minister-President",
/// "Vice-Minister-President, Minister van Financiën", "Minister zonder Portefeuille, belast met
/// …" (``MinisterTaskReader``), "ministerie van Financiën" (a ministry without a role).
struct RolePhraseParser {
    /// One role found in a phrase.
    struct Found {
        /// The role; nil when only a ministry was named ("ministerie van ...").
        var role: MinisterRole?
        /// The ministry named, with its byte range.
        var ministry: Ministry?
        var ministryStart: Int
        var ministryEnd: Int
        /// Byte range from the role word to the end of the ministry name.
        var start: Int
        var end: Int
    }

    /// The kinds of word the phrase grammar knows.
    private enum Word {
        case role(MinisterRole.Title, plural: Bool)
        case ministryWord(plural: Bool)
        case ministerPresident
        case viceMinisterPresident
        /// "Vice" before "Minister-President".
        case vice
        case preposition(String)
        case filler
        case zonder
        case other
    }

    let gazetteer: MinistryGazetteer
    private let tasks: MinisterTaskReader

    /// A parser over the given ministry table.
    init(gazetteer: MinistryGazetteer) {
        self.gazetteer = gazetteer
        self.tasks = MinisterTaskReader(gazetteer: gazetteer)
    }

    /// Whether a role phrase may start at `index` (a word start): "minister…", "staatssecr…",
    /// "premier", "vice…" ("Vice-Minister-President").
    @inline(__always)
    static func mayStartRole(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let b = bytes[index] | ASCII.caseBit
        if b == UInt8(ascii: "m") {  // m
            if prefix(bytes, index, "minister") { return true }
            guard index + 2 < bytes.count, bytes[index + 1] | ASCII.caseBit == UInt8(ascii: "i"), bytes[index + 2] | ASCII.caseBit == UInt8(ascii: "n") else { return false }
            let end = MinisterText.wordEnd(bytes, index)
            return end - index >= 7 && end - index <= 10 && isMinisterWord(MinisterText.foldedWord(bytes, index, end))
        }
        // OCR that lost or mangled the capital M: "Vfinister", "ilinister", "Jliinister".
        if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z"), index + 7 <= bytes.count {
            for offset in 0...2 where index + offset + 7 <= bytes.count && bytes[index + offset] | ASCII.caseBit == UInt8(ascii: "i")
                && prefix(bytes, index + offset, "inister")
            {
                return isMinisterWord(MinisterText.foldedWord(bytes, index, MinisterText.wordEnd(bytes, index)))
            }
        }
        if b == UInt8(ascii: "s") {  // s
            return prefix(bytes, index, "staatss")
        }
        if b == UInt8(ascii: "p") {  // p
            return MinisterText.hasWord(bytes, index, "premier")
        }
        if b == UInt8(ascii: "v") {  // v
            return prefix(bytes, index, "vice")
        }
        return false
    }

    /// Whether `word` starts at `index`, case-insensitively, allowing hyphens inside ("Minis-ter").
    @inline(__always)
    private static func prefix(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ word: StaticString) -> Bool {
        let w = word.utf8Start
        var i = index
        for k in 0..<word.utf8CodeUnitCount {
            guard i < bytes.count else { return false }
            if bytes[i] | ASCII.caseBit != w[k] {
                guard k > 0, bytes[i] == UInt8(ascii: "-"), i + 1 < bytes.count, bytes[i + 1] | ASCII.caseBit == w[k] else { return false }
                i += 1
            }
            i += 1
        }
        return true
    }

    private static let minister = Array("minister".utf8)
    private static let inister = Array("inister".utf8)

    /// "minister" as OCR prints it: one letter off ("Minisier", "Minitter", "Minisler", "minster")
    /// or with the capital M mangled into one or two other letters ("Vfinister", "ilinister");
    /// folded, hyphens removed. Not "ministers", "ministerie" or "ministre".
    static func isMinisterWord(_ folded: [UInt8]) -> Bool {
        let word = folded.filter { $0 != UInt8(ascii: "-") }
        guard word.count >= 7, word.count <= 10 else { return false }
        if word == minister { return true }
        if word.count <= 9, word.first == UInt8(ascii: "m"), MinistryGazetteer.editDistance(word, minister, limit: 1) <= 1 {
            return !MinisterText.equals(word, "ministers")
        }
        return word.count >= 8 && word.count <= 9 && word.suffix(7).elementsEqual(inister)
    }

    /// Where a preposition glued to a role word starts: "Ministervan" → the offset of "van".
    private static func gluedPreposition(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard end - start == 11 || end - start == 12 else { return nil }
        guard prefix(bytes, start, "minister") else { return nil }
        let split = start + 8
        let rest = MinisterText.foldedWord(bytes, split, end)
        return MinisterText.equals(rest, "van") || MinisterText.equals(rest, "voor") ? split : nil
    }

    /// Past "a.i." or "a. i." at `i` (ad interim, after a ministry), or nil.
    private static func afterAdInterim(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        guard i + 3 < bytes.count, bytes[i] | ASCII.caseBit == UInt8(ascii: "a"), bytes[i + 1] == UInt8(ascii: ".") else { return nil }
        var j = i + 2
        if bytes[j] == UInt8(ascii: " ") { j += 1 }
        guard j + 1 < bytes.count, bytes[j] | ASCII.caseBit == UInt8(ascii: "i"), bytes[j + 1] == UInt8(ascii: ".") else { return nil }
        return j + 2
    }

    private func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Word {
        let length = end - start
        if length > 24 || length == 0 { return .other }
        var folded = MinisterText.foldedWord(bytes, start, end)
        let hyphenated = folded.contains(UInt8(ascii: "-"))
        folded.removeAll { $0 == UInt8(ascii: "-") }
        switch folded.count {
        case 2:
            if folded == [UInt8(ascii: "d"), UInt8(ascii: "e")] || folded == [UInt8(ascii: "e"), UInt8(ascii: "n")] { return .filler }  // de, en
        case 3:
            if MinisterText.equals(folded, "den") || MinisterText.equals(folded, "het") { return .filler }
            if MinisterText.equals(folded, "van") || MinisterText.equals(folded, "vam") || MinisterText.equals(folded, "yan")
                || MinisterText.equals(folded, "vau") || MinisterText.equals(folded, "ran")
            {
                return .preposition("van")
            }
        case 4:
            if MinisterText.equals(folded, "voor") { return .preposition("voor") }
            if MinisterText.equals(folded, "vaim") || MinisterText.equals(folded, "vari") { return .preposition("van") }
        case 6:
            if MinisterText.equals(folded, "zonder") { return .zonder }
        default:
            break
        }
        if MinisterText.equals(folded, "ministers") { return .role(.minister, plural: true) }
        if Self.isMinisterWord(folded) { return .role(.minister, plural: false) }
        if MinisterText.equals(folded, "ministerie") { return .ministryWord(plural: false) }
        if MinisterText.equals(folded, "ministeries") { return .ministryWord(plural: true) }
        if MinisterText.equals(folded, "ministerpresident") || (MinisterText.equals(folded, "premier") && !hyphenated) {
            return .ministerPresident
        }
        if MinisterText.equals(folded, "viceministerpresident") || MinisterText.equals(folded, "vicepremier") {
            return .viceMinisterPresident
        }
        if MinisterText.equals(folded, "vice") { return .vice }
        if folded.count >= 14 && folded.count <= 20 && MinisterText.starts(folded, with: "staatsse") {
            let plural = folded.count >= 18 && folded.suffix(3).elementsEqual("sen".utf8)
            return .role(.staatssecretaris, plural: plural)
        }
        return .other
    }

    /// The roles named by the phrase starting at `start`, and the offset where the phrase ends.
    func parse(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (found: [Found], end: Int) {
        var found: [Found] = []
        var pending: [(title: MinisterRole.Title?, start: Int)] = []
        var plural: (title: MinisterRole.Title?, start: Int)?
        var last: [(title: MinisterRole.Title?, start: Int)] = []
        var preposition: String?
        var phraseEnd = start
        var afterMinistry = false
        var i = start
        var steps = 0
        while i < bytes.count && steps < 40 {
            steps += 1
            i = MinisterText.skipSpace(bytes, i)
            if i < bytes.count && bytes[i] == UInt8(ascii: ",") {  // comma
                i += 1
                continue
            }
            guard i < bytes.count, MinisterText.fold(MinisterText.scalar(bytes, i).0) != 0 else { break }
            if afterMinistry, let next = Self.afterAdInterim(bytes, i) {
                i = next
                continue
            }
            var end = MinisterText.wordEnd(bytes, i)
            if let split = Self.gluedPreposition(bytes, i, end) { end = split }
            let word = classify(bytes, i, end)
            if let office = office(word, bytes, end) {
                let role = MinisterRole(title: office.title, ministry: nil)
                found.append(Found(role: role, ministry: nil, ministryStart: i, ministryEnd: office.end, start: i, end: office.end))
                phraseEnd = office.end
                pending = []
                plural = nil
                afterMinistry = false
                i = office.end
                continue
            }
            switch word {
            case .role(let title, let isPlural):
                if isPlural {
                    plural = (title, i)
                    pending = []
                } else {
                    pending.append((title, i))
                }
                afterMinistry = false
                preposition = nil
                i = end
                continue
            case .ministryWord(let isPlural):
                if isPlural { plural = (nil, i) } else { pending.append((nil, i)) }
                afterMinistry = false
                preposition = nil
                i = end
                continue
            case .ministerPresident, .viceMinisterPresident, .vice:
                break  // "Vice" before no "Minister-President" ("Vice-President van de Raad van State")
            case .filler:
                i = end
                continue
            case .zonder:
                let next = MinisterText.skipSpace(bytes, end)
                // "de Minister zonder Portefeuille", or a plural's last office: "de Ministers van
                // Economische Zaken en zonder Portefeuille (Ontwikkelingssamenwerking.)".
                let holder = pending.last ?? (afterMinistry ? plural : nil)
                if let minister = holder, minister.title == .minister, MinisterText.hasWord(bytes, next, "portefeuille") {
                    let wordEnd = MinisterText.wordEnd(bytes, next)
                    let start = pending.isEmpty ? i : minister.start
                    if let task = tasks.afterZonderPortefeuille(bytes, from: wordEnd) {
                        found.append(Self.found(task, start: start))
                        phraseEnd = task.end
                        i = task.end
                    } else {
                        let role = MinisterRole(title: .ministerZonderPortefeuille, ministry: nil)
                        found.append(Found(role: role, ministry: nil, ministryStart: start, ministryEnd: wordEnd, start: start, end: wordEnd))
                        phraseEnd = wordEnd
                        i = wordEnd
                    }
                    if !pending.isEmpty { pending.removeLast() }
                    continue
                }
            case .preposition(let written):
                preposition = written
                i = end
                if pending.isEmpty && plural == nil && !(afterMinistry && !last.isEmpty) { break }
                let next = MinisterText.skipSpace(bytes, i)
                if next < bytes.count, let match = gazetteer.match(bytes, at: next) {
                    let holders = !pending.isEmpty ? pending : (plural.map { [$0] } ?? last)
                    record(match, holders: holders, preposition: written, plural: pending.isEmpty && plural != nil, into: &found)
                    last = holders
                    if pending.isEmpty, let p = plural { last = [p] }
                    pending = []
                    phraseEnd = match.end
                    afterMinistry = true
                    i = match.end
                }
                continue
            case .other:
                // "de Minister belast met de zaken van de Koninkrijksdelen overzee".
                if let minister = pending.last, minister.title == .minister, let task = tasks.afterMinister(bytes, at: i) {
                    found.append(Self.found(task, start: minister.start))
                    phraseEnd = task.end
                    pending.removeLast()
                    i = task.end
                    continue
                }
                // Bare continuation of a plural: "MINISTERS VAN FINANCIËN, ECONOMISCHE ZAKEN EN ...".
                if afterMinistry, let p = plural, let match = gazetteer.match(bytes, at: i) {
                    record(match, holders: [p], preposition: preposition, plural: true, into: &found)
                    phraseEnd = match.end
                    i = match.end
                    continue
                }
            }
            break
        }
        return (found, phraseEnd)
    }

    /// The office without a ministry that `word` (ending at `end`) starts, and where it ends:
    /// "Minister-President", "premier", "Minister President", "Vice-Minister-President", "Vice
    /// Minister-President", "vice-premier"; nil for any other word.
    private func office(
        _ word: Word, _ bytes: UnsafeBufferPointer<UInt8>, _ end: Int
    ) -> (title: MinisterRole.Title, end: Int)? {
        switch word {
        case .ministerPresident:
            return (.ministerPresident, end)
        case .viceMinisterPresident:
            return (.viceMinisterPresident, end)
        case .role(.minister, plural: false):
            let next = MinisterText.skipSpace(bytes, end, newlines: 0)
            guard MinisterText.hasWord(bytes, next, "president") else { return nil }
            return (.ministerPresident, MinisterText.wordEnd(bytes, next))
        case .vice:
            let next = MinisterText.skipSpace(bytes, end, newlines: 0)
            let nextEnd = MinisterText.wordEnd(bytes, next)
            guard nextEnd > next, case .some((.ministerPresident, let officeEnd)) = office(classify(bytes, next, nextEnd), bytes, nextEnd)
            else { return nil }
            return (.viceMinisterPresident, officeEnd)
        default:
            return nil
        }
    }

    /// The role a task names, from the role word at `start` to the end of the task.
    private static func found(_ task: MinisterTaskReader.Task, start: Int) -> Found {
        Found(
            role: task.role, ministry: task.ministry, ministryStart: task.ministryStart, ministryEnd: task.ministryEnd,
            start: start, end: task.end)
    }

    /// Combined ministries that a plural names as two offices: "de Ministers van Oorlog en van
    /// Marine" are two ministers, "de Minister van Oorlog en van Marine" one.
    private static let pluralParts: [String: [String]] = ["oorlog-en-marine": ["oorlog", "marine"]]

    private func record(
        _ match: MinistryGazetteer.Match, holders: [(title: MinisterRole.Title?, start: Int)], preposition: String?,
        plural: Bool = false, into found: inout [Found]
    ) {
        let combined = gazetteer.ministries[match.ministry]
        if plural, let parts = Self.pluralParts[combined.key] {
            for part in parts {
                guard let ministry = gazetteer.ministry(key: part) else { continue }
                for holder in holders {
                    let role = holder.title.map { MinisterRole(title: $0, ministry: ministry, writtenPreposition: preposition) }
                    found.append(
                        Found(
                            role: role, ministry: ministry, ministryStart: match.start, ministryEnd: match.end,
                            start: holder.start, end: match.end))
                }
            }
            return
        }
        let ministry = combined
        for holder in holders {
            let role = holder.title.map { MinisterRole(title: $0, ministry: ministry, writtenPreposition: preposition) }
            let start = found.contains(where: { $0.start == holder.start }) ? match.start : holder.start
            found.append(
                Found(
                    role: role, ministry: ministry, ministryStart: match.start, ministryEnd: match.end,
                    start: start, end: match.end))
        }
    }
}
