import Foundation

/// A file found in a corpus folder.
public struct CorpusFile: Sendable, Hashable {
    /// The letter id: the path relative to the corpus root without its extension.
    public var id: String
    /// The path relative to the corpus root.
    public var relativePath: String
    /// The absolute path.
    public var path: String
    /// The file's format, from its extension.
    public var format: String

    /// A file at the absolute `path`.
    public init(id: String, relativePath: String, path: String, format: String) {
        self.id = id
        self.relativePath = relativePath
        self.path = path
        self.format = format
    }

    /// The absolute file URL (made on each call: the ingest itself works with ``path``).
    public var url: URL { URL(fileURLWithPath: path, isDirectory: false) }

    /// The file name, the last component of the path: `kst-34104-439.txt`.
    public var name: Substring {
        path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
    }
}

/// What a scan found: the letter files, and what it passed over with the reason.
public struct CorpusScan: Sendable {
    /// The letter files, sorted by id, one per id.
    public var files: [CorpusFile]
    /// Entries not read: symbolic links, special files, folders that cannot be opened, names that
    /// are not UTF-8, a second file for the same id.
    public var skipped: [SkippedFile]
    /// The `metadata.jsonl` files found on the way.
    public var metadataFiles: [URL] = []
}

/// Lists the letter files below a corpus folder, in a stable order.
///
/// Hidden files and folders and `raw-samples` folders (the shared corpus keeps originals there)
/// are passed over silently, and so are `metadata.jsonl` and other files that are not letters.
/// Symbolic links are never followed, so a link loop cannot trap the scan; they are reported, as
/// are FIFOs and other special files with a letter's extension, folders that cannot be opened,
/// names that are not UTF-8, and a second file with the same id (`brief.txt` beside `brief.pdf`:
/// the first path in sorted order is read).
public struct CorpusScanner: Sendable {
    /// File extensions read as letters.
    public static let letterExtensions: Set<String> = LetterReaders.extensions

    /// Folders that hold copies of letters in another form, not letters of their own.
    static let passedOverFolders: Set<String> = ["raw-samples"]

    /// The corpus root.
    public let root: URL

    /// Scans the folder at `root`.
    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// The letter files, sorted by id.
    public func files() throws -> [CorpusFile] {
        try scan().files
    }

    /// The letter files and what was passed over, with reasons.
    public func scan() throws -> CorpusScan {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw IndexError.missingCorpus(root.path)
        }
        var found: [CorpusFile] = []
        var skipped: [SkippedFile] = []
        var metadataFiles: [URL] = []
        walk(root.path, relative: "", files: &found, skipped: &skipped, metadataFiles: &metadataFiles, depth: 0)
        Self.sortByID(&found)
        var files: [CorpusFile] = []
        files.reserveCapacity(found.count)
        for file in found {
            if let previous = files.last, previous.id == file.id {
                skipped.append(SkippedFile(
                    path: file.relativePath, code: "duplicate-id",
                    reason: "same letter id as \(previous.relativePath), which is read instead"))
            } else {
                files.append(file)
            }
        }
        skipped.sort { $0.path < $1.path }
        return CorpusScan(files: files, skipped: skipped, metadataFiles: metadataFiles.sorted { $0.path < $1.path })
    }

    /// Sorts files by id, then by path, in String order. When every path is ASCII (String order
    /// is byte order there) each file gets one key, `id NUL path`, in one byte buffer, and keys
    /// are compared with `memcmp`: two String comparisons per step took longer than reading the
    /// folders.
    static func sortByID(_ files: inout [CorpusFile]) {
        guard files.allSatisfy({ $0.relativePath.utf8.allSatisfy { $0 < 0x80 } }) else {
            files.sort { $0.id != $1.id ? $0.id < $1.id : $0.relativePath < $1.relativePath }
            return
        }
        var keys: [UInt8] = []
        var ranges: [(start: Int, count: Int)] = []
        ranges.reserveCapacity(files.count)
        for file in files {
            let start = keys.count
            keys += file.id.utf8
            keys.append(0)
            keys += file.relativePath.utf8
            ranges.append((start, keys.count - start))
        }
        var order = Array(files.indices)
        keys.withUnsafeBufferPointer { bytes in
            let base = bytes.baseAddress!
            order.sort { a, b in
                let x = ranges[a], y = ranges[b]
                let order = memcmp(base + x.start, base + y.start, min(x.count, y.count))
                return order != 0 ? order < 0 : x.count < y.count
            }
        }
        files = order.map { files[$0] }
    }

    /// Reads folders with `readdir`, which tells file types without a `stat` per file.
    private func walk(
        _ path: String, relative: String, files: inout [CorpusFile], skipped: inout [SkippedFile],
        metadataFiles: inout [URL], depth: Int
    ) {
        guard let folder = opendir(path) else {
            if !relative.isEmpty {
                skipped.append(SkippedFile(
                    path: relative, code: "unreadable", reason: "cannot open folder: \(String(cString: strerror(errno)))"))
            }
            return
        }
        defer { closedir(folder) }
        while let entry = readdir(folder) {
            // The name read where it is, each path built in one go: per file, copies and joined
            // temporaries were most of the scan's allocations.
            let (dotted, validName, lossyName) = withUnsafeBytes(of: entry.pointee.d_name) { raw -> (Bool, String?, String) in
                let bytes = UnsafeRawBufferPointer(rebasing: raw[..<(raw.firstIndex(of: 0) ?? raw.count)])
                if bytes.first == UInt8(ascii: ".") { return (true, nil, "") }
                if let valid = String(validating: bytes, as: UTF8.self) { return (false, valid, "") }
                return (false, nil, String(decoding: bytes, as: UTF8.self))
            }
            if dotted { continue }
            guard let name = validName else {
                skipped.append(SkippedFile(
                    path: relative.isEmpty ? lossyName : "\(relative)/\(lossyName)", code: "bad-name",
                    reason: "the name is not valid UTF-8"))
                continue
            }
            let childPath = "\(path)/\(name)"
            let childRelative = relative.isEmpty ? name : "\(relative)/\(name)"
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard lstat(childPath, &info) == 0 else { continue }
                type = Self.direntType(mode: info.st_mode)
            }
            switch type {
            case UInt8(DT_DIR):
                if Self.passedOverFolders.contains(name) { continue }
                if depth + 1 >= 64 {
                    skipped.append(SkippedFile(path: childRelative, code: "too-deep", reason: "folders nested deeper than 64"))
                    continue
                }
                walk(childPath, relative: childRelative, files: &files, skipped: &skipped, metadataFiles: &metadataFiles,
                     depth: depth + 1)
            case UInt8(DT_LNK):
                // Never followed, so a link loop cannot trap the scan.
                skipped.append(SkippedFile(path: childRelative, code: "symlink", reason: "symbolic link, not followed"))
            default:
                if name == CorpusMetadata.fileName, type == UInt8(DT_REG) {
                    metadataFiles.append(URL(fileURLWithPath: childPath, isDirectory: false))
                    continue
                }
                guard let format = Self.letterFormat(name) else { continue }
                if type == UInt8(DT_REG) {
                    let id = String(childRelative.dropLast(format.count + 1))
                    files.append(CorpusFile(id: id, relativePath: childRelative, path: childPath, format: format))
                } else {
                    skipped.append(SkippedFile(
                        path: childRelative, code: "not-a-file", reason: "not a regular file (\(Self.kindName(direntType: type)))"))
                }
            }
        }
    }

    /// The lowercased extension of a letter file name, or nil.
    static func letterFormat(_ name: String) -> String? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let format = name[name.index(after: dot)...].lowercased()
        return letterExtensions.contains(format) ? format : nil
    }

    static func direntType(mode: mode_t) -> UInt8 {
        switch mode & S_IFMT {
        case S_IFDIR: return UInt8(DT_DIR)
        case S_IFREG: return UInt8(DT_REG)
        case S_IFLNK: return UInt8(DT_LNK)
        case S_IFIFO: return UInt8(DT_FIFO)
        case S_IFSOCK: return UInt8(DT_SOCK)
        case S_IFCHR: return UInt8(DT_CHR)
        case S_IFBLK: return UInt8(DT_BLK)
        default: return UInt8(DT_UNKNOWN)
        }
    }

    static func kindName(direntType type: UInt8) -> String {
        switch type {
        case UInt8(DT_FIFO): return "FIFO"
        case UInt8(DT_SOCK): return "socket"
        case UInt8(DT_CHR): return "character device"
        case UInt8(DT_BLK): return "block device"
        case UInt8(DT_DIR): return "folder"
        case UInt8(DT_LNK): return "symbolic link"
        default: return "unknown kind"
        }
    }

    static func kindName(mode: mode_t) -> String {
        kindName(direntType: direntType(mode: mode))
    }
}
