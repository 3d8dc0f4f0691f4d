import Foundation

/// A file found in a corpus folder.
public struct CorpusFile: Sendable, Hashable {
    /// The letter id: the path relative to the corpus root without its extension.
    public var id: String
    /// The path relative to the corpus root.
    public var relativePath: String
    /// The absolute file URL.
    public var url: URL
    /// The file's format, from its extension.
    public var format: String
}

/// Lists the letter files below a corpus folder, in a stable order.
///
/// Hidden files and folders, `raw-samples` of the shared corpus aside, are skipped; so are
/// `metadata.jsonl` and other files that are not letters. Symbolic links are not followed, so a
/// link loop cannot trap the scan.
public struct CorpusScanner: Sendable {
    /// File extensions read as letters.
    public static let letterExtensions: Set<String> = ["txt"]

    /// The corpus root.
    public let root: URL

    /// Scans the folder at `root`.
    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// The letter files, sorted by id.
    public func files() throws -> [CorpusFile] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw IndexError.missingCorpus(root.path)
        }
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
            options: [.skipsHiddenFiles, .skipsPackageDescendants])
        else { throw IndexError.missingCorpus(root.path) }
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        var files: [CorpusFile] = []
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            if values?.isSymbolicLink == true { continue }
            guard values?.isRegularFile == true else { continue }
            let format = url.pathExtension.lowercased()
            guard Self.letterExtensions.contains(format) else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(rootPath) else { continue }
            let relative = String(path.dropFirst(rootPath.count))
            let id = String(relative.dropLast(format.count + 1))
            files.append(CorpusFile(id: id, relativePath: relative, url: url, format: format))
        }
        files.sort { $0.id < $1.id }
        return files
    }
}
