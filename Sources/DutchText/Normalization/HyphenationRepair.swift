/// Step 6 of ``TextNormalizer``: joins words that a hyphen split at a line end
/// (`Bin-\nnenlandse` → `Binnenlandse`) or that OCR left split mid-line after it lost the line
/// breaks (`uitdrukke-lijke`, `Noordatlan-tische`, `com-missie`), and keeps real hyphens
/// (`JBZ-Raad`, `Noord-Holland`, `EU-lijst`, `ex-minister`, `controle-acties`,
/// `land- en tuinbouw`, `veilig-derde-land-concept`).
///
/// At a line end a hyphen is a break unless the next word starts with a capital, the left
/// part is all capitals or digits, the next word is `en`/`of`/`tot`…, the left part is a
/// prefix written with a hyphen (`ex`, `oud`, `niet`), the word goes on with another hyphen,
/// or vowels clash (`controle-acties`).
///
/// Mid-line, where most hyphens are real, a split is joined only on evidence: the joined word
/// occurs elsewhere in the document, the left part is a prefix that is never hyphenated
/// (`be`, `ge`, `ver`, `ont`, `aan`, `onder`…), the right part starts with a suffix
/// (`-lijk`, `-heid`, `-tisch`, `-schap`, `-ingen`) or is a bare final syllable (`wor-den`),
/// the consonant is doubled across the hyphen (`kun-nen`), or the left part ends in `ge`/`be`
/// (`goedge-vonden`). A document with three or more such joins is taken to be OCR that lost
/// its line breaks: there every other lowercase split is joined too (`archi-tecten`,
/// `wets-ontwerp` → `wetsontwerp`), except vowel clashes (`selectie-eisen`), prefixes written
/// with a hyphen (`ex-`, `oud-`), coordination (`land- en`) and names (`Beckers-de Bruijn`).
enum HyphenationRepair {
    /// What to do with a hyphen.
    enum Verdict: Equatable {
        /// Remove the hyphen and join the parts.
        case join
        /// Keep the hyphen, no space: `Noord-Holland`.
        case keep
        /// Keep the hyphen and a space after it: `Asiel- en Migratiepact`.
        case keepWithSpace
    }

    // MARK: - Line ends

    /// The verdict for `paragraph` ending in `-` followed by `next` on the next line.
    static func lineEndVerdict(paragraph: [UInt8], next: [UInt8]) -> Verdict {
        let hyphenAt = paragraph.count - 1
        let leftStart = letterRunStart(paragraph, before: hyphenAt)
        let rightEnd = letterRunEnd(next, from: 0)
        guard leftStart < hyphenAt, rightEnd > 0 else { return .keep }
        let left = paragraph[leftStart..<hyphenAt]
        let right = next[0..<rightEnd]
        if isCoordinator(right, followedBy: rightEnd < next.count ? next[rightEnd] : 0x20) { return .keepWithSpace }
        if !NormalizerBytes.isLowercaseLetter(next, at: 0) { return .keep }
        if leftStart > 0, isDigitOrLetter(paragraph[leftStart - 1]) { return .keep }
        if leftStart > 0, paragraph[leftStart - 1] == NormalizerBytes.hyphen, !isBoundPrefix(lowered(left)) {
            return .keep // "veilig-derde-\nland": part of a hyphen chain
        }
        if isAllCapitals(left) { return .keep }
        if rightEnd < next.count, next[rightEnd] == NormalizerBytes.hyphen { return .keep }
        let l = lowered(left), r = lowered(right)
        if isBoundPrefix(l) || isParticlePrefix(l) { return .join }
        if hyphenatedPrefixes.contains(l) { return .keep }
        if endsInVowel(l) && startsWithVowel(r) { return .keep }
        return .join
    }

    // MARK: - Mid-line

    /// Joins mid-line split words in all paragraphs, with the document as evidence.
    static func repairMidLine(_ paragraphs: inout [[UInt8]]) {
        var pending = [(paragraph: Int, hyphen: Int, joined: [UInt8], likely: Bool)]()
        var joins = [(paragraph: Int, hyphen: Int)]()
        for p in paragraphs.indices {
            let line = paragraphs[p]
            guard line.count > 3 else { continue }
            var i = 1
            while let hyphen = nextHyphen(line, from: i, before: line.count - 1) {
                switch midLineVerdict(line, hyphen: hyphen) {
                case .join: joins.append((p, hyphen))
                case .evidence(let joined): pending.append((p, hyphen, joined, false))
                case .likely(let joined): pending.append((p, hyphen, joined, true))
                case .keep: break
                }
                i = hyphen + 1
            }
        }
        if !pending.isEmpty {
            let found = wordsPresent(Set(pending.map(\.joined)), in: paragraphs)
            let confirmed = joins.count + pending.count(where: { found.contains($0.joined) })
            let brokenByOCR = confirmed >= 3
            for candidate in pending where found.contains(candidate.joined) || brokenByOCR && candidate.likely {
                joins.append((candidate.paragraph, candidate.hyphen))
            }
        }
        guard !joins.isEmpty else { return }
        joins.sort { ($0.paragraph, $0.hyphen) > ($1.paragraph, $1.hyphen) }
        for join in joins {
            paragraphs[join.paragraph].remove(at: join.hyphen)
        }
    }

    /// The first `-` in `line[start..<end]`, eight bytes at a time.
    @inline(__always)
    private static func nextHyphen(_ line: [UInt8], from start: Int, before end: Int) -> Int? {
        line.withUnsafeBufferPointer { b in
            let i = ByteLanes.firstIndex(of: NormalizerBytes.hyphen, in: b, from: start, to: end)
            return i < end ? i : nil
        }
    }

    enum MidLineVerdict: Equatable {
        case join
        case keep
        /// Join only if this joined word occurs elsewhere in the document.
        case evidence([UInt8])
        /// Join on evidence, or when the document shows OCR breakage elsewhere.
        case likely([UInt8])
    }

    /// The verdict for the hyphen at `hyphen` inside `line`.
    static func midLineVerdict(_ line: [UInt8], hyphen: Int) -> MidLineVerdict {
        guard hyphen > 0, hyphen + 1 < line.count else { return .keep }
        guard NormalizerBytes.isLowercaseLetter(line, at: hyphen + 1) else { return .keep }
        let previousStart = NormalizerBytes.scalarStart(in: line, before: hyphen)
        guard NormalizerBytes.isLowercaseLetter(line, at: previousStart) else { return .keep }
        let leftStart = letterRunStart(line, before: hyphen)
        let rightEnd = letterRunEnd(line, from: hyphen + 1)
        // Part of a chain or glued to digits/markers: "veilig-derde-land-concept", "EU-27".
        if leftStart > 0, line[leftStart - 1] != NormalizerBytes.space, !isOpening(line[leftStart - 1]) { return .keep }
        if rightEnd < line.count, line[rightEnd] == NormalizerBytes.hyphen || isDigitOrLetter(line[rightEnd]) {
            return .keep
        }
        let left = line[leftStart..<hyphen]
        let right = line[(hyphen + 1)..<rightEnd]
        if isCoordinator(right, followedBy: rightEnd < line.count ? line[rightEnd] : 0x20) { return .keep }
        // Capitals after the first letter: "EUrichtlijn", "JBZ-raad"; a lone capital "A-merk".
        if left.dropFirst().contains(where: { NormalizerBytes.isASCIIUpper($0) }) || left.count < 2 && !isBoundPrefix(lowered(left)) {
            return .keep
        }
        let l = lowered(left), r = lowered(right)
        var joined: [UInt8] {
            var word = [UInt8]()
            word.reserveCapacity(left.count + right.count)
            word.append(contentsOf: left)
            word.append(contentsOf: right)
            return word
        }
        if nameParticles.contains(r), NormalizerBytes.isUppercaseLetter(line, at: leftStart) {
            return .evidence(joined) // "Beckers-de Bruijn"
        }
        if isSuffixFragment(r) { return .join }
        // A name or a capitalized word before the hyphen: "Afrika-beleid", "Gaza-stad".
        if NormalizerBytes.isUppercaseLetter(line, at: leftStart) {
            return endsInVowel(l) && startsWithVowel(r) ? .evidence(joined) : .likely(joined)
        }
        if isBoundPrefix(l) { return .join }
        if endsInVowel(l) && startsWithVowel(r) { return .evidence(joined) }
        if isParticlePrefix(l) { return .join }
        if hyphenatedPrefixes.contains(l) { return .evidence(joined) }
        if l.count >= 3, r.count >= 3, let lastLeft = l.last, lastLeft == r.first, !isVowel(lastLeft), isVowel(l[l.count - 2]) {
            return .join // "kun-nen", "com-missie", "verschil-lende"
        }
        if l.count >= 4, r.count >= 3, !startsWithVowel(r), l[l.count - 1] == 0x65, l[l.count - 2] == 0x67 || l[l.count - 2] == 0x62 {
            return .join // "goedge-vonden", "inge-komen", "welbe-wust"
        }
        return .likely(joined)
    }

    /// Which of `words` occur as whole words in `paragraphs`.
    static func wordsPresent(_ words: Set<[UInt8]>, in paragraphs: [[UInt8]]) -> Set<[UInt8]> {
        // A few words are each searched for (fast, and a search stops at the first hit); many
        // are looked up in one pass over every word of the document.
        if words.count <= 6 {
            var found = Set<[UInt8]>()
            for word in words where word.count < 64 {
                for paragraph in paragraphs where paragraph.withUnsafeBufferPointer({ containsWord($0, word) }) {
                    found.insert(word)
                    break
                }
            }
            return found
        }
        // Per first byte, a bit for each word length below 64: most words fail it unhashed.
        var lengthsByFirst = [UInt64](repeating: 0, count: 256)
        var fingerprints = Set<UInt64>()
        // A 4096-bit filter on the fingerprints' top bits: most words that pass the length
        // filter fail this before the set is asked.
        var filter = [UInt64](repeating: 0, count: 64)
        for word in words where word.count < 64 {
            lengthsByFirst[Int(word[0])] |= 1 << UInt64(word.count)
            let hash = word.withUnsafeBufferPointer(fingerprint)
            fingerprints.insert(hash)
            filter[Int(hash >> 58)] |= 1 << (hash >> 52 & 63)
        }
        // Constants from here on: `check` below reads them per word, and variables it captured
        // were checked for exclusive access at run time on every read.
        let hashes = fingerprints
        let fingerprintBits = filter
        var found = Set<[UInt8]>()
        lengthsByFirst.withUnsafeBufferPointer { lengthsByFirst in
            for paragraph in paragraphs {
                paragraph.withUnsafeBufferPointer { line in
                    // Looks `line[start..<end]` up when it passes the first-byte/length filter.
                    func check(_ start: Int, _ end: Int) {
                        let length = end - start
                        guard length < 64, lengthsByFirst[Int(line[start])] & (1 << UInt64(length)) != 0 else { return }
                        let candidate = UnsafeBufferPointer(rebasing: line[start..<end])
                        let hash = fingerprint(candidate)
                        guard fingerprintBits[Int(hash >> 58)] & (1 << (hash >> 52 & 63)) != 0, hashes.contains(hash) else { return }
                        let word = Array(candidate)
                        if words.contains(word) { found.insert(word) }
                    }
                    let n = line.count
                    var wordStart = 0
                    var inWord = false
                    var i = 0
                    // Eight bytes at a time: the changes of a word-byte bit mask are the word
                    // starts and ends, in order.
                    if let base = line.baseAddress {
                        var previous: UInt64 = 0
                        while i + 8 <= n {
                            let mask = wordBits(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                            var changes = (mask ^ (mask << 1 | previous)) & 0xFF
                            while changes != 0 {
                                let lane = changes.trailingZeroBitCount
                                if mask >> UInt64(lane) & 1 == 1 {
                                    wordStart = i + lane
                                } else {
                                    check(wordStart, i + lane)
                                }
                                changes &= changes - 1
                            }
                            previous = mask >> 7
                            inWord = previous == 1
                            i += 8
                        }
                    }
                    while i < n {
                        let isWord = isWordByte(line[i])
                        if isWord && !inWord { wordStart = i }
                        if !isWord && inWord { check(wordStart, i) }
                        inWord = isWord
                        i += 1
                    }
                    if inWord { check(wordStart, n) }
                }
            }
        }
        return found
    }

    /// Whether `word` stands in `line` as a whole word (no word byte on either side). Positions
    /// are tested eight at a time on the word's first and last byte together.
    static func containsWord(_ line: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        let m = word.count
        let n = line.count
        guard m > 0, n >= m, let base = line.baseAddress else { return false }
        let first = word[0]
        let last = word[m - 1]
        let maxStart = n - m
        var i = 0
        while i <= maxStart {
            if i + 7 <= maxStart {
                let lanes = ByteLanes.pairLanes(
                    UnsafeRawPointer(base), at: i, first: first, firstCase: 0, last: last, lastCase: 0, distance: m - 1)
                if lanes == 0 {
                    i += 8
                    continue
                }
                i += lanes.trailingZeroBitCount / 8
            } else if line[i] != first || line[i + m - 1] != last {
                i += 1
                continue
            }
            var equal = true
            for k in 1..<m where line[i + k] != word[k] {
                equal = false
                break
            }
            if equal, i == 0 || !isWordByte(line[i - 1]), i + m == n || !isWordByte(line[i + m]) { return true }
            i += 1
        }
        return false
    }

    /// Bit `j` set when byte `j` of `x` (in memory order) is a word byte (``isWordByte(_:)``).
    @inline(__always)
    private static func wordBits(_ x: UInt64) -> UInt64 {
        // Bit 7 of a lane: an ASCII letter, or a byte >= 0x80.
        ByteLanes.highBits(ByteLanes.letterLanes(x) | x)
    }

    /// ``FNV1a`` of a word: a cheap test before building an array to look up.
    @inline(__always)
    private static func fingerprint(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        FNV1a.hash(word)
    }

    // MARK: - Word tables

    private static func set(_ words: [String]) -> PackedWordSet { PackedWordSet(words) }

    /// Words that follow a hyphen in "land- en tuinbouw", "in- of uitvoer".
    private static let coordinators = set(["en", "of", "tot", "als", "noch", "dan", "resp", "c.q", "t/m", "en/of"])
    /// Words after a hyphen in double surnames: "Scheltema-de Nie", "Jansen-van Vliet".
    private static let nameParticles = set(["de", "den", "der", "van", "ten", "ter", "te", "het", "la", "le", "du", "da", "von", "vd"])
    /// Prefixes that are never written with a hyphen: a hyphen after them is a break.
    private static let boundPrefixes = set(["be", "ge", "ver", "ont", "her", "er", "ent", "mis"])
    /// Separable prefixes that are written joined in Dutch.
    private static let particlePrefixes = set([
        "aan", "uit", "over", "onder", "voor", "toe", "mee", "door", "op", "af", "bij", "tegen", "terug",
        "samen", "achter", "om", "weg", "na", "in", "vol", "tussen", "binnen", "buiten",
    ])
    /// Prefixes that are written with a hyphen: "ex-minister", "oud-voorzitter", "niet-leden".
    static let hyphenatedPrefixes = set([
        "ex", "oud", "vice", "niet", "non", "co", "e", "x", "pre", "post", "pro", "semi", "quasi",
        "pseudo", "neo", "anti", "top", "mini", "maxi", "super", "euro", "eu",
    ])
    /// Right parts that start with a Dutch suffix: a word cannot start this way.
    private static let suffixStarts = [
        "lijk", "heid", "heden", "schap", "teit", "sche", "tisch", "isch", "baar", "zaam", "zame",
        "lingen", "ningen", "ringen", "kingen", "dingen", "tingen", "gingen", "vingen", "singen",
        "zingen", "mingen", "pingen", "tie", "ties", "sie", "sies", "gie", "nisse", "tig", "digd",
    ].map { Array($0.utf8) }
    /// Suffixes that follow one consonant at the start of a right part.
    private static let consonantSuffixStarts = ["isch", "atie", "igheid", "elijk", "ige", "igen", "iteit"].map { Array($0.utf8) }
    /// Right parts that are a bare final syllable: "wor-den", "heb-ben", "spra-ke".
    private static let finalSyllables = set([
        "den", "ben", "ten", "gen", "ken", "len", "men", "nen", "pen", "ren", "sen", "ven", "zen",
        "ke", "le", "ne", "re", "se", "ve", "pe", "dig", "lig",
        "rig", "tig", "zig", "nis", "ding", "ring", "ling", "king", "ning", "ting", "ging", "ving",
        "zing", "sing", "ming", "ping", "kel", "kels", "dels", "tels", "ders", "ters", "lijk", "lijke", "lijks",
    ])

    static func isCoordinator(_ word: ArraySlice<UInt8>, followedBy next: UInt8) -> Bool {
        !isDigitOrLetter(next) && next != NormalizerBytes.hyphen && coordinators.contains(word)
    }
    static func isBoundPrefix(_ word: [UInt8]) -> Bool { boundPrefixes.contains(word) }
    static func isParticlePrefix(_ word: [UInt8]) -> Bool { particlePrefixes.contains(word) }
    static func isSuffixFragment(_ word: [UInt8]) -> Bool {
        if finalSyllables.contains(word) || suffixStarts.contains(where: { NormalizerBytes.hasPrefix(word, $0) }) { return true }
        // A consonant and a suffix: "rische", "satie", "digheid".
        guard word.count >= 4, !isVowel(word[0]) else { return false }
        return consonantSuffixStarts.contains { NormalizerBytes.hasPrefix(word, $0, at: 1) }
    }

    // MARK: - Letters

    @inline(__always) private static func isWordByte(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26 || b >= 0x80  // an ASCII letter either case, or part of a multi-byte scalar
    }
    @inline(__always) private static func isDigitOrLetter(_ b: UInt8) -> Bool {
        isWordByte(b) || NormalizerBytes.isDigit(b)
    }
    @inline(__always) private static func isOpening(_ b: UInt8) -> Bool {
        b == 0x28 || b == 0x22 || b == 0x27 || b == 0x5B || b == 0x2F
    }
    /// ASCII vowels and the accented Latin-1 letters (é, ë, ï, ö, ü…), all vowels in Dutch.
    @inline(__always) static func isVowel(_ b: UInt8) -> Bool {
        switch b {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true
        default: return b >= 0x80
        }
    }
    static func endsInVowel(_ word: [UInt8]) -> Bool { word.last.map(isVowel) ?? false }
    static func startsWithVowel(_ word: [UInt8]) -> Bool { word.first.map(isVowel) ?? false }
    private static func isAllCapitals(_ word: ArraySlice<UInt8>) -> Bool {
        !word.contains { NormalizerBytes.isASCIILower($0) } && word.contains { NormalizerBytes.isASCIIUpper($0) }
    }
    private static func lowered(_ word: ArraySlice<UInt8>) -> [UInt8] { NormalizerBytes.asciiLowercased(word) }

    /// Start of the run of letters that ends at `end`.
    static func letterRunStart(_ line: [UInt8], before end: Int) -> Int {
        var i = end
        while i > 0 {
            let start = NormalizerBytes.scalarStart(in: line, before: i)
            guard NormalizerBytes.isLetter(line, at: start) else { break }
            i = start
        }
        return i
    }

    /// End of the run of letters that starts at `start`.
    static func letterRunEnd(_ line: [UInt8], from start: Int) -> Int {
        var i = start
        while i < line.count, NormalizerBytes.isLetter(line, at: i) {
            i += NormalizerBytes.scalar(in: line, at: i).1
        }
        return i
    }
}
