import Foundation
import LetterIndex

/// The corpus N times under distinct ids, made once in the work folder. Copy 0 is the corpus
/// itself; every other copy varies each file, so no two copies hold the same text: after the
/// file's first lines (heading, title) its lines alternate in blocks between the file itself and
/// a partner file of the same folder (another per copy). Lengths stay close to the original,
/// the words are the corpus's own, and which words stand together changes.
struct ScaledCorpus {
    /// Lines kept from the file itself before the blocks start.
    static let headingLines = 8
    /// Lines per block.
    static let blockLines = 4

    let corpus: URL
    let copies: Int
    let target: URL

    /// The scaled corpus, made when it is not complete yet.
    func make() throws -> URL {
        let marker = target.appendingPathComponent(".complete-varied")
        if FileManager.default.fileExists(atPath: marker.path) { return target }
        try? FileManager.default.removeItem(at: target)
        let files = try CorpusScanner(root: corpus).files()
        let metadata = try FileManager.default.subpathsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix("metadata.jsonl") }
        // Partners come from the same folder, so a motie is mixed with a motie.
        var folders: [String: [CorpusFile]] = [:]
        for file in files { folders[(file.relativePath as NSString).deletingLastPathComponent, default: []].append(file) }
        for copy in 0..<copies {
            let root = target.appendingPathComponent("copy\(copy)")
            for path in metadata {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: corpus.appendingPathComponent(path), to: url)
            }
            for members in folders.values {
                for (index, file) in members.enumerated() {
                    let url = root.appendingPathComponent(file.relativePath)
                    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    guard copy > 0, members.count > 1 else {
                        try FileManager.default.copyItem(at: file.url, to: url)
                        continue
                    }
                    // A different partner per copy (7919 is prime, so the steps do not repeat soon).
                    var partner = (index + copy * 7919) % members.count
                    if partner == index { partner = (partner + 1) % members.count }
                    let text = try Self.mixed(Data(contentsOf: file.url), with: Data(contentsOf: members[partner].url))
                    try text.write(to: url)
                }
            }
        }
        _ = FileManager.default.createFile(atPath: marker.path, contents: Data())
        return target
    }

    /// `own`'s heading, then blocks of lines taken in turn from `own` and `partner`.
    static func mixed(_ own: Data, with partner: Data) -> Data {
        let ownLines = own.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let partnerLines = partner.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var result = Data()
        for (number, line) in ownLines.enumerated() {
            let block = (number - headingLines) / blockLines
            let fromPartner = number >= headingLines && block % 2 == 1 && !partnerLines.isEmpty
            result.append(fromPartner ? partnerLines[number % partnerLines.count] : line)
            result.append(UInt8(ascii: "\n"))
        }
        return result
    }
}
