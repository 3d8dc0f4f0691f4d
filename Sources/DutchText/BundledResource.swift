import Foundation

/// A file of `Resources/` shipped with this module, read once by the table it makes. A missing
/// or unreadable resource is a broken build, not bad input: it stops the process with its name.
///
/// ```swift
/// static let bundled = BundledResource.read("compound-lexicon", "tsv", with: CompoundLexicon.init(contentsOf:))
/// ```
enum BundledResource {
    static func read<Table>(_ name: String, _ fileExtension: String, with make: (URL) throws -> Table) -> Table {
        guard let url = Bundle.module.url(forResource: name, withExtension: fileExtension, subdirectory: "Resources") else {
            fatalError("DutchText: Resources/\(name).\(fileExtension) is missing from the bundle")
        }
        do {
            return try make(url)
        } catch {
            fatalError("DutchText: cannot read \(url.path): \(error)")
        }
    }
}
