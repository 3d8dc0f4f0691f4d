/// Step 3 of ``TextNormalizer``: marks page headers, footers and printer lines as
/// ``NormalizerLine/Role/furniture``.
///
/// Recognized:
/// - footers `Tweede Kamer, vergaderjaar 1985-1986, 19200 hoofdstuk V, nr. 43`,
///   `Tweede Kamer, zitting 1975-1976, Aanhangsel`, `Eerste Kamer, vergaderjaar …`
/// - printer lines `011692F ISSN0921 7371 SDU uitgeverij 's-Gravenhage 1990` and their
///   wrapped tail `s Gravenhage 1989`
/// - `Pagina 2 van 12`, `Blad 3`, `Page 2 of 5`
/// - running heads after the masthead: `Handelingen der Staten-Generaal. Bijlagen. 1929—1930.`,
///   a later `Tweede Kamer der Staten-Generaal`
/// - PDF header lines that repeat per page (`Datum 12 januari 2026`, `Onze referentie 123`):
///   the first stays, repeats are furniture
/// - lone page numbers next to other furniture, at the end of the document, or the Kamer
///   number `2` under the masthead
///
/// The masthead at the top stays body text: it carries the dossier number.
enum PageFurnitureDetector {
    static func mark(_ lines: inout [NormalizerLine]) {
        var bodyLinesSeen = 0
        var headerLinesSeen = Set<[UInt8]>()
        var afterPrinterLine = false
        for index in lines.indices where lines[index].role == .body {
            let line = lines[index].bytes
            var isFurniture = false
            let printerLine = isPrinterLine(line)
            if printerLine || isFooter(line) || isPageLabel(line) {
                isFurniture = true
            } else if afterPrinterLine && isPrinterTail(line) {
                isFurniture = true
            } else if bodyLinesSeen >= 3 && isRunningHead(line) {
                isFurniture = true
            } else if line.count < 100, isRepeatingHeaderLabel(line) {
                isFurniture = !headerLinesSeen.insert(line).inserted
            }
            afterPrinterLine = printerLine
            if isFurniture {
                lines[index].role = .furniture
            } else {
                bodyLinesSeen += 1
            }
        }
        markPageNumbers(&lines)
    }

    // MARK: - Line patterns

    /// The chambers as footers print them; each twelve bytes, a comma after.
    private static let chambers = LinePrefixes(["Tweede Kamer", "Eerste Kamer", "TWEEDE KAMER", "EERSTE KAMER"])

    /// `Tweede Kamer, vergaderjaar 1994-1995, 17 050, nr. 190`; `Eerste Kamer, zitting 1975-1976, …`.
    static func isFooter(_ line: [UInt8]) -> Bool {
        guard line.count < 160, line.count > 12, line[12] == 0x2C, chambers.first(in: line) != nil else { return false }
        var i = 13
        while i < line.count, line[i] == 0x20 { i += 1 }
        for word in sessionWords {
            if line.count - i > word.count, matchesLowercased(line, word, at: i), NormalizerBytes.isDigit(line[i + word.count]) {
                return true
            }
        }
        return false
    }

    private static let sessionWords = ["vergaderjaar ", "zitting "].map { Array($0.utf8) }

    /// Whether `line[at...]` ASCII-lowercased begins with `word` (lowercase).
    @inline(__always)
    private static func matchesLowercased(_ line: [UInt8], _ word: [UInt8], at start: Int) -> Bool {
        guard line.count - start >= word.count else { return false }
        for k in 0..<word.count {
            let b = line[start + k]
            if (NormalizerBytes.isASCIIUpper(b) ? b | 0x20 : b) != word[k] { return false }
        }
        return true
    }

    private static let issn = Array("ISSN".utf8)
    private static let uitgeverij = Array("itgeverij".utf8)
    private static let uitgevenj = Array("itgevenj".utf8)
    private static let gravenhage = Array("Gravenhage".utf8)

    /// `011692F ISSN0921 7371 SDU uitgeverij 's-Gravenhage 1990`.
    static func isPrinterLine(_ line: [UInt8]) -> Bool {
        guard line.count < 140 else { return false }
        var publisher = false
        var i = 0
        while i + 4 <= line.count {
            let b = line[i]
            // Only "I" (ISSN) and "i" (uitgeverij) start something: skip every other byte fast.
            if b != 0x49 && b != 0x69 {
                i += 1
                continue
            }
            if b == 0x49, NormalizerBytes.hasPrefix(line, issn, at: i) {
                var k = i + 4
                while k < line.count, line[k] == 0x20 || line[k] == 0x3A { k += 1 }
                if k < line.count, NormalizerBytes.isDigit(line[k]) { return true }
            } else if b == 0x69, !publisher, line.count < 100 {
                publisher = NormalizerBytes.hasPrefix(line, uitgeverij, at: i) || NormalizerBytes.hasPrefix(line, uitgevenj, at: i)
            }
            i += 1
        }
        return publisher && NormalizerBytes.contains(line, gravenhage)
    }

    /// The wrapped tail of a printer line: `s Gravenhage 1989`.
    static func isPrinterTail(_ line: [UInt8]) -> Bool {
        guard line.count < 30, NormalizerBytes.contains(line, gravenhage) else { return false }
        guard let last = line.last else { return false }
        return NormalizerBytes.isDigit(last)
    }

    private static let pageWords = LinePrefixes(["Pagina ", "pagina ", "Blad ", "Page ", "Seite "])

    /// `Pagina 2 van 12`, `Blad 3`, `Page 2 of 5`.
    static func isPageLabel(_ line: [UInt8]) -> Bool {
        guard line.count < 30, let word = pageWords.first(in: line) else { return false }
        var i = word.count
        guard i < line.count, NormalizerBytes.isDigit(line[i]) else { return false }
        while i < line.count, NormalizerBytes.isDigit(line[i]) { i += 1 }
        if i == line.count { return true }
        let tail = String(decoding: line[i...], as: UTF8.self)
        for joiner in [" van ", " of ", " / ", "/", " von "] where tail.hasPrefix(joiner) {
            let number = tail.dropFirst(joiner.count)
            return !number.isEmpty && number.allSatisfy(\.isNumber)
        }
        return false
    }

    private static let runningHeads = LinePrefixes([
        "Handelingen der Staten-Generaal", "Tweede Kamer der Staten-Generaal",
        "Eerste Kamer der Staten-Generaal", "TWEEDE KAMER DER STATEN-GENERAAL",
        "EERSTE KAMER DER STATEN-GENERAAL",
    ])

    /// A running head printed on every page, seen after the masthead.
    static func isRunningHead(_ line: [UInt8]) -> Bool {
        guard line.count < 80, let head = runningHeads.first(in: line) else { return false }
        let rest = line[head.count...]
        // "Handelingen der Staten-Generaal. Bijlagen. 1929—1930." but not a sentence.
        return rest.isEmpty || rest.first == 0x2E || head.first == 0x48 && !rest.contains(where: { $0 == 0x2C })
    }

    private static let headerLabels = LinePrefixes([
        "Datum ", "Onze referentie", "Ons kenmerk", "Uw kenmerk", "Uw referentie", "Uw brief",
        "Kenmerk ", "Referentie ",
    ])

    /// PDF letter header lines that a ministry prints on every page.
    static func isRepeatingHeaderLabel(_ line: [UInt8]) -> Bool {
        headerLabels.first(in: line) != nil
    }

    /// `2`, `17`, `- 3 -`: one to three digits, optionally between dashes.
    static func isLonePageNumber(_ line: [UInt8]) -> Bool {
        guard line.count <= 7 else { return false }
        var digits = 0
        for b in line {
            if NormalizerBytes.isDigit(b) { digits += 1 }
            else if b != 0x2D && b != 0x20 { return false }
        }
        return digits >= 1 && digits <= 3 && !(line.count == 1 && line[0] == 0x30)
    }

    private static let kamerMasthead = [
        "Tweede Kamer der Staten-Generaal", "Eerste Kamer der Staten-Generaal",
        "Tweede Kamer der Staten Generaal", "Eerste Kamer der Staten Generaal",
    ].map { Array($0.utf8) }

    /// Lone page numbers: after the masthead line, next to furniture, or last in the document.
    private static func markPageNumbers(_ lines: inout [NormalizerLine]) {
        let content = lines.indices.filter { lines[$0].role != .blank }
        for (position, index) in content.enumerated() where lines[index].role == .body {
            guard isLonePageNumber(lines[index].bytes) else { continue }
            let previous = position > 0 ? lines[content[position - 1]] : nil
            let next = position + 1 < content.count ? lines[content[position + 1]] : nil
            let afterMasthead = previous.map { p in kamerMasthead.contains { $0 == p.bytes } } ?? false
            let nearFurniture = previous?.role == .furniture || next?.role == .furniture
            let last = next == nil && position > 0
            if afterMasthead || nearFurniture || last {
                lines[index].role = .furniture
            }
        }
    }
}
