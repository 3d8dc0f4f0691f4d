import Foundation

/// Splits folded Dutch compounds into their parts, so a search for a part finds the compound.
///
/// A split is a sequence of lexicon words, with an optional linking `s` between two of them
/// (a linking `-en-` stays with its part, which is then the plural: `vreemdelingen+wet`). The
/// best split has the highest geometric mean of part frequencies (Koehn & Knight, 2003); it is
/// taken only when that mean is close to the whole word's own frequency or beats it, and parts
/// that are compounds themselves are split in turn. Precision comes first:
/// - function words, prefixes, particles and suffix-like words (`ster`, `lijk`, `heid`) are no parts;
/// - a word that is a prefix or particle plus a lexicon word (`bestellen`, `aanleiding`) is a
///   derivation, not a compound;
/// - a boundary is refused when a more frequent word crosses it (`veer|tienden` inside `veertien`);
/// - names (`heemskerk`) are not split, except those of institutions and laws (`omgevingswet`).
///
/// ```swift
/// let splitter = CompoundSplitter.bundled
/// splitter.split("solidariteitsverplichtingen") // ["solidariteit", "verplichtingen"]
/// splitter.split("wapenexportbeleid")           // ["wapen", "export", "beleid"]
/// splitter.split("minister")                    // []
/// ```
public struct CompoundSplitter: Sendable {
    /// The words that parts are looked up in.
    public let lexicon: CompoundLexicon
    /// Per lexicon entry what the search reads of it, side by side: one cache line a lookup
    /// instead of one per array (rules, counts and log counts were a third of its time).
    private let entries: [Entry]
    /// ``derivationPrefixes`` back to back, grouped by first letter: those starting with
    /// letter `l` (`a` is 0) are `prefixRanges[l]..<prefixRanges[l + 1]` in `prefixEnds`.
    private let prefixBytes: [UInt8]
    private let prefixEnds: [Int]
    private let prefixRanges: [Int]

    /// A lexicon entry as the search reads it.
    private struct Entry {
        /// The natural log of its count (at least 1).
        var logCount: Double
        var count: Int32
        /// The `Rule` bits that say where the word may stand in a compound.
        var rule: UInt8
    }

    /// Words shorter than this are never split.
    static let shortestCompound = 7
    /// Words longer than this (in bytes) are never split: they are codes or OCR run-ons.
    static let longestCompound = 64
    static let shortestPart = 3
    static let mostParts = 4
    /// A split is taken when the geometric mean of its part frequencies exceeds this share
    /// of the whole word's frequency.
    static let wholeWordShare = 0.5
    /// A boundary is refused when a word crossing it is more frequent than this share of the part before it.
    static let crossingShare = 0.5
    /// The score of a split loses this much (natural log) for each part beyond two, so that
    /// deeper splits come from splitting parts in turn, each on its own merits.
    static let extraPartPenalty = 3.0
    /// A word that stands alone less than this share of the times it ends other lexicon words
    /// is a word ending ("tingen", "kelijke", "nemers") and no last part; likewise a word that
    /// mostly begins other words ("aange", "wetsont") is no first part.
    static let fragmentShare = 0.01

    private struct Rule {
        static let first: UInt8 = 1
        static let last: UInt8 = 2
        static let head: UInt8 = 4
        static let name: UInt8 = 8
    }

    /// The splitter over the bundled lexicon, built once (building the rules takes a while).
    public static let bundled = CompoundSplitter(lexicon: .bundled)

    /// Creates a splitter over `lexicon`; prefer ``bundled`` for the corpus lexicon.
    public init(lexicon: CompoundLexicon) {
        self.lexicon = lexicon
        var entries = [Entry]()
        entries.reserveCapacity(lexicon.count)
        let (asEnding, asBeginning) = Self.affixCounts(lexicon)
        for index in 0..<lexicon.count {
            let word = lexicon.word(at: index)
            let count = Int(lexicon.counts[index])
            var rule: UInt8 = 0
            if Self.mayBePart(word, count: count) {
                let share = Self.fragmentShare
                if !Self.neverFirst.contains(word),
                   Self.linkingForms.contains(word) || Double(count) >= share * Double(asBeginning[index])
                {
                    rule |= Rule.first
                }
                if !Self.neverLast.contains(word), Double(count) >= share * Double(asEnding[index]) {
                    rule |= Rule.last
                }
            }
            if Self.institutionHeads.contains(word) { rule |= Rule.head }
            if lexicon.nameFlags[index] {
                rule |= Rule.name
                if rule & Rule.head == 0 { rule &= ~Rule.last }
            }
            entries.append(Entry(logCount: log(Double(max(count, 1))), count: Int32(truncatingIfNeeded: count), rule: rule))
        }
        self.entries = entries
        let prefixes = Self.derivationPrefixes.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
        prefixBytes = prefixes.flatMap { $0 }
        var ends: [Int] = []
        for prefix in prefixes { ends.append((ends.last ?? 0) + prefix.count) }
        prefixEnds = ends
        prefixRanges = (0...26).map { letter in
            prefixes.firstIndex { Int($0[0]) - Int(UInt8(ascii: "a")) >= letter } ?? prefixes.count
        }
    }

    /// Parts of a folded compound, without linking morphemes; empty when `word` is not a compound.
    ///
    /// `split("solidariteitsverplichtingen") == ["solidariteit", "verplichtingen"]`,
    /// `split("wapenexportbeleid") == ["wapen", "export", "beleid"]`, `split("minister") == []`.
    public func split(_ word: String) -> [String] {
        var copy = word
        return copy.withUTF8 { bytes in
            split(bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
    }

    /// ``split(_:)`` on UTF-8 bytes: the byte ranges of the parts.
    func split(_ word: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard word.count >= Self.shortestCompound, word.count <= Self.longestCompound else { return [] }
        for byte in word {
            guard byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") else { return [] }
        }
        return parts(of: word)
    }

    /// The parts of `word` (lowercase ASCII letters) as ranges, split all the way down.
    private func parts(of word: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let top = bestSplit(of: word) else { return [] }
        var result: [Range<Int>] = []
        for part in top {
            let inner = part.count >= Self.shortestCompound
                ? parts(of: UnsafeBufferPointer(rebasing: word[part])) : []
            if inner.isEmpty {
                result.append(part)
            } else {
                result.append(contentsOf: inner.map { (part.lowerBound + $0.lowerBound)..<(part.lowerBound + $0.upperBound) })
            }
        }
        return result
    }

    /// The best split of `word` into lexicon words, or nil when it is not a compound.
    private func bestSplit(of word: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        let n = word.count
        guard n >= Self.shortestCompound else { return nil }
        let width = n + 1
        let states = width * (Self.mostParts + 1)
        // Scratch space that needs neither the heap nor array metadata: words are short.
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: width * width + 2 * states) { integers in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: states) { score in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 1) { filledRows in
                    score.initialize(repeating: -.infinity)
                    filledRows.initialize(repeating: 0)
                    return bestSplit(
                        of: word, matches: UnsafeMutableBufferPointer(rebasing: integers[0..<width * width]),
                        partStart: UnsafeMutableBufferPointer(rebasing: integers[width * width..<width * width + states]),
                        partEnd: UnsafeMutableBufferPointer(rebasing: integers[width * width + states..<width * width + 2 * states]),
                        score: score, filledRows: filledRows.baseAddress!)
                }
            }
        }
    }

    /// ``bestSplit(of:)`` with its scratch space: `matches` for every substring (uninitialized:
    /// a row is filled when first needed), the others per search state, read only where `score`
    /// (filled with -infinity) is finite. `filledRows` (zero) is a pointer, not a variable the
    /// nested `fillRow` captures: a captured variable's every read and write was checked for
    /// exclusive access at run time.
    private func bestSplit(
        of word: UnsafeBufferPointer<UInt8>, matches: UnsafeMutableBufferPointer<Int32>,
        partStart: UnsafeMutableBufferPointer<Int32>, partEnd: UnsafeMutableBufferPointer<Int32>,
        score: UnsafeMutableBufferPointer<Double>, filledRows: UnsafeMutablePointer<UInt64>
    ) -> [Range<Int>]? {
        let n = word.count
        let width = n + 1
        // matches[from * width + to]: the lexicon entry of word[from..<to], or -1; row `from`
        // is filled once bit `from` of `filledRows` is set (words are at most 64 bytes).
        @inline(__always) func fillRow(_ from: Int) {
            if filledRows.pointee & (1 << UInt64(from)) != 0 { return }
            filledRows.pointee |= 1 << UInt64(from)
            let row = from * width
            for to in from...n { matches[row + to] = -1 }
            var hash = CompoundLexicon.hashSeed
            for to in (from + 1)...n {
                hash = CompoundLexicon.hash(hash, word[to - 1])
                let filter = lexicon.filterBits(hash: hash)
                // No lexicon word begins with word[from..<to], so none is longer from here.
                if filter & CompoundLexicon.mayBeginWord == 0 { break }
                if to - from >= Self.shortestPart, filter & CompoundLexicon.mayBeWord != 0 {
                    matches[row + to] = Int32(lexicon.entry(hash: hash, word, from, to))
                }
            }
        }
        @inline(__always) func entry(_ from: Int, _ to: Int) -> Int { Int(matches[from * width + to]) }
        @inline(__always) func frequency(_ from: Int, _ to: Int) -> Int {
            let index = entry(from, to)
            return index < 0 ? 0 : Int(entries[index].count)
        }

        // A prefix or particle plus a lexicon word is a derivation: "bestellen", "aanleiding".
        let letter = Int(word[0]) - Int(UInt8(ascii: "a"))
        for prefix in prefixRanges[letter]..<prefixRanges[letter + 1] {
            let start = prefix == 0 ? 0 : prefixEnds[prefix - 1]
            let count = prefixEnds[prefix] - start
            guard count + Self.shortestPart <= n else { continue }
            var matches = true
            for offset in 1..<count where word[offset] != prefixBytes[start + offset] {
                matches = false
                break
            }
            if !matches { continue }
            fillRow(count)
            if entry(count, n) >= 0 { return nil }
        }
        fillRow(0)
        let wholeIndex = entry(0, n)
        let isName = wholeIndex >= 0 && entries[wholeIndex].rule & Rule.name != 0

        // States: (position where the next part starts, parts so far). Each keeps the best sum of
        // log frequencies and the range of its last part.
        let partsLimit = Self.mostParts + 1
        score[0] = 0
        for from in 0...(n - Self.shortestPart) {
            // Only positions some split reaches start a part; the others need no lookups.
            var reached = false
            for parts in 0..<Self.mostParts where score[from * partsLimit + parts] != -.infinity {
                reached = true
                break
            }
            if !reached { continue }
            fillRow(from)
            for to in (from + Self.shortestPart)...n {
                let index = entry(from, to)
                if index < 0 { continue }
                let isLast = to == n
                let rule = entries[index].rule
                if rule & (isLast ? Rule.last : Rule.first) == 0 { continue }
                for parts in 0..<Self.mostParts {
                    let state = from * partsLimit + parts
                    if score[state] == -.infinity { continue }
                    if parts > 0, crossesFrequentWord(
                        previous: Int(partStart[state])..<Int(partEnd[state]), next: from..<to, frequency: frequency)
                    {
                        continue
                    }
                    let newScore = score[state] + entries[index].logCount
                    if isLast {
                        guard parts >= 1 else { continue }
                        let target = n * partsLimit + parts + 1
                        if newScore > score[target] {
                            score[target] = newScore
                            partStart[target] = Int32(from)
                            partEnd[target] = Int32(to)
                        }
                    } else {
                        for link in 0...1 {
                            let next = to + link
                            if next >= n { break }
                            if link == 1, word[to] != UInt8(ascii: "s") { break }
                            let target = next * partsLimit + parts + 1
                            if newScore > score[target] {
                                score[target] = newScore
                                partStart[target] = Int32(from)
                                partEnd[target] = Int32(to)
                            }
                        }
                    }
                }
            }
        }

        var bestParts = 0
        var bestScore = -Double.infinity
        for parts in 2...Self.mostParts {
            let total = score[n * partsLimit + parts]
            if total == -.infinity { continue }
            let adjusted = total / Double(parts) - Self.extraPartPenalty * Double(parts - 2)
            if adjusted > bestScore {
                bestScore = adjusted
                bestParts = parts
            }
        }
        guard bestParts > 0 else { return nil }

        var ranges: [Range<Int>] = []
        var position = n
        for parts in stride(from: bestParts, to: 0, by: -1) {
            let state = position * partsLimit + parts
            let range = Int(partStart[state])..<Int(partEnd[state])
            ranges.append(range)
            position = range.lowerBound
        }
        ranges.reverse()

        if isName, entries[entry(ranges[ranges.count - 1].lowerBound, n)].rule & Rule.head == 0 { return nil }
        // The whole word's frequency, counting its uninflected form too ("drukkerijen" → "drukkerij").
        var whole = frequency(0, n)
        for ending in Self.inflections where n - ending.count >= Self.shortestPart {
            if word.suffix(ending.count).elementsEqual(ending) { whole += frequency(0, n - ending.count) }
        }
        let geometricMean = exp(score[n * partsLimit + bestParts] / Double(bestParts))
        guard geometricMean > Self.wholeWordShare * Double(whole) else { return nil }
        return ranges
    }

    /// Whether a lexicon word that starts with `previous` and ends inside `next`, past the
    /// linking `s`, is more frequent than a share of `previous`: then the boundary between them
    /// cuts through that word (`veer|tienden` cuts `veertien`).
    @inline(__always)
    private func crossesFrequentWord(
        previous: Range<Int>, next: Range<Int>, frequency: (Int, Int) -> Int
    ) -> Bool {
        let limit = Self.crossingShare * Double(frequency(previous.lowerBound, previous.upperBound))
        var end = max(next.lowerBound + 1, previous.upperBound + 2)
        while end < next.upperBound {
            if Double(frequency(previous.lowerBound, end)) > limit { return true }
            end += 1
        }
        return false
    }

    /// For each lexicon word, the summed frequencies of the longer lexicon words it ends and begins.
    private static func affixCounts(_ lexicon: CompoundLexicon) -> (ending: [Int], beginning: [Int]) {
        var ending = [Int](repeating: 0, count: lexicon.count)
        var beginning = [Int](repeating: 0, count: lexicon.count)
        lexicon.bytes.withUnsafeBufferPointer { bytes in
            for index in 0..<lexicon.count {
                let start = Int(lexicon.starts[index])
                let end = Int(lexicon.starts[index + 1])
                let count = Int(lexicon.counts[index])
                var cut = start + 1
                while end - cut >= shortestPart {
                    var hash = CompoundLexicon.hashSeed
                    for i in cut..<end { hash = CompoundLexicon.hash(hash, bytes[i]) }
                    let suffix = lexicon.entry(hash: hash, bytes, cut, end)
                    if suffix >= 0 { ending[suffix] += count }
                    cut += 1
                }
                var hash = CompoundLexicon.hashSeed
                for stop in (start + 1)..<end {
                    hash = CompoundLexicon.hash(hash, bytes[stop - 1])
                    if stop - start >= shortestPart {
                        let prefix = lexicon.entry(hash: hash, bytes, start, stop)
                        if prefix >= 0 { beginning[prefix] += count }
                    }
                }
            }
        }
        return (ending, beginning)
    }

    // MARK: Rules

    /// First parts with a linking -er-, which mostly begin other words: "kinder|opvang".
    private static let linkingForms: Set<String> = ["kinder", "eier", "runder", "kalver", "hoender"]

    private static let inflections: [[UInt8]] = ["en", "s", "e", "n"].map { Array($0.utf8) }

    /// Whether a lexicon word may be a part at all.
    private static func mayBePart(_ word: String, count: Int) -> Bool {
        let length = word.utf8.count
        if length < shortestPart || neverParts.contains(word) || StopWords.contains(word) { return false }
        if length == 3 && !threeLetterParts.contains(word) { return false }
        // Short words that are rare are mostly fragments of OCR and abbreviations: "ving", "opge".
        if length == 4 && count < 25 { return false }
        if length == 5 && count < 10 { return false }
        if count < 3 { return false }
        // Pronominal adverbs: "waarvan", "daarom", "hiervoor", "ermee".
        for adverb in ["waar", "daar", "hier", "er"] where word.hasPrefix(adverb) {
            let rest = String(word.dropFirst(adverb.count))
            if StopWords.contains(rest) || pronominalTails.contains(rest) { return false }
        }
        return true
    }

    private static let pronominalTails: Set<String> = ["toe", "mee", "heen", "af", "uit", "aan", "in", "op"]

    /// Words that are never parts: particles, prefixes and pronouns, suffix-like words, and
    /// fragments that OCR leaves as words.
    private static let neverParts: Set<String> = [
        // particles and adverbs that form separable verbs and their derivations
        "achter", "af", "binnen", "buiten", "boven", "beneden", "door", "mee", "neer", "samen", "terug",
        "toe", "tussen", "weer", "voorbij", "rond", "langs", "vast", "los", "open", "dicht", "heen",
        "voort", "mede", "weder", "tegen", "overeen", "opeen", "tewerk", "teweeg", "terecht", "aller",
        // pronouns, articles, adverbs
        "daar", "hier", "waar", "aldus", "zoals", "zulk", "zulke", "welk", "welke", "elk", "elke",
        "ieder", "iedere", "ter", "ten", "des", "den", "dien", "onze", "uwe", "hen", "zijne", "hare", "eer",
        // prefixes
        "ver", "ont", "her", "mis", "neder", "wan", "inter", "anti", "super", "mega", "multi", "pre",
        "sub", "mini", "maxi", "micro", "macro", "semi", "pseudo", "vice", "hyper", "ultra", "trans",
        // suffixes and suffix-like words
        "ing", "ingen", "heid", "heden", "lijk", "lijke", "lijken", "lijker", "lijks", "lijkheid",
        "baar", "bare", "schap", "schappen", "nis", "nissen", "ster", "sters", "aar", "aars", "ling",
        "lingen", "dom", "loos", "loze", "zaam", "zame", "achtig", "achtige", "vol", "volle", "aal",
        "ale", "alen", "ende", "eren", "ige", "isch", "ische", "tie", "ties", "ier", "iers", "erij",
        "ist", "isten", "isme", "ant", "enten", "aat", "aten", "vaardig", "vaardige", "vaardigen",
        "vaardiger", "waardig", "waardige", "zins", "ring", "ringen", "aard", "igen",
        // fragments of old spelling and OCR
        "sche", "schen", "sehe", "inge", "sels",
    ]

    /// Words that may end a compound but not start one: "woningtekort", not "tekortschieten".
    private static let neverFirst: Set<String> = ["gelijk", "goed", "tekort", "bekend", "hard"]

    /// Words that may start a compound but not end one, where they are suffixes:
    /// "rijksoverheid" but not "belang|rijk".
    private static let neverLast: Set<String> = [
        "rijk", "rijke", "rijker", "rijkste", "rijken", "waard", "logisch", "logische", "tans", "thans", "sing",
    ]

    /// Three-letter words that are common compound parts; other three-letter words are too
    /// often pieces of longer words ("per", "ken", "ers").
    private static let threeLetterParts: Set<String> = [
        "wet", "weg", "dag", "zee", "gas", "eis", "tol", "lid", "vak", "kas", "bos", "dam", "dal", "dak",
        "dek", "rij", "net", "uur", "oog", "vis", "zin", "bod", "hof", "kop", "pad", "put", "tak", "vat",
        "vee", "wal", "zak", "zon", "lot", "mes", "nut", "hal", "bed", "bus", "gat", "hek", "pot", "rit",
        "rol", "rug", "sap", "tas", "top", "web", "wil", "ijs", "kat", "koe", "rat", "vet", "vel", "lat",
        "kar", "man", "ras", "bal", "gif", "hut", "kom", "spa", "gok", "oud", "ere",
    ]

    /// Last parts of the names of laws, funds and institutions, which are split although they
    /// are capitalized like names: "Omgevingswet", "Gemeentefonds", "Onderwijsraad".
    private static let institutionHeads: Set<String> = [
        "wet", "wetten", "besluit", "besluiten", "fonds", "fondsen", "raad", "raden", "nota", "bank",
        "dienst", "diensten", "bedrijf", "bedrijven", "blad", "bladen", "courant", "kamer", "staten",
        "autoriteit", "instituut", "begroting", "begrotingen", "begrooting", "begrootingen", "regeling",
        "regelingen", "rekening", "commissie", "commissies", "verdrag", "overeenkomst", "akkoord",
        "programma", "plan", "brief", "brieven", "stukken",
    ]

    /// A word that is one of these plus a lexicon word is a derivation, not a compound.
    private static let derivationPrefixes: [String] = [
        "vrij", "be", "ge", "ver", "ont", "her", "on", "mis", "aan", "af", "op", "om", "uit", "in",
        "door", "over", "onder", "voor", "achter", "mee", "na", "toe", "tegen", "terug", "samen", "bij",
        "weer", "overeen", "opeen", "terecht", "teweeg", "tewerk", "vast", "los", "open", "bekend",
        "goed", "hard", "gelijk", "tekort", "kwijt", "dicht",
    ]
}
