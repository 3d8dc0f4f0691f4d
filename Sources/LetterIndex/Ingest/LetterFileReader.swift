import Foundation

/// Why a file was not indexed.
public struct SkipReason: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable code; see ``SkippedFile/code`` for the list.
    public var code: String
    /// What was wrong, for people.
    public var message: String

    /// A reason with a stable `code` and a message for people.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    /// A one-line description.
    public var description: String { message }
}

/// The text of one letter file, read.
public struct LetterFileText: Sendable {
    /// The text.
    public var text: String
    /// SHA-256 of the file's bytes.
    public var sha256: String
    /// The file size in bytes.
    public var bytes: Int
    /// A note for the summary, e.g. that the file was Windows-1252 and converted.
    public var warning: String?
    /// The format of the reader that read it: `txt`, `xml`, `html`, `pdf`, `docx`.
    public var format: String = "txt"
    /// Metadata the file carries (publication XML, HTML); `metadata.jsonl` wins over it.
    public var metadata = DocumentMetadata()
}

/// Loads a letter file's bytes (refusing what is not a regular file or is over the size limit) and
/// reads them with the reader their content and extension call for.
public struct LetterFileReader: Sendable {
    /// Files larger than this are skipped.
    public var maximumBytes: Int
    /// The readers per format.
    public var readers: LetterReaders

    /// A reader that skips files over `maximumBytes` (default 20 MB).
    public init(maximumBytes: Int = 20_000_000, readers: LetterReaders = LetterReaders()) {
        self.maximumBytes = maximumBytes
        self.readers = readers
    }

    /// The file's bytes and hash, before decoding; used to skip unchanged files cheaply.
    ///
    /// Opens without following a symbolic link and without blocking on a FIFO; checks the size
    /// before reading.
    public func load(_ url: URL) throws(SkipReason) -> (data: Data, sha256: String) {
        try load(path: url.path)
    }

    /// The bytes and hash of the file at the absolute `path`; see ``load(_:)``.
    public func load(path: String) throws(SkipReason) -> (data: Data, sha256: String) {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let error = errno
            if error == ELOOP {
                throw SkipReason(code: "symlink", message: "symbolic link, not followed")
            }
            throw SkipReason(code: "unreadable", message: "cannot read: \(String(cString: strerror(error)))")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw SkipReason(code: "unreadable", message: "cannot read: \(String(cString: strerror(errno)))")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw SkipReason(code: "not-a-file", message: "not a regular file (\(CorpusScanner.kindName(mode: info.st_mode)))")
        }
        let size = Int(info.st_size)
        if size > maximumBytes {
            throw SkipReason(code: "too-large", message: "\(size) bytes, over the limit of \(maximumBytes) (--max-bytes)")
        }
        // Reads up to one byte past the stated size, so a file that grew is still caught. Into
        // memory that is not zeroed first (`Data(count:)` cleared every file's bytes before
        // the read overwrote them).
        let capacity = size + 1
        guard let buffer = malloc(capacity) else {
            throw SkipReason(code: "unreadable", message: "cannot read: out of memory for \(capacity) bytes")
        }
        var total = 0
        while total < capacity {
            let wanted = capacity - total
            let count = read(descriptor, buffer + total, wanted)
            if count < 0 {
                if errno == EINTR { continue }
                let failure = errno
                free(buffer)
                throw SkipReason(code: "unreadable", message: "cannot read: \(String(cString: strerror(failure)))")
            }
            total += count
            // A short read of a regular file is its end: no second call to be told so.
            if count < wanted { break }
        }
        var data = Data(bytesNoCopy: buffer, count: total, deallocator: .free)
        let limit = maximumBytes
        if total > size {
            // The file grows while it is read: read what is there now, within the limit.
            let more = (try? FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).readToEnd()) ?? nil
            data.append(more ?? Data())
            if data.count > limit {
                throw SkipReason(code: "too-large", message: "\(data.count) bytes, over the limit of \(limit) (--max-bytes)")
            }
        }
        let sha = data.withUnsafeBytes { SHA256.hex(of: $0) }
        return (data, sha)
    }

    /// Reads loaded bytes with the reader for their content and `format` (the file extension).
    public func decode(_ data: Data, sha256: String, url: URL = URL(fileURLWithPath: "/dev/null"), format: String = "txt")
        throws(SkipReason) -> LetterFileText
    {
        let document = try readers.read(data, url: url, format: format)
        return LetterFileText(
            text: document.text, sha256: sha256, bytes: data.count,
            warning: document.warnings.isEmpty ? nil : document.warnings.joined(separator: "; "),
            format: document.format, metadata: document.metadata)
    }
}
