import Foundation

/// Folds case and diacritics of UTF-8 text, byte by byte.
///
/// `Folding.fold("Geïnformeerd")` is `"geinformeerd"`; `Folding.fold("Financiën")` is `"financien"`.
/// ASCII and the Latin letters of Western European languages fold through a table; other letters
/// are lowercased and stripped of combining marks through Unicode properties (a slow path).
public enum Folding {
    /// Folds a whole string.
    public static func fold(_ text: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var copy = String(text)
        copy.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                i = appendFolded(bytes, at: i, to: &out)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the folded form of the scalar that starts at `index` to `out`, and returns the
    /// index of the next scalar. Apostrophes and dots are the caller's business.
    @inline(__always)
    public static func appendFolded(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, to out: inout [UInt8]) -> Int {
        let b = bytes[index]
        if b < 0x80 {
            out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            return index + 1
        }
        let (scalar, length) = UTF8Scan.scalar(bytes, at: index)
        if let mapped = latinTable[scalar.value] {
            out.append(contentsOf: mapped)
        } else if scalar.properties.generalCategory == .nonspacingMark {
            // A combining diacritic: dropped.
        } else {
            let lowered = String(scalar.properties.lowercaseMapping).decomposedStringWithCanonicalMapping
            for part in lowered.unicodeScalars where part.properties.generalCategory != .nonspacingMark {
                out.append(contentsOf: Array(String(part).utf8))
            }
        }
        return index + length
    }

    /// The folded form of each scalar U+00C0…U+017F, at `scalar - 0xC0`: the one table of Latin
    /// letter folding, for scanners that fold by table index. Empty where the table folds
    /// nothing (`×`, `÷`, `ĸ`, `Ŋ`, `ŋ`, `ſ`).
    ///
    /// `Folding.latinLetters[0xEB - 0xC0]` (`ë`) is `[UInt8(ascii: "e")]`; `æ` folds to `ae`.
    public static let latinLetters: [[UInt8]] = (0xC0..<0x180).map { latinTable[UInt32($0)] ?? [] }

    /// Folded forms of Latin-1 Supplement and Latin Extended-A letters.
    static let latinTable: [UInt32: [UInt8]] = {
        var table: [UInt32: [UInt8]] = [:]
        let groups: [(String, String)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđÐð", "d"),
            ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"),
            ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"),
            ("ÑñŃńŅņŇňŉ", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("ŔŕŖŗŘř", "r"),
            ("ŚśŜŝŞşŠš", "s"), ("ŢţŤťŦŧ", "t"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"), ("Ŵŵ", "w"),
            ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"), ("Ææ", "ae"), ("Œœ", "oe"), ("ß", "ss"),
            ("Þþ", "th"), ("Ĳĳ", "ij"),
        ]
        for (letters, folded) in groups {
            for scalar in letters.unicodeScalars {
                table[scalar.value] = Array(folded.utf8)
            }
        }
        return table
    }()
}

