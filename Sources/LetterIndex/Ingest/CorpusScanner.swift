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
        var files: [CorpusFile] = []
        walk(root.path, relative: "", into: &files, depth: 0)
        files.sort { $0.id < $1.id }
        return files
    }

    /// Reads folders with `readdir`, which tells file types without a `stat` per file.
    private func walk(_ path: String, relative: String, into files: inout [CorpusFile], depth: Int) {
        guard depth < 64, let folder = opendir(path) else { return }
        defer { closedir(folder) }
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let childPath = path + "/" + name
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard lstat(childPath, &info) == 0 else { continue }
                type = (info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? UInt8(DT_REG) : 0
            }
            if type == UInt8(DT_DIR) {
                walk(childPath, relative: childRelative, into: &files, depth: depth + 1)
            } else if type == UInt8(DT_REG) {
                guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { continue }
                let format = name[name.index(after: dot)...].lowercased()
                guard Self.letterExtensions.contains(format) else { continue }
                let id = String(childRelative.dropLast(format.count + 1))
                files.append(CorpusFile(
                    id: id, relativePath: childRelative, url: URL(fileURLWithPath: childPath), format: format))
            }
            // Symbolic links and other kinds are not followed, so a link loop cannot trap the scan.
        }
    }
}
