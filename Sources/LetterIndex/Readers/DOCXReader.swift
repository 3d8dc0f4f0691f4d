import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads Word documents (`.docx`): the text of `word/document.xml` one paragraph a line, and the
/// title of `docProps/core.xml`.
///
/// Tracked changes are read as accepted: deleted and moved-away text (`w:del`, `w:moveFrom`) is
/// left out, inserted text kept. A tab is a space, a line break (`w:br`, `w:cr`) a new line.
///
/// The bytes are read in memory and trusted in nothing: every offset and length of the zip
/// directory is checked before it is used, and a file is skipped with `bad-docx` when it is not a
/// zip archive, has more than ``maximumEntries`` entries, has no `word/document.xml` or one that
/// unpacks to more than ``maximumDocumentBytes``, is damaged, or its XML is not well formed.
///
/// ```swift
/// let document = try DOCXReader().read(data, url: url)
/// document.metadata.title  // the title of docProps/core.xml, if any
/// ```
public struct DOCXReader: LetterReader {
    public let format = "docx"
    /// The most bytes `word/document.xml` may unpack to.
    public var maximumDocumentBytes = 64 << 20
    /// The most entries an archive may list.
    public var maximumEntries = 10_000

    /// The most bytes `docProps/core.xml` may unpack to; a larger one is passed over.
    static let maximumPropertiesBytes = 1 << 20

    /// A DOCX reader.
    public init() {}

    public func read(_ data: Data, url: URL) throws(SkipReason) -> LetterDocument {
        if data.isEmpty { throw SkipReason(code: "empty", message: "empty file") }
        let document: Data
        let archive: ZipDirectory
        do throws(ZipDirectory.Problem) {
            archive = try ZipDirectory(data, maximumEntries: maximumEntries)
            guard let entry = archive.entry(named: "word/document.xml") else {
                throw ZipDirectory.Problem("no word/document.xml: a zip archive, but not a Word document")
            }
            document = try archive.contents(of: entry, maximumBytes: maximumDocumentBytes)
        } catch {
            throw SkipReason(code: "bad-docx", message: error.message)
        }
        let text = try Self.text(ofDocument: document)
        var warnings: [String] = []
        var metadata = DocumentMetadata()
        if let properties = archive.entry(named: "docProps/core.xml") {
            do throws(ZipDirectory.Problem) {
                let xml = try archive.contents(of: properties, maximumBytes: Self.maximumPropertiesBytes)
                metadata.title = try Self.title(ofCoreProperties: xml)
            } catch {
                warnings.append("docProps/core.xml not read: \(error.message)")
            }
        }
        return try LetterDocument(text: text, metadata: metadata, format: format, warnings: warnings)
            .requiringText(emptyMessage: "no text in word/document.xml")
    }

    /// The text of a `word/document.xml`, one paragraph a line.
    static func text(ofDocument xml: Data) throws(SkipReason) -> String {
        let collector = WordTextCollector()
        try parse(xml, named: "word/document.xml", with: collector)
        return collector.text.result
    }

    /// The `dc:title` of a `docProps/core.xml`, white space collapsed; nil when it has none.
    static func title(ofCoreProperties xml: Data) throws(ZipDirectory.Problem) -> String? {
        let collector = CorePropertiesCollector()
        do throws(SkipReason) {
            try parse(xml, named: "docProps/core.xml", with: collector)
        } catch {
            throw ZipDirectory.Problem(error.message)
        }
        let title = collector.title.map(DocumentMetadata.clean) ?? ""
        return title.isEmpty ? nil : title
    }

    /// Parses `xml` with namespaces, or throws `bad-docx` saying what is wrong with the part `name`.
    private static func parse(
        _ xml: Data, named name: String, with delegate: some XMLParserDelegate & ParseFailureNoting
    ) throws(SkipReason) {
        let parser: XMLParser
        do throws(SkipReason) {
            parser = try XMLParser(decodedFrom: xml)
        } catch {
            throw SkipReason(code: "bad-docx", message: "\(name): \(error.message)")
        }
        parser.shouldProcessNamespaces = true
        parser.delegate = delegate
        if !parser.parse() || delegate.failed {
            let problem = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "parse error"
            throw SkipReason(
                code: "bad-docx", message: "\(name) is not well-formed XML (line \(parser.lineNumber): \(problem))")
        }
    }
}

// MARK: - The zip directory

/// The entries of a zip archive as its central directory lists them, every offset and length
/// checked against the bytes before it is read, and the contents of one entry.
///
/// ZIPFoundation 0.9.20's `Archive` cannot read hostile bytes on Linux: an offset past the end
/// traps (its in-memory file makes a range with a negative length), a deflate stream that does not
/// end before the archive does is read forever (an empty read is not the end for it), and a last
/// read of under 15 bytes hands zlib a pointer into a 14-byte buffer with 16 KB said to be there.
/// So only its inflater is used, fed the entry's compressed bytes in one piece, which throws when
/// asked for more.
struct ZipDirectory {
    /// What is wrong with an archive, for people.
    struct Problem: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    /// One entry of the central directory.
    struct Entry {
        var name: Data
        var flags: UInt16
        var method: UInt16
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    private let bytes: Data
    /// The entries, in the order of the central directory.
    private(set) var entries: [Entry] = []

    private static let endRecordSize = 22
    private static let zip64LocatorSize = 20
    private static let zip64EndRecordSize = 56
    private static let entryHeaderSize = 46
    private static let localHeaderSize = 30

    /// Reads the central directory of `data`, or throws when it is not a zip archive, lists more
    /// than `maximumEntries` entries, or does not fit in the bytes.
    init(_ data: Data, maximumEntries: Int) throws(Problem) {
        bytes = data
        guard let end = endRecordOffset() else {
            let startsLikeZip = bytes.count >= 4 && hasSignature(UInt8(ascii: "P"), UInt8(ascii: "K"), 3, 4, at: 0)
            throw Problem(
                startsLikeZip ? "damaged or cut-off zip archive (no end of central directory record)" : "not a zip archive")
        }
        var disk = Int(uint16(at: end + 4))
        var directoryDisk = Int(uint16(at: end + 6))
        var count = Int(uint16(at: end + 10))
        var directorySize = Int(uint32(at: end + 12))
        var directoryOffset = Int(uint32(at: end + 16))
        var directoryLimit = end
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            // ZIP64: a locator just before the end record points at the ZIP64 end record.
            let locator = end - Self.zip64LocatorSize
            guard locator >= 0, hasSignature(UInt8(ascii: "P"), UInt8(ascii: "K"), 6, 7, at: locator) else {
                throw Problem("damaged zip archive (ZIP64 sizes without a ZIP64 locator)")
            }
            guard let record = offset(uint64(at: locator + 8), fitting: Self.zip64EndRecordSize, before: locator),
                hasSignature(UInt8(ascii: "P"), UInt8(ascii: "K"), 6, 6, at: record)
            else {
                throw Problem("damaged zip archive (ZIP64 end record outside the file)")
            }
            disk = Int(clamping: uint32(at: record + 16))
            directoryDisk = Int(clamping: uint32(at: record + 20))
            count = Int(clamping: uint64(at: record + 32))
            directorySize = Int(clamping: uint64(at: record + 40))
            directoryOffset = Int(clamping: uint64(at: record + 48))
            directoryLimit = record
        }
        guard disk == 0, directoryDisk == 0 else {
            throw Problem("zip archive split over several disks, not supported")
        }
        guard count <= maximumEntries else {
            throw Problem("zip archive of \(count) entries, over the limit of \(maximumEntries)")
        }
        guard directoryOffset <= directoryLimit, directorySize <= directoryLimit - directoryOffset else {
            throw Problem("damaged or cut-off zip archive (central directory outside the file)")
        }
        let directoryEnd = directoryOffset + directorySize
        var position = directoryOffset
        entries.reserveCapacity(count)
        for _ in 0..<count {
            guard position <= directoryEnd - Self.entryHeaderSize,
                hasSignature(UInt8(ascii: "P"), UInt8(ascii: "K"), 1, 2, at: position)
            else {
                throw Problem("damaged zip archive (central directory entry \(entries.count + 1) of \(count) missing)")
            }
            let nameLength = Int(uint16(at: position + 28))
            let extraLength = Int(uint16(at: position + 30))
            let commentLength = Int(uint16(at: position + 32))
            let nameStart = position + Self.entryHeaderSize
            let next = nameStart + nameLength + extraLength + commentLength
            guard next <= directoryEnd else {
                throw Problem("damaged zip archive (central directory entry \(entries.count + 1) runs past the directory)")
            }
            var entry = Entry(
                name: bytes[(bytes.startIndex + nameStart)..<(bytes.startIndex + nameStart + nameLength)],
                flags: uint16(at: position + 8), method: uint16(at: position + 10), crc32: uint32(at: position + 16),
                compressedSize: Int(uint32(at: position + 20)), uncompressedSize: Int(uint32(at: position + 24)),
                localHeaderOffset: Int(uint32(at: position + 42)))
            try readZIP64Sizes(into: &entry, extraStart: nameStart + nameLength, extraLength: extraLength)
            entries.append(entry)
            position = next
        }
    }

    /// The first entry named `name` (ASCII letters in any case: part names are case-insensitive).
    func entry(named name: String) -> Entry? {
        let wanted = Array(name.utf8)
        return entries.first { entry in
            entry.name.count == wanted.count
                && zip(entry.name, wanted).allSatisfy { Self.asciiLowercase($0) == Self.asciiLowercase($1) }
        }
    }

    /// The unpacked bytes of `entry`, checked against its size and checksum; throws when it is
    /// encrypted, compressed in a way other than deflate, larger than `maximumBytes` or damaged.
    func contents(of entry: Entry, maximumBytes: Int) throws(Problem) -> Data {
        let name = String(decoding: entry.name, as: UTF8.self)
        if entry.flags & 1 != 0 { throw Problem("\(name) is encrypted") }
        guard entry.uncompressedSize <= maximumBytes else {
            throw Problem("\(name) unpacks to \(entry.uncompressedSize) bytes, over the limit of \(maximumBytes)")
        }
        let header = entry.localHeaderOffset
        guard header <= bytes.count - Self.localHeaderSize,
            hasSignature(UInt8(ascii: "P"), UInt8(ascii: "K"), 3, 4, at: header)
        else {
            throw Problem("damaged zip archive (the local header of \(name) is missing)")
        }
        let start = header + Self.localHeaderSize + Int(uint16(at: header + 26)) + Int(uint16(at: header + 28))
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
            throw Problem("damaged or cut-off zip archive (the data of \(name) runs past the end)")
        }
        let packed = bytes.subdata(in: (bytes.startIndex + start)..<(bytes.startIndex + start + entry.compressedSize))
        let contents: Data
        let checksum: CRC32
        switch entry.method {
        case CompressionMethod.none.rawValue:
            contents = packed
            checksum = packed.crc32(checksum: 0)
        case CompressionMethod.deflate.rawValue:
            (contents, checksum) = try Self.inflate(packed, limit: entry.uncompressedSize, name: name)
        default:
            throw Problem("\(name) is compressed with method \(entry.method), not supported")
        }
        guard contents.count == entry.uncompressedSize else {
            throw Problem(
                "damaged zip archive (\(name) unpacks to \(contents.count) bytes, the directory says \(entry.uncompressedSize))")
        }
        guard checksum == entry.crc32 else {
            throw Problem("damaged zip archive (the checksum of \(name) does not match)")
        }
        return contents
    }

    /// Inflates `packed` with ZIPFoundation, stopping past `limit` bytes of output.
    ///
    /// Its inflater (on Linux) asks for chunks until the stream ends and tells zlib each holds a
    /// full buffer: so the buffer is the whole input, handed over once, and a second request —
    /// a stream that does not end — throws.
    private static func inflate(_ packed: Data, limit: Int, name: String) throws(Problem) -> (Data, CRC32) {
        guard !packed.isEmpty, packed.count <= Int(UInt32.max) else {
            throw Problem("damaged zip archive (\(name) has \(packed.count) bytes of deflate data)")
        }
        var output = Data()
        do {
            let checksum = try Data.decompress(
                size: Int64(packed.count), bufferSize: packed.count, skipCRC32: false,
                provider: { position, size in
                    guard position == 0, size == packed.count else {
                        throw Problem("damaged zip archive (the deflate data of \(name) ends too early)")
                    }
                    return packed
                },
                consumer: { chunk in
                    guard chunk.count <= limit - output.count else {
                        throw Problem(
                            "damaged zip archive (\(name) unpacks to more than the \(limit) bytes the directory says)")
                    }
                    output.append(chunk)
                })
            return (output, checksum)
        } catch let problem as Problem {
            throw problem
        } catch {
            throw Problem("damaged zip archive (the deflate data of \(name) is corrupt)")
        }
    }

    /// The offset of the end of central directory record: the last one in the final 64 KB whose
    /// comment fits in the file.
    private func endRecordOffset() -> Int? {
        guard bytes.count >= Self.endRecordSize else { return nil }
        let last = bytes.count - Self.endRecordSize
        let first = max(0, last - Int(UInt16.max))
        for offset in stride(from: last, through: first, by: -1)
        where hasSignature(UInt8(ascii: "P"), UInt8(ascii: "K"), 5, 6, at: offset)
            && Int(uint16(at: offset + 20)) <= last - offset
        {
            return offset
        }
        return nil
    }

    /// Replaces sizes and offset saved as 0xFFFFFFFF by the 8-byte values of the ZIP64 extra field.
    private func readZIP64Sizes(into entry: inout Entry, extraStart: Int, extraLength: Int) throws(Problem) {
        let saturated = UInt32.max
        let wantsUncompressed = entry.uncompressedSize == Int(saturated)
        let wantsCompressed = entry.compressedSize == Int(saturated)
        let wantsOffset = entry.localHeaderOffset == Int(saturated)
        guard wantsUncompressed || wantsCompressed || wantsOffset else { return }
        var field = extraStart
        let extraEnd = extraStart + extraLength
        while field <= extraEnd - 4 {
            let id = uint16(at: field)
            let size = Int(uint16(at: field + 2))
            let valuesEnd = field + 4 + size
            guard valuesEnd <= extraEnd else { break }
            if id == 1 {
                var value = field + 4
                func next() throws(Problem) -> Int {
                    guard value <= valuesEnd - 8 else { throw Problem("damaged zip archive (short ZIP64 extra field)") }
                    defer { value += 8 }
                    return Int(clamping: uint64(at: value))
                }
                if wantsUncompressed { entry.uncompressedSize = try next() }
                if wantsCompressed { entry.compressedSize = try next() }
                if wantsOffset { entry.localHeaderOffset = try next() }
                return
            }
            field = valuesEnd
        }
        throw Problem("damaged zip archive (ZIP64 sizes without a ZIP64 extra field)")
    }

    /// `value` as an offset at which `length` bytes end at or before `limit`, or nil.
    private func offset(_ value: UInt64, fitting length: Int, before limit: Int) -> Int? {
        guard limit >= length, value <= UInt64(limit - length) else { return nil }
        return Int(value)
    }

    private func hasSignature(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8, at offset: Int) -> Bool {
        let index = bytes.startIndex + offset
        return bytes[index] == a && bytes[index + 1] == b && bytes[index + 2] == c && bytes[index + 3] == d
    }

    private func uint16(at offset: Int) -> UInt16 {
        let index = bytes.startIndex + offset
        return UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
    }

    private func uint32(at offset: Int) -> UInt32 {
        UInt32(uint16(at: offset)) | UInt32(uint16(at: offset + 2)) << 16
    }

    private func uint64(at offset: Int) -> UInt64 {
        UInt64(uint32(at: offset)) | UInt64(uint32(at: offset + 4)) << 32
    }

    private static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}

// MARK: - The XML

/// A parser delegate that notes whether the parser reported an error (it may still return `true`).
private protocol ParseFailureNoting: AnyObject {
    var failed: Bool { get }
}

/// Gathers the text of `word/document.xml`: `w:t` in runs, one `w:p` a line.
private final class WordTextCollector: NSObject, XMLParserDelegate, ParseFailureNoting {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let compatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    /// WordprocessingML elements whose contents are not the document's text: deleted and moved-away runs.
    static let leftOut: Set<String> = ["del", "moveFrom"]

    var text = ParagraphText()
    private(set) var failed = false
    /// The local names of the open WordprocessingML elements; "" for others.
    private var path: [String] = []
    /// How deep inside left-out content the parser is.
    private var leftOutDepth = 0
    private var inText = false

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let local = namespaceURI == Self.wordNamespace ? name : ""
        defer { path.append(local) }
        // mc:Fallback repeats what mc:Choice holds (a text box drawn twice), so it is left out too.
        let isFallback = namespaceURI == Self.compatibilityNamespace && name == "Fallback"
        if leftOutDepth > 0 || Self.leftOut.contains(local) || isFallback {
            leftOutDepth += 1
            return
        }
        let inRun = path.last == "r"
        switch local {
        case "p": text.breakLine()
        case "t" where inRun: inText = true
        case "tab" where inRun: text.append("\t")
        case "br" where inRun, "cr" where inRun: text.breakLine()
        case "noBreakHyphen" where inRun: text.append("-")
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let local = path.popLast() ?? ""
        if leftOutDepth > 0 {
            leftOutDepth -= 1
            return
        }
        switch local {
        case "p": text.breakLine()
        case "t": inText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText && leftOutDepth == 0 { text.append(string) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        failed = true
    }
}

/// Finds the `dc:title` of `docProps/core.xml`.
private final class CorePropertiesCollector: NSObject, XMLParserDelegate, ParseFailureNoting {
    static let dublinCoreNamespace = "http://purl.org/dc/elements/1.1/"

    private(set) var title: String?
    private(set) var failed = false
    private var inTitle = false

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if title == nil, namespaceURI == Self.dublinCoreNamespace, name == "title" {
            inTitle = true
            title = ""
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if namespaceURI == Self.dublinCoreNamespace, name == "title" { inTitle = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inTitle { title? += string }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        failed = true
    }
}
