import Foundation
import Testing
@testable import LetterIndex
import TestSupport

@Suite struct CorpusScannerTests {
    static func files(_ paths: [String]) -> [CorpusFile] {
        paths.map { path in
            let dot = path.lastIndex(of: ".")!
            return CorpusFile(id: String(path[..<dot]), relativePath: path, path: "/c/" + path, format: String(path[path.index(after: dot)...]))
        }
    }

    @Test(arguments: [
        ["a/b.txt", "a-c.txt", "a.txt", "a/b.pdf", "ab.txt", "a b.txt", "A.txt", "a0.txt", "a/b/c.txt", "a.b.txt"],
        ["brief.txt", "brief.pdf", "brief2.txt", "brieven/1.txt", "Brief.txt"],
        ["é.txt", "e\u{301}.txt", "z.txt", "a/é.txt", "a-é.txt", "ä.pdf", "a.txt"],
    ])
    func filesSortByIDThenPathInStringOrder(paths: [String]) {
        for shuffled in [paths, paths.reversed(), paths.sorted()] {
            var files = Self.files(shuffled)
            CorpusScanner.sortByID(&files)
            let expected = Self.files(shuffled).sorted { $0.id != $1.id ? $0.id < $1.id : $0.relativePath < $1.relativePath }
            #expect(files.map(\.relativePath) == expected.map(\.relativePath))
        }
    }

    @Test func theSampleIsListedInIDOrder() throws {
        let files = try CorpusScanner(root: TemporaryCorpus.sample).files()
        #expect(files.count > 150)
        #expect(zip(files, files.dropFirst()).allSatisfy { $0.id < $1.id })
    }
}
