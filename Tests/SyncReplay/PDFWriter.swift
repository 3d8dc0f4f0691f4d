import Foundation

/// Minimal PDF 1.4 documents that poppler's `pdftotext` reads back: Helvetica in WinAnsiEncoding,
/// uncompressed content streams, a cross-reference table with the true byte offsets. The same
/// lines give the same bytes.
///
/// Each line is a paragraph: wrapped at spaces at about ``lineLength`` characters, with a blank
/// line between paragraphs, ``linesPerPage`` lines a page. Characters WinAnsiEncoding lacks are
/// shown as `?` (see ``shown(_:)``).
///
/// ```swift
/// let data = PDFWriter.document(lines: ["De Kamer,", "gehoord de beraadslaging,"])
/// ```
public enum PDFWriter {
    /// The longest line set on a page, in characters, unless one word is longer.
    public static let lineLength = 90
    /// The lines on a page, blank ones included.
    public static let linesPerPage = 50

    /// A PDF of `lines`, one paragraph each; empty lines are left out.
    public static func document(lines: [String]) -> Data {
        var pageLines: [[UInt8]] = []
        for line in lines {
            let encoded = winAnsi(line)
            let words = encoded.split(separator: UInt8(ascii: " ")).map(Array.init)
            guard !words.isEmpty else { continue }
            if !pageLines.isEmpty { pageLines.append([]) }
            pageLines.append(contentsOf: wrapped(words))
        }
        var pages: [[[UInt8]]] = stride(from: 0, to: pageLines.count, by: linesPerPage).map {
            Array(pageLines[$0..<min($0 + linesPerPage, pageLines.count)])
        }
        if pages.isEmpty { pages = [[]] }

        // Objects 1 (catalog), 2 (page tree), 3 (font), then a content stream and a page per page.
        var objects: [String] = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ]
        var pageNumbers: [Int] = []
        for page in pages {
            var stream = "BT\n/F1 10 Tf\n12 TL\n50 800 Td\n"
            for line in page {
                stream += line.isEmpty ? "T*\n" : "\(pdfString(line)) Tj T*\n"
            }
            stream += "ET"
            objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
            objects.append(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents \(objects.count) 0 R "
                    + "/Resources << /Font << /F1 3 0 R >> >> >>")
            pageNumbers.append(objects.count)
        }
        let kids = pageNumbers.map { "\($0) 0 R" }.joined(separator: " ")
        objects[1] = "<< /Type /Pages /Kids [\(kids)] /Count \(pageNumbers.count) >>"

        var file = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(file.utf8.count)
            file += "\(index + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = file.utf8.count
        file += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            file += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        file += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(file.utf8)
    }

    /// What the PDF shows of `text`: characters WinAnsiEncoding lacks as `?`, tabs as spaces.
    public static func shown(_ text: String) -> String {
        String(String.UnicodeScalarView(winAnsi(text).map { extrasByCode[$0] ?? UnicodeScalar($0) }))
    }

    /// Words joined by spaces into lines of at most ``lineLength`` bytes; a longer word is cut.
    private static func wrapped(_ words: [[UInt8]]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        for var word in words {
            while word.count > lineLength {
                if !current.isEmpty { lines.append(current) }
                lines.append(Array(word.prefix(lineLength)))
                word.removeFirst(lineLength)
                current = []
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= lineLength {
                current += [UInt8(ascii: " ")] + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// A PDF string literal: `(`, `)` and `\` escaped, bytes outside printable ASCII in octal, so
    /// the file stays ASCII.
    private static func pdfString(_ bytes: [UInt8]) -> String {
        var out = "("
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"):
                out += "\\" + String(UnicodeScalar(byte))
            case UInt8(ascii: " ")...UInt8(ascii: "~"):
                out += String(UnicodeScalar(byte))
            default:
                let octal = String(byte, radix: 8)
                out += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            }
        }
        return out + ")"
    }

    /// `text` in WinAnsiEncoding: tabs and other white space as spaces, `?` for what it lacks.
    static func winAnsi(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar in
            if scalar == "\t" || scalar == "\n" || scalar == "\r" { return UInt8(ascii: " ") }
            if let code = windows1252Extras[scalar] { return code }
            switch scalar.value {
            case 0x20...0x7E, 0xA0...0xFF: return UInt8(scalar.value)
            default: return UInt8(ascii: "?")
            }
        }
    }

    /// The characters of WinAnsiEncoding outside Latin-1 (its 0x80–0x9F range) and their codes.
    static let windows1252Extras: [UnicodeScalar: UInt8] = [
        "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88, "‰": 0x89,
        "Š": 0x8A, "‹": 0x8B, "Œ": 0x8C, "Ž": 0x8E, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95,
        "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9A, "›": 0x9B, "œ": 0x9C, "ž": 0x9E, "Ÿ": 0x9F,
    ]

    /// ``windows1252Extras`` the other way round.
    private static let extrasByCode = Dictionary(uniqueKeysWithValues: windows1252Extras.map { ($0.value, $0.key) })
}
