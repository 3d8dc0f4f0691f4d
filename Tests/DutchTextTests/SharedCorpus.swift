import Foundation

/// The shared development corpus, when it is beside the repository (tests that need it say so
/// with `.enabled(if:)`, so a skip is reported).
let sharedCorpus = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("../shared/corpus").standardizedFileURL

/// Its motions.
let sharedMotions = sharedCorpus.appendingPathComponent("tk-moties")

/// Its historical papers.
let sharedHistorical = sharedCorpus.appendingPathComponent("sgd-historical")
