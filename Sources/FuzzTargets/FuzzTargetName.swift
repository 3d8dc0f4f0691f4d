import Foundation

/// The fuzz targets by name, as `scripts/fuzz.sh` and `KAMERZOEK_FUZZ_TARGET` name them.
public enum FuzzTargetName: String, CaseIterable, Sendable {
    case query, document, http

    /// The target named by `KAMERZOEK_FUZZ_TARGET`; a missing or unknown name stops the process
    /// with the names it takes.
    public static let chosen: FuzzTargetName = {
        let name = ProcessInfo.processInfo.environment["KAMERZOEK_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTargetName(rawValue: name) else {
            fatalError("KAMERZOEK_FUZZ_TARGET must be one of \(allCases.map(\.rawValue).joined(separator: ", ")), not '\(name)'")
        }
        return target
    }()

    /// Runs one input through this target.
    public func run(_ bytes: UnsafeRawBufferPointer) {
        switch self {
        case .query: QueryFuzzTarget.run(bytes)
        case .document: DocumentFuzzTarget.run(bytes)
        case .http: HTTPFuzzTarget.run(bytes)
        }
    }
}
