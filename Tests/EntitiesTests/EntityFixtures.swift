import Foundation
import Testing

/// The letters kept in `Fixtures/` (copies of real corpus files), read by name.
enum EntityFixtures {
    /// The text of `Fixtures/<name>.txt`.
    static func text(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }
}
