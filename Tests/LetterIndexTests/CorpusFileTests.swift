import Foundation
import Testing
@testable import LetterIndex
import TestSupport

@Suite struct CorpusFileTests {
    @Test func theScannerGivesEachFileItsAbsolutePath() throws {
        let root = TemporaryCorpus.sample.standardizedFileURL
        let files = try CorpusScanner(root: root).files()
        #expect(files.count > 150)
        for file in files {
            #expect(file.path == root.path + "/" + file.relativePath)
            #expect(file.url.path == file.path)
            #expect(FileManager.default.fileExists(atPath: file.path))
        }
    }

    @Test(arguments: [
        ("/corpus/tk-moties/kst-34104-439.txt", "kst-34104-439.txt"),
        ("/corpus/brief.v2.txt", "brief.v2.txt"),
        ("brief.txt", "brief.txt"),
    ])
    func theNameIsTheLastPathComponent(path: String, name: String) {
        let file = CorpusFile(id: "x", relativePath: "x.txt", path: path, format: "txt")
        #expect(file.name == name)
    }
}
