/// The table of Dutch ministries and the lookup of ministry names in text, tolerant of OCR
/// errors, line-end hyphenation and stray spaces ("BUITENLAINIDSE ZAKEN", "WETEN-SCHAPPEN").
///
/// ```swift
/// MinistryGazetteer.shared.ministry(matching: "ocw")?.label        // "Onderwijs, Cultuur en Wetenschap"
/// MinistryGazetteer.shared.ministry(matching: "Buitenlainidse Zaken")?.key // "buitenlandse-zaken"
/// ```
public struct MinistryGazetteer: Sendable {
    /// The gazetteer built from the built-in table.
    public static let shared = MinistryGazetteer(ministries: MinistryTable.all)

    /// Every ministry and portfolio in the table.
    public let ministries: [Ministry]

    /// One spelling of a ministry's name, as folded letters and digits.
    struct Name: Sendable {
        let ministry: Int
        let letters: [UInt8]
    }

    /// Names by their first letter, longest first.
    private let namesByFirst: [[Name]]
    /// All names with at least `fuzzyMinimum` letters, for OCR-tolerant matching.
    private let fuzzyNames: [Name]
    /// Abbreviations as written (case-sensitive), with their ministry.
    private let abbreviations: [(bytes: [UInt8], ministry: Int)]
    private let byKey: [String: Int]

    /// Names shorter than this are only matched exactly.
    static let fuzzyMinimum = 8

    /// Creates a gazetteer over `ministries`.
    public init(ministries: [Ministry]) {
        self.ministries = ministries
        var buckets = [[Name]](repeating: [], count: 128)
        var fuzzy: [Name] = []
        var abbreviations: [(bytes: [UInt8], ministry: Int)] = []
        var byKey: [String: Int] = [:]
        for (index, ministry) in ministries.enumerated() {
            byKey[ministry.key] = index
            var spellings = [ministry.label] + ministry.aliases
            for name in ministry.periodNames where !spellings.contains(name.label) { spellings.append(name.label) }
            for spelling in spellings {
                let name = Name(ministry: index, letters: MinisterText.compact(spelling))
                guard let first = name.letters.first, first < 128 else { continue }
                buckets[Int(first)].append(name)
                if name.letters.count >= Self.fuzzyMinimum { fuzzy.append(name) }
            }
            for abbreviation in ministry.abbreviations {
                abbreviations.append((Array(abbreviation.utf8), index))
            }
        }
        self.namesByFirst = buckets.map { $0.sorted { $0.letters.count > $1.letters.count } }
        self.fuzzyNames = fuzzy
        self.abbreviations = abbreviations.sorted { $0.bytes.count > $1.bytes.count }
        self.byKey = byKey
    }

    /// The ministry with this key (`"financien"`).
    public func ministry(key: String) -> Ministry? {
        byKey[key].map { ministries[$0] }
    }

    /// The ministry whose name, abbreviation or key is `text` (case, accents, spacing and small
    /// OCR errors ignored), or nil.
    ///
    /// `ministry(matching: "Justitie en Veiligheid")`, `ministry(matching: "JenV")` and
    /// `ministry(matching: "justitie-en-veiligheid")` all give the same ministry.
    public func ministry(matching text: String) -> Ministry? {
        if let index = byKey[text] { return ministries[index] }
        let letters = MinisterText.compact(text)
        guard let first = letters.first else { return nil }
        if first < 128 {
            for name in namesByFirst[Int(first)] where name.letters == letters {
                return ministries[name.ministry]
            }
        }
        let trimmed = Array(text.utf8.filter { $0 != UInt8(ascii: " ") })
        for abbreviation in abbreviations
        where abbreviation.bytes.count == trimmed.count
            && zip(abbreviation.bytes, trimmed).allSatisfy({ $0 | ASCII.caseBit == $1 | ASCII.caseBit })
        {
            return ministries[abbreviation.ministry]
        }
        var best: (ministry: Int, distance: Int)?
        for name in fuzzyNames {
            let limit = Self.allowedErrors(name.letters.count)
            guard abs(name.letters.count - letters.count) <= limit else { continue }
            let distance = Self.editDistance(name.letters, letters, limit: limit)
            if distance <= limit && distance < (best?.distance ?? Int.max) {
                best = (name.ministry, distance)
            }
        }
        return best.map { ministries[$0.ministry] }
    }

    /// A ministry name found in text.
    struct Match {
        let ministry: Int
        let start: Int
        let end: Int
        let errors: Int
    }

    /// The ministry named at `start` in `bytes`: the longest name that ends at a word end,
    /// matched exactly on folded letters (spaces, hyphens and commas ignored), else an
    /// abbreviation as written, else the closest name within a few OCR errors.
    func match(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Match? {
        guard start < bytes.count else { return nil }
        var run = MinistryLetterRun(capacity: 72)
        run.read(bytes, from: start, limit: 72)
        guard let first = run.letters.first else { return nil }
        // Exact names, longest first.
        var exact: Match?
        if first < 128 {
            for name in namesByFirst[Int(first)] {
                let m = name.letters.count
                guard m <= run.letters.count, run.boundary[m - 1] else { continue }
                var equal = true
                for k in 0..<m where run.letters[k] != name.letters[k] {
                    equal = false
                    break
                }
                if equal {
                    exact = Match(ministry: name.ministry, start: start, end: run.ends[m - 1], errors: 0)
                    break
                }
            }
        }
        // Abbreviations, case-sensitive.
        if exact == nil {
            for abbreviation in abbreviations {
                let m = abbreviation.bytes.count
                guard start + m <= bytes.count else { continue }
                var equal = true
                for k in 0..<m where bytes[start + k] != abbreviation.bytes[k] {
                    equal = false
                    break
                }
                if equal && (start + m == bytes.count || MinisterText.fold(MinisterText.scalar(bytes, start + m).0) == 0) {
                    return Match(ministry: abbreviation.ministry, start: start, end: start + m, errors: 0)
                }
            }
        }
        // OCR-tolerant names; a longer name with a few errors beats a short exact one
        // ("LANDBOUW, NATUURBEHEER EIM VISSERU" is not just "Landbouw").
        let exactLength = exact.map { run.ends.firstIndex(of: $0.end).map { $0 + 1 } ?? 0 } ?? 0
        guard run.letters.count >= Self.fuzzyMinimum - 1, run.letters.count > exactLength + 2 else { return exact }
        var best: (name: Name, length: Int, errors: Int, score: Int)?
        var rows = MinistryEditRows()
        for name in fuzzyNames {
            let p = name.letters
            guard p.count > exactLength + 2, p[0] == run.letters[0] || p[1] == run.letters[1] else { continue }
            let limit = Self.allowedErrors(p.count)
            guard let (errors, length) = rows.prefixDistance(p, run, limit: limit) else { continue }
            let score = p.count - 2 * errors
            if score > exactLength && (best == nil || score > best!.score) {
                best = (name, length, errors, score)
            }
        }
        guard let found = best else { return exact }
        return Match(ministry: found.name.ministry, start: start, end: run.ends[found.length - 1], errors: found.errors)
    }

    /// How many OCR errors a name of `length` folded letters may carry.
    static func allowedErrors(_ length: Int) -> Int {
        switch length {
        case ..<fuzzyMinimum: 0
        case ..<13: 1
        case ..<20: 2
        default: 3
        }
    }

    /// Plain Levenshtein distance, stopping early once it exceeds `limit`.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j - 1] + cost, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}

/// The folded letters of a stretch of text with, for each letter, the byte offset just past it
/// and whether a word ends there. Spaces, single line breaks, hyphens, commas and periods are
/// skipped; other punctuation or a blank line ends the run.
struct MinistryLetterRun {
    var letters: [UInt8] = []
    var ends: [Int] = []
    var boundary: [Bool] = []

    /// A run with room for `capacity` letters: one allocation per list, not one per doubling.
    init(capacity: Int) {
        letters.reserveCapacity(capacity)
        ends.reserveCapacity(capacity)
        boundary.reserveCapacity(capacity)
    }

    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) {
        letters.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        boundary.removeAll(keepingCapacity: true)
        var i = start
        var newlines = 0
        while i < bytes.count {
            let (value, length) = MinisterText.scalar(bytes, i)
            let folded = MinisterText.fold(value)
            if folded != 0 && (folded > UInt8(ascii: "9") || Self.isInnerDigit(bytes, i, boundary)) {
                if letters.count >= limit { return }
                letters.append(folded)
                ends.append(i + length)
                boundary.append(false)
                newlines = 0
                i += length
                continue
            }
            if !boundary.isEmpty { boundary[boundary.count - 1] = true }
            switch value {
            case UInt32(ascii: "\n"):
                newlines += 1
                if newlines > 1 { return }
            case UInt32(ascii: " "), UInt32(ascii: "\t"), UInt32(ascii: "\r"), 0xA0, 0xAD, UInt32(ascii: "-"), UInt32(ascii: ","), UInt32(ascii: "."), UInt32(ascii: "'"), 0x2019, UInt32(ascii: "&"), UInt32(ascii: "/"), 0xAB, 0xBB:
                break
            default:
                return
            }
            i += length
        }
        if !boundary.isEmpty { boundary[boundary.count - 1] = true }
    }
}

extension MinistryLetterRun {
    /// Whether the digit at `index` sits inside a word ("V0LKSGEZONDHEID"), not after it ("Nederland1").
    fileprivate static func isInnerDigit(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ boundary: [Bool]) -> Bool {
        guard let last = boundary.last, !last else { return false }
        var i = index + 1
        while i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") { i += 1 }
        return i < bytes.count && MinisterText.fold(MinisterText.scalar(bytes, i).0) > UInt8(ascii: "9")
    }
}

/// Reusable rows for the OCR-tolerant prefix edit distance.
struct MinistryEditRows {
    private var older: [Int] = []
    private var previous: [Int] = []
    private var current: [Int] = []

    /// The fewest edits turning `pattern` into a prefix of `run.letters` that ends at a word end,
    /// and that prefix's length; nil if more than `limit`. Besides single-letter edits, the OCR
    /// confusions "im" for "n", "rn" for "m" and "u" for "ij" cost one edit.
    ///
    /// Every edit moves at most one cell off the diagonal, so cells with `|i - j| > limit` cost
    /// more than `limit`: each row is computed only within `limit` of the diagonal, with a
    /// `limit + 1` sentinel just outside the band (anything built on it also stays above `limit`).
    mutating func prefixDistance(_ pattern: [UInt8], _ run: MinistryLetterRun, limit: Int) -> (Int, Int)? {
        let text = run.letters
        let m = pattern.count
        let n = min(text.count, m + limit)
        guard n >= m - limit, n > 0 else { return nil }
        if previous.count < n + 2 {
            older = [Int](repeating: 0, count: n + 2)
            previous = older
            current = older
        }
        for j in 0...n { previous[j] = j }
        let outside = limit + 1
        for i in 1...m {
            let p = pattern[i - 1]
            let low = max(1, i - limit)
            let high = min(n, i + limit)
            current[0] = i
            current[low - 1] = low == 1 ? i : outside
            current[high + 1] = outside
            var rowMinimum = low == 1 ? i : outside
            var j = low
            while j <= high {
                let t = text[j - 1]
                var best = previous[j - 1] + (p == t ? 0 : 1)
                best = min(best, previous[j] + 1, current[j - 1] + 1)
                if j >= 2 {
                    if p == UInt8(ascii: "n") && text[j - 2] == UInt8(ascii: "i") && t == UInt8(ascii: "m") { best = min(best, previous[j - 2] + 1) }
                    if p == UInt8(ascii: "m") && text[j - 2] == UInt8(ascii: "r") && t == UInt8(ascii: "n") { best = min(best, previous[j - 2] + 1) }
                }
                if i >= 2 && p == UInt8(ascii: "j") && pattern[i - 2] == UInt8(ascii: "i") && t == UInt8(ascii: "u") {
                    best = min(best, older[j - 1] + 1)
                }
                current[j] = best
                rowMinimum = min(rowMinimum, best)
                j += 1
            }
            if rowMinimum > limit { return nil }
            swap(&older, &previous)
            swap(&previous, &current)
        }
        var result: (Int, Int)?
        for j in stride(from: n, through: max(1, m - limit), by: -1) where run.boundary[j - 1] {
            let d = previous[j]
            if d <= limit && (result == nil || d < result!.0) { result = (d, j) }
        }
        return result
    }
}
