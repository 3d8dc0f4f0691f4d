/// The letter groups of the Snowball Dutch stemmer (`v`, `AEIOU`, `AIOU`, `E`, `v_WX`),
/// looked up in one 256-entry table: every letter in a group is in Latin-1.
struct DutchLetterGroups: OptionSet, Sendable {
    let rawValue: UInt8

    /// `v`: the vowels a e i o u with grave, acute, circumflex or diaeresis, and y.
    static let vowel = DutchLetterGroups(rawValue: 1 << 0)
    /// `AEIOU`: the vowels without y.
    static let aeiou = DutchLetterGroups(rawValue: 1 << 1)
    /// `AIOU`: the vowels without the e's and without y.
    static let aiou = DutchLetterGroups(rawValue: 1 << 2)
    /// `E`: e, ë, é, è, ê.
    static let e = DutchLetterGroups(rawValue: 1 << 3)
    /// `v_WX`: the vowels plus w and x.
    static let vowelWX = DutchLetterGroups(rawValue: 1 << 4)
    /// Vowels that lengthening may double when a consonant follows them: a, o, u
    /// and their accented forms (never i, never y).
    static let doublesAlone = DutchLetterGroups(rawValue: 1 << 5)
    /// The e's that lengthening may double: e, é, è, ê (not ë).
    static let doublesAsE = DutchLetterGroups(rawValue: 1 << 6)

    private static let table: [DutchLetterGroups] = {
        var table = [DutchLetterGroups](repeating: [], count: 256)
        func mark(_ letters: String, _ groups: DutchLetterGroups) {
            for letter in letters.unicodeScalars {
                table[Int(letter.value)].formUnion(groups)
            }
        }
        let a = "aäáàâ", e = "eëéèê", i = "iïíìî", o = "oöóòô", u = "uüúùû"
        mark(a + e + i + o + u + "y", [.vowel, .vowelWX])
        mark(a + e + i + o + u, .aeiou)
        mark(a + i + o + u, .aiou)
        mark(e, .e)
        mark("wx", .vowelWX)
        mark(a + o + u, .doublesAlone)
        mark("eéèê", .doublesAsE)
        return table
    }()

    /// The groups `letter` belongs to; empty for anything outside Latin-1.
    @inline(__always)
    static func of(_ letter: Unicode.Scalar) -> DutchLetterGroups {
        letter.value < 256 ? table[Int(letter.value)] : []
    }
}
