/// Stems Dutch words with the Snowball `dutch` algorithm of Snowball 3 (the one
/// based on the stemmer of Wessel Kraaij and Renée Pohlmann, not the older
/// Porter-style one that Snowball now calls `dutch_porter`).
///
/// Gives the same stem as `Stemmer.Stemmer('dutch').stemWord(word)` of PyStemmer 3.
///
/// ```swift
/// let stemmer = DutchStemmer()
/// stemmer.stem("mogelijkheden")  // "molijk"
/// stemmer.stem("kinderen")       // "kinder"
/// ```
public struct DutchStemmer: Sendable {
    /// Creates a stemmer; it holds no state, so one can be shared freely.
    public init() {}

    /// The stem of one lowercase word (letters, possibly with diacritics such as ë, ï, é).
    public func stem(_ word: String) -> String {
        var stemming = DutchStemming(word)
        stemming.run()
        guard stemming.changed else { return word }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: stemming.letters)
        return String(scalars)
    }

    /// ``stem(_:)`` on valid UTF-8 bytes, appended to `stem`; `letters` is scratch space whose
    /// capacity is reused from call to call.
    func stem(_ word: UnsafeBufferPointer<UInt8>, appendingTo stem: inout [UInt8], letters: inout [Unicode.Scalar]) {
        letters.removeAll(keepingCapacity: true)
        var index = 0
        while index < word.count {
            let (scalar, length) = UTF8Scan.scalar(word, at: index)
            letters.append(scalar)
            index += length
        }
        var stemming = DutchStemming(letters: [])
        stemming.exchangeLetters(&letters)
        stemming.run()
        if stemming.changed {
            for letter in stemming.letters {
                UTF8.encode(letter) { stem.append($0) }
            }
        } else {
            stem.append(contentsOf: word)
        }
        stemming.exchangeLetters(&letters)
    }

    /// ``stem(_:)`` on valid UTF-8 bytes, without making strings.
    func stem(_ word: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var stem: [UInt8] = []
        stem.reserveCapacity(word.count + 2)
        var letters: [Unicode.Scalar] = []
        self.stem(word, appendingTo: &stem, letters: &letters)
        return stem
    }
}

/// One word on its way to its stem: the letters, the regions R1 and R2, and the
/// steps of the algorithm, each named as in Snowball's `dutch.sbl`.
///
/// Positions are offsets into `letters`. A suffix "at" position `p` ends at `p`
/// (the algorithm works backwards from the end of the word, as Snowball does).
struct DutchStemming {
    private(set) var letters: [Unicode.Scalar]
    private(set) var changed = false
    /// Start of region R1 and R2 (`letters.count` when the region is empty).
    private var p1 = 0
    private var p2 = 0

    init(_ word: String) {
        letters = Array(word.unicodeScalars)
    }

    init(letters: [Unicode.Scalar]) {
        self.letters = letters
    }

    /// Swaps the letters with `other`, to lend the stemming a buffer and take it back.
    mutating func exchangeLetters(_ other: inout [Unicode.Scalar]) {
        swap(&letters, &other)
    }

    /// Runs the whole algorithm: suffix steps 1–4, removal of the `ge-` prefix and
    /// infix (each followed by Step 1c), then Step 7 and, if anything was removed, Step 6.
    mutating func run() {
        measure()
        var stemmed = false
        if step1() { stemmed = true }
        if step2() { stemmed = true }
        if step3() { stemmed = true }
        if step4() { stemmed = true }
        if losePrefix() {
            measure()
            stemmed = true
            step1c()
        }
        if loseInfix() {
            measure()
            stemmed = true
            step1c()
        }
        if step7() { stemmed = true }
        if stemmed { step6() }
    }

    // MARK: - Letters and regions

    private var count: Int { letters.count }

    @inline(__always)
    private func groups(at position: Int) -> DutchLetterGroups {
        DutchLetterGroups.of(letters[position])
    }

    /// Whether `suffix` (ASCII) ends exactly at `end`.
    private func ends(_ suffix: StaticString, at end: Int) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard end >= length, end <= count else { return false }
        let bytes = suffix.utf8Start
        var offset = 0
        while offset < length {
            if letters[end - length + offset].value != UInt32(bytes[offset]) { return false }
            offset += 1
        }
        return true
    }

    /// Whether `suffix` (ASCII) ends the word.
    private func endsWord(_ suffix: StaticString) -> Bool {
        ends(suffix, at: count)
    }

    /// Whether the word starts with `prefix` (ASCII) at `start`.
    private func has(_ prefix: StaticString, at start: Int) -> Bool {
        ends(prefix, at: start + prefix.utf8CodeUnitCount)
    }

    @inline(__always) private func inR1(_ position: Int) -> Bool { p1 <= position }
    @inline(__always) private func inR2(_ position: Int) -> Bool { p2 <= position }

    /// `C`: the letter before `position` is a consonant and not the j of "ij".
    private func consonant(before position: Int) -> Bool {
        guard position >= 1, !groups(at: position - 1).contains(.vowel) else { return false }
        return !ends("ij", at: position)
    }

    /// `V`: a vowel or "ij" ends at `position`.
    private func vowel(before position: Int) -> Bool {
        (position >= 1 && groups(at: position - 1).contains(.vowel)) || ends("ij", at: position)
    }

    /// `VX`: a vowel or "ij" ends one letter before `position`.
    private func vowel(beforeSkippingOne position: Int) -> Bool {
        position >= 1 && vowel(before: position - 1)
    }

    /// Sets R1 and R2: R1 starts after the first consonant that follows a vowel
    /// (where "ij" counts as a vowel), R2 likewise inside R1.
    private mutating func measure() {
        p1 = count
        p2 = count
        var position = 0
        guard let end1 = endOfVowelConsonant(from: position) else { return }
        p1 = end1
        position = end1
        guard let end2 = endOfVowelConsonant(from: position) else { return }
        p2 = end2
    }

    /// Skips consonants, then a run of vowels (at least one; "ij" counts as a vowel),
    /// then one consonant; returns the position after that consonant.
    private func endOfVowelConsonant(from start: Int) -> Int? {
        var position = start
        while position < count, !groups(at: position).contains(.vowel) { position += 1 }
        let vowelsStart = position
        position = endOfVowelRun(from: position)
        guard position > vowelsStart, position < count else { return nil }
        return position + 1
    }

    /// The end of the run of vowels (and "ij"s) starting at `start`.
    private func endOfVowelRun(from start: Int) -> Int {
        var position = start
        while position < count {
            if has("ij", at: position) {
                position += 2
            } else if groups(at: position).contains(.vowel) {
                position += 1
            } else {
                break
            }
        }
        return position
    }

    // MARK: - Editing

    private mutating func deleteSuffix(from start: Int) {
        letters.removeSubrange(start...)
        changed = true
    }

    private mutating func replaceSuffix(from start: Int, with replacement: StaticString) {
        letters.removeSubrange(start...)
        let bytes = replacement.utf8Start
        for offset in 0..<replacement.utf8CodeUnitCount {
            letters.append(Unicode.Scalar(bytes[offset]))
        }
        changed = true
    }

    private mutating func insert(_ letter: Unicode.Scalar, at position: Int) {
        letters.insert(letter, at: position)
        changed = true
    }

    private mutating func replaceLetter(at position: Int, with letter: Unicode.Scalar) {
        letters[position] = letter
        changed = true
    }

    // MARK: - lengthen_V

    /// `lengthen_V`: when the word ends in a short vowel plus consonant (not w or x),
    /// doubles the vowel: "gevar" → "gevaar", "eë" → "eëe", "ië" → "iee".
    private mutating func lengthenVowel() {
        let last = count - 1
        guard last >= 1, !groups(at: last).contains(.vowelWX) else { return }
        let vowelEnd = last
        let vowelStart = vowelEnd - 1
        let vowel = letters[vowelStart]

        if vowel == "ë", vowelStart >= 1 {
            if letters[vowelStart - 1] == "e" {
                insert("e", at: vowelEnd)
            } else if letters[vowelStart - 1] == "i" {
                replaceLetter(at: vowelStart, with: "e")
                insert("e", at: vowelEnd)
            }
            return
        }

        let kind = DutchLetterGroups.of(vowel)
        // The letter before the vowel is no vowel, or the vowel starts the word.
        let openBefore = vowelStart == 0 || !groups(at: vowelStart - 1).contains(.aeiou)
        guard openBefore else { return }

        if kind.contains(.doublesAlone) {
            insert(vowel, at: vowelStart)
        } else if kind.contains(.doublesAsE) {
            // Position before the consonant that precedes the e (or 0 at the word start).
            let beforeConsonant = vowelStart == 0 ? 0 : vowelStart - 1
            if beforeConsonant >= 1 {
                let previous = groups(at: beforeConsonant - 1)
                if previous.contains(.aiou) { return }
                if previous.contains(.e) && beforeConsonant - 1 == 0 { return }
            }
            if beforeConsonant >= 2, groups(at: beforeConsonant - 2).contains(.aiou),
               beforeConsonant >= 3, !groups(at: beforeConsonant - 3).contains(.aeiou) {
                return
            }
            insert(vowel, at: vowelStart)
        }
    }

    // MARK: - Step 1: plural and other -s / -en endings

    private mutating func step1() -> Bool {
        let end = count
        if endsWord("ies") {
            guard inR1(end - 3) else { return false }
            replaceSuffix(from: end - 3, with: "ie")
            return true
        }
        if endsWord("aus") {
            let start = end - 3
            guard inR1(start), vowel(before: start) else { return false }
            replaceSuffix(from: start, with: "au")
            return true
        }
        if endsWord("nde") {
            replaceSuffix(from: end - 3, with: "nd")
            return true
        }
        if endsWord("'s") {
            deleteSuffix(from: end - 2)
            return true
        }
        if end >= 2, letters[end - 2] == "é", letters[end - 1] == "s" {
            guard inR1(end - 2) else { return false }
            deleteSuffix(from: end - 1)
            return true
        }
        if endsWord("es") {
            return step1Es(start: end - 2)
        }
        if endsWord("en") {
            return step1En(start: end - 2)
        }
        if endsWord("s") {
            let start = end - 1
            guard inR1(start) else { return false }
            if ends("t", at: start) && inR1(start - 1) { return false }
            guard consonant(before: start) else { return false }
            deleteSuffix(from: start)
            return true
        }
        return false
    }

    /// `-es`: after "ar" drop it and lengthen ("gevares" → "gevaar"), after "er" drop it,
    /// otherwise keep the e.
    private mutating func step1Es(start: Int) -> Bool {
        if ends("ar", at: start), inR1(start - 2), consonant(before: start - 2) {
            deleteSuffix(from: start)
            lengthenVowel()
            return true
        }
        if ends("er", at: start), inR1(start - 2), consonant(before: start - 2) {
            deleteSuffix(from: start)
            return true
        }
        guard inR1(start), consonant(before: start) else { return false }
        replaceSuffix(from: start, with: "e")
        return true
    }

    /// `-en`: "-heden" → "-heid", "-nden" → "-nd", "-den" → "", after a vowel plus i/j
    /// drop it, otherwise drop it after a consonant and lengthen the vowel.
    private mutating func step1En(start: Int) -> Bool {
        if ends("hed", at: start), inR1(start - 3) {
            replaceSuffix(from: start - 3, with: "heid")
            return true
        }
        if ends("nd", at: start) {
            deleteSuffix(from: start)
            return true
        }
        if ends("d", at: start), inR1(start - 1), consonant(before: start - 1) {
            deleteSuffix(from: start - 1)
            return true
        }
        if start >= 1, letters[start - 1] == "i" || letters[start - 1] == "j",
           vowel(before: start - 1) {
            deleteSuffix(from: start)
            return true
        }
        guard inR1(start), consonant(before: start) else { return false }
        deleteSuffix(from: start)
        lengthenVowel()
        return true
    }

    // MARK: - Step 2: -e endings and diminutives

    private mutating func step2() -> Bool {
        let end = count
        if endsWord("lijke") {
            guard inR1(end - 5) else { return false }
            deleteSuffix(from: end - 1)
            return true
        }
        if endsWord("ische") {
            guard inR1(end - 5) else { return false }
            deleteSuffix(from: end - 1)
            return true
        }
        if endsWord("ieve") {
            let start = end - 4
            guard inR1(start), consonant(before: start) else { return false }
            replaceSuffix(from: start, with: "ief")
            return true
        }
        if endsWord("ene") {
            let start = end - 3
            guard inR1(start), consonant(before: start) else { return false }
            replaceSuffix(from: start, with: "en")
            lengthenVowel()
            return true
        }
        guard end >= 2, letters[end - 1] == "e" else { return false }
        let start = end - 2
        switch letters[start] {
        case "j":
            return step2Diminutive(start: start)
        case "g", "t", "s", "r":
            guard inR1(start) else { return false }
            deleteSuffix(from: end - 1)
            return true
        case "d":
            guard inR1(start), consonant(before: start) else { return false }
            deleteSuffix(from: start)
            return true
        case "l":
            guard inR1(start) else { return false }
            deleteSuffix(from: end - 1)
            lengthenVowel()
            return true
        default:
            return false
        }
    }

    /// `-je`: the diminutive endings -'tje, -etje, -tje, -je, with "-rntje" → "-rn",
    /// "-inkje" → "-ing" and "-mpje" → "-m".
    private mutating func step2Diminutive(start: Int) -> Bool {
        if ends("'t", at: start) {
            deleteSuffix(from: start - 2)
            return true
        }
        if ends("et", at: start), inR1(start - 2), consonant(before: start - 2) {
            deleteSuffix(from: start - 2)
            return true
        }
        if ends("rnt", at: start) {
            deleteSuffix(from: start - 1)
            return true
        }
        if ends("t", at: start), inR1(start - 1), vowel(beforeSkippingOne: start - 1) {
            deleteSuffix(from: start - 1)
            return true
        }
        if ends("ink", at: start) {
            replaceSuffix(from: start - 1, with: "g")
            return true
        }
        if ends("mp", at: start) {
            deleteSuffix(from: start - 1)
            return true
        }
        if ends("'", at: start), inR1(start - 1) {
            deleteSuffix(from: start - 1)
            return true
        }
        guard inR1(start), consonant(before: start) else { return false }
        deleteSuffix(from: start)
        return true
    }

    // MARK: - Step 3: derivational noun endings

    private mutating func step3() -> Bool {
        let end = count
        if endsWord("iteit") {
            guard inR1(end - 5) else { return false }
            deleteSuffix(from: end - 5)
            lengthenVowel()
            return true
        }
        if endsWord("atie") {
            guard inR1(end - 4) else { return false }
            replaceSuffix(from: end - 4, with: "eer")
            return true
        }
        if endsWord("heid") || endsWord("ster") {
            guard inR1(end - 4) else { return false }
            deleteSuffix(from: end - 4)
            return true
        }
        if endsWord("rder") {
            deleteSuffix(from: end - 3)
            return true
        }
        if endsWord("isme") || endsWord("erij") {
            return step3IngIsmeErij(start: end - 4)
        }
        if endsWord("arij") {
            let start = end - 4
            guard inR1(start), consonant(before: start) else { return false }
            replaceSuffix(from: start, with: "aar")
            return true
        }
        if endsWord("sel") {
            guard inR1(end - 3) else { return false }
            deleteSuffix(from: end - 3)
            return true
        }
        if endsWord("ing") {
            return step3IngIsmeErij(start: end - 3)
        }
        if endsWord("fie") || endsWord("gie") {
            let start = end - 3
            guard inR2(start) else { return false }
            deleteSuffix(from: start + 1)
            lengthenVowel()
            return true
        }
        if endsWord("tst") || endsWord("dst") {
            let start = end - 3
            guard inR1(start), consonant(before: start) else { return false }
            deleteSuffix(from: start + 1)
            return true
        }
        return false
    }

    /// `-ing`, `-isme`, `-erij`: after "ild" become "-er" (keeps "schilderij" apart
    /// from "schild"); otherwise drop them in R1 and lengthen the vowel.
    private mutating func step3IngIsmeErij(start: Int) -> Bool {
        if ends("ild", at: start) {
            replaceSuffix(from: start, with: "er")
            return true
        }
        guard inR1(start) else { return false }
        deleteSuffix(from: start)
        lengthenVowel()
        return true
    }

    // MARK: - Step 4: adjective endings

    private mutating func step4() -> Bool {
        if let result = step4Adjectives() { return result || step4Ig() }
        return step4Ig()
    }

    /// The first `among` of Step 4; nil when no ending matches.
    private mutating func step4Adjectives() -> Bool? {
        let end = count
        if endsWord("achtiger") || endsWord("achtigst") {
            guard inR1(end - 8) else { return false }
            deleteSuffix(from: end - 8)
            return true
        }
        if endsWord("ioneel") {
            guard inR1(end - 6) else { return false }
            replaceSuffix(from: end - 6, with: "ie")
            return true
        }
        if endsWord("lijker") || endsWord("lijkst") {
            guard inR1(end - 6) else { return false }
            replaceSuffix(from: end - 6, with: "lijk")
            return true
        }
        if endsWord("achtig") {
            guard inR1(end - 6) else { return false }
            deleteSuffix(from: end - 6)
            return true
        }
        if endsWord("eriger") {
            return step4DropAndLengthen(start: end - 6)
        }
        if endsWord("atief") {
            guard inR1(end - 5) else { return false }
            replaceSuffix(from: end - 5, with: "eer")
            return true
        }
        if endsWord("erigst") {
            return step4DropAndLengthen(start: end - 6)
        }
        if endsWord("baar") {
            guard inR1(end - 4) else { return false }
            deleteSuffix(from: end - 4)
            return true
        }
        if endsWord("naar") || endsWord("laar") || endsWord("raar") {
            let start = end - 4
            guard inR1(start), vowel(before: start) else { return false }
            deleteSuffix(from: start + 1)
            return true
        }
        if endsWord("tant") {
            guard inR1(end - 4) else { return false }
            replaceSuffix(from: end - 4, with: "teer")
            return true
        }
        if endsWord("erig") {
            return step4DropAndLengthen(start: end - 4)
        }
        if endsWord("end") {
            return step4DropAndLengthen(start: end - 3)
        }
        return nil
    }

    private mutating func step4DropAndLengthen(start: Int) -> Bool {
        guard inR1(start), consonant(before: start) else { return false }
        deleteSuffix(from: start)
        lengthenVowel()
        return true
    }

    /// The second `among` of Step 4: -ig, -iger, -igst (but "innig" stays).
    private mutating func step4Ig() -> Bool {
        let end = count
        let start: Int
        if endsWord("iger") || endsWord("igst") {
            start = end - 4
        } else if endsWord("ig") {
            start = end - 2
        } else {
            return false
        }
        guard inR1(start) else { return false }
        if start == 3 && has("inn", at: 0) { return false }
        return step4DropAndLengthen(start: start)
    }

    // MARK: - Lose_prefix and Lose_infix: the ge- of past participles

    /// Whether the letters from `start` on hold at least three letters and a vowel
    /// (or "ij") that is followed by something else.
    private func leavesSyllable(from start: Int) -> Bool {
        guard count - start >= 3 else { return false }
        var position = start
        while position < count {
            if has("ij", at: position) || groups(at: position).contains(.vowel) { break }
            position += 1
        }
        guard position < count else { return false }
        return endOfVowelRun(from: position) < count
    }

    /// `Lose_prefix`: drops a leading "ge" ("gevalideerd" → "valideerd"), except before
    /// "eft", "val" (not "vali"), "vaa" and "vare".
    private mutating func losePrefix() -> Bool {
        guard has("ge", at: 0), leavesSyllable(from: 2) else { return false }
        let kept: Int
        if has("vali", at: 2) {
            kept = 4
        } else if has("vare", at: 2) || has("vaa", at: 2) || has("val", at: 2) || has("eft", at: 2) {
            return false
        } else {
            kept = 0
        }
        letters.removeSubrange(0..<2)
        changed = true
        undoDiaeresis(at: kept)
        return true
    }

    /// `Lose_infix`: drops the first "ge" after the first letter ("opgegeven" → "opgeven").
    private mutating func loseInfix() -> Bool {
        guard count >= 1 else { return false }
        var start = 1
        while start < count, !has("ge", at: start) { start += 1 }
        guard start < count, leavesSyllable(from: start + 2) else { return false }
        letters.removeSubrange(start..<(start + 2))
        changed = true
        undoDiaeresis(at: start)
        return true
    }

    /// After a removed "ge", ë and ï lose their diaeresis ("geëist" → "eist").
    private mutating func undoDiaeresis(at position: Int) {
        guard position < count else { return }
        switch letters[position] {
        case "ë": replaceLetter(at: position, with: "e")
        case "ï": replaceLetter(at: position, with: "i")
        default: break
        }
    }

    // MARK: - Step 1c: the -d / -t of past participles

    /// `Step_1c`: drops a final d or t after a consonant in R1 (with "geïnd" → "inn"
    /// and "geënt" → "ent" kept apart from "in" and "en").
    private mutating func step1c() {
        let last = count - 1
        guard last >= 0 else { return }
        let letter = letters[last]
        guard letter == "d" || letter == "t", inR1(last), consonant(before: last) else { return }
        if letter == "d" {
            if ends("n", at: last) && inR1(last - 1) { return }
            if last == 2 && has("in", at: 0) {
                replaceLetter(at: last, with: "n")
            } else {
                deleteSuffix(from: last)
            }
        } else {
            if ends("h", at: last) && inR1(last - 1) { return }
            if last == 2 && has("en", at: 0) { return }
            deleteSuffix(from: last)
        }
    }

    // MARK: - Step 7 and Step 6: final consonant clean-up

    /// `Step_7`: "-kt", "-ft", "-pt" lose the t.
    private mutating func step7() -> Bool {
        guard endsWord("kt") || endsWord("ft") || endsWord("pt") else { return false }
        deleteSuffix(from: count - 1)
        return true
    }

    /// `Step_6`: a doubled final consonant becomes single (except in "inn"),
    /// a final v becomes f and a final z becomes s.
    private mutating func step6() {
        let last = count - 1
        guard last >= 0 else { return }
        let letter = letters[last]
        if last >= 1, letters[last - 1] == letter, Self.undoubles(letter) {
            if letter == "n" && last == 2 && letters[0] == "i" { return }
            deleteSuffix(from: last)
        } else if letter == "v" {
            replaceLetter(at: last, with: "f")
        } else if letter == "z" {
            replaceLetter(at: last, with: "s")
        }
    }

    /// The consonants whose doubling Step 6 undoes.
    private static func undoubles(_ letter: Unicode.Scalar) -> Bool {
        switch letter {
        case "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "q", "r", "s", "t",
             "v", "w", "x", "z":
            return true
        default:
            return false
        }
    }
}
