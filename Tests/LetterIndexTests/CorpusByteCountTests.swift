import Foundation
import Testing
@testable import LetterIndex
import TestSupport

@Suite struct CorpusByteCountTests {
    @Test func sumsTheSizesOfTheScannedFiles() throws {
        let files = try CorpusScanner(root: TemporaryCorpus.sample).files()
        var expected = 0
        for file in files {
            expected += try #require(FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
        }
        #expect(files.count > 150)
        #expect(CorpusByteCount.total(of: files) == expected)
    }

    @Test func countsAFileThatIsGoneAsNothing() throws {
        let files = try CorpusScanner(root: TemporaryCorpus.sample).files()
        let first = try #require(files.first)
        let size = try #require(FileManager.default.attributesOfItem(atPath: first.path)[.size] as? Int)
        let gone = CorpusFile(id: "gone", relativePath: "gone.txt", path: first.path + ".gone", format: "txt")
        #expect(CorpusByteCount.total(of: [first, gone]) == size)
        #expect(CorpusByteCount.total(of: []) == 0)
    }
}
