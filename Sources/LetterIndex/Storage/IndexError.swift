/// What can go wrong with the index itself; each message says what and where.
public enum IndexError: Error, Equatable, CustomStringConvertible {
    /// No index file at this path.
    case missingIndex(String)
    /// The folder or file could not be created.
    case cannotCreate(String, reason: String)
    /// SQLite could not open the file.
    case cannotOpen(String, reason: String)
    /// The file was made by another version of Kamerzoek and must be rebuilt.
    case outdatedSchema(String)
    /// The corpus folder does not exist or is not a folder.
    case missingCorpus(String)
    /// Another process is writing the index.
    case busy(String)

    /// A one-line message for the user.
    public var description: String {
        switch self {
        case .missingIndex(let path):
            return "no index at \(path): run `kamerzoek ingest DIR --index \(path)` first"
        case .cannotCreate(let path, let reason):
            return "cannot create the index at \(path): \(reason)"
        case .cannotOpen(let path, let reason):
            return "cannot open the index at \(path): \(reason)"
        case .outdatedSchema(let path):
            return "the index at \(path) has an older schema: run `kamerzoek ingest --rebuild --index \(path)`"
        case .missingCorpus(let path):
            return "no corpus folder at \(path)"
        case .busy(let path):
            return "another ingest is writing \(path); wait for it to finish"
        }
    }
}
