/// Dutch month names as written in parliamentary papers since 1814: modern names, pre-1947
/// spellings ("januarij", "october"), abbreviations ("jan.", "sept.", "mrt.") and OCR slips
/// one letter off a full name ("deeember", "oetober", "maait").
enum DutchMonth {
    /// Exact lowercase spellings and their month numbers.
    private static let exact: [UInt64: Int] = {
        var table: [UInt64: Int] = [:]
        let names: [(Int, [String])] = [
            (1, ["januari", "januarij", "jan"]),
            (2, ["februari", "februarij", "feb", "febr"]),
            (3, ["maart", "mrt"]),
            (4, ["april", "apr"]),
            (5, ["mei"]),
            (6, ["juni", "junij", "juny", "jun"]),
            (7, ["juli", "julij", "july", "jul"]),
            (8, ["augustus", "aug"]),
            (9, ["september", "sep", "sept"]),
            (10, ["oktober", "october", "okt", "oct"]),
            (11, ["november", "nov"]),
            (12, ["december", "dec"]),
        ]
        for (month, spellings) in names {
            for spelling in spellings { table[pack(Array(spelling.utf8))] = month }
        }
        return table
    }()

    /// Full names (five letters or more) that OCR slips are compared with.
    private static let fullNames: [(month: Int, bytes: [UInt8])] = [
        (1, Array("januari".utf8)), (1, Array("januarij".utf8)),
        (2, Array("februari".utf8)), (2, Array("februarij".utf8)),
        (3, Array("maart".utf8)), (4, Array("april".utf8)),
        (6, Array("junij".utf8)), (7, Array("julij".utf8)),
        (8, Array("augustus".utf8)), (9, Array("september".utf8)),
        (10, Array("oktober".utf8)), (10, Array("october".utf8)),
        (11, Array("november".utf8)), (12, Array("december".utf8)),
    ]

    /// Up to nine ASCII bytes packed seven bits each, as a dictionary key without allocation.
    private static func pack(_ letters: some Sequence<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        for b in letters { key = key << 7 | UInt64(b & 0x7F) }
        return key
    }

    /// Whether `spelling` is an abbreviation (which may be followed by a full stop).
    static func isAbbreviation(length: Int) -> Bool { length <= 4 }

    /// The month number (1–12) that the letters in `start..<end` spell, or `nil`.
    ///
    /// Case-insensitive. Abbreviations must be exact; names of five letters or more may have
    /// one wrong letter (OCR), but never in the first letter.
    static func month(_ text: LetterBytes, _ start: Int, _ end: Int) -> Int? {
        let length = end - start
        guard length >= 3, length <= 9 else { return nil }
        // On the stack: this runs for every word of a plausible length near a number.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { lowered -> Int? in
            var i = 0
            while i < length {
                let b = text.bytes[start + i]
                guard b < 0x80 else { return nil }
                lowered[i] = LetterBytes.lower(b)
                i += 1
            }
            if let m = exact[pack(UnsafeBufferPointer(lowered))] { return m }
            guard length >= 5 else { return nil }
            for candidate in fullNames where candidate.bytes.count == length && candidate.bytes[0] == lowered[0] {
                var misses = 0
                var k = 1
                while k < length, misses < 2 {
                    if candidate.bytes[k] != lowered[k] { misses += 1 }
                    k += 1
                }
                if misses < 2 { return candidate.month }
            }
            return nil
        }
    }
}
