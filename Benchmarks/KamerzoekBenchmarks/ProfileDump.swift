import Entities
import Foundation
import LetterIndex

/// Profiles every corpus file single-threaded and writes everything each `LetterProfile`
/// holds, one line per file, to `--out PATH`: a golden file to compare profiler changes against.
struct ProfileDump {
    let options: BenchmarkOptions
    let output: URL?

    func run() throws {
        let files = try CorpusScanner(root: options.corpus).files()
        let letters = files.compactMap { file in
            (try? String(contentsOf: file.url, encoding: .utf8)).map { (name: file.url.lastPathComponent, text: $0) }
        }
        let profiler = LetterProfiler()
        let (profiles, seconds) = measure {
            letters.map { profiler.profile(of: $0.text, fileName: $0.name) }
        }
        print("profiled \(letters.count) files in \(format(seconds, 3)) s")
        guard let output else { return }
        var dump = ""
        for (letter, profile) in zip(letters, profiles) {
            dump += line(letter.name, profile)
            dump += "\n"
        }
        try dump.write(to: output, atomically: true, encoding: .utf8)
    }

    /// One file's profile as one line; strings are quoted with escapes so a line never breaks.
    private func line(_ name: String, _ profile: LetterProfile) -> String {
        let normalized = profile.normalized
        var fields = [
            quoted(name),
            "text=\(fingerprint(normalized.text)):\(normalized.text.utf8.count)",
            "bodyEnd=\(normalized.bodyEnd)",
            "furniture=[\(normalized.furniture.map(quoted).joined(separator: ","))]",
            "footnotes=[\(normalized.footnotes.map { "\(quoted($0.marker))@\($0.anchor):\($0.text.map(quoted) ?? "nil")" }.joined(separator: ","))]",
            "kind=\(profile.header.kind.rawValue)",
            "title=\(quoted(profile.header.title))",
            "date=\(profile.header.date?.iso ?? "nil")",
            "profileDate=\(profile.date ?? "nil")",
        ]
        for mention in profile.mentions {
            fields.append(
                "m=\(mention.kind.rawValue)|\(quoted(mention.key))|\(quoted(mention.label))|"
                    + "\(mention.start.map(String.init) ?? "nil")|\(mention.end.map(String.init) ?? "nil")|"
                    + "\(quoted(mention.surface))|\(mention.name.map(quoted) ?? "nil")|\(mention.primary)")
        }
        return fields.joined(separator: " ")
    }

    private func quoted(_ string: String) -> String { String(reflecting: string) }

    /// FNV-1a over the UTF-8 bytes.
    private func fingerprint(_ string: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in string.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
