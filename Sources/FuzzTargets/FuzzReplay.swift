import Foundation

/// Runs a fuzz target over files and folders of inputs, as libFuzzer does when given paths:
/// how `swift test` and a plain build replay the corpus and the inputs that once found bugs.
public enum FuzzReplay {
    /// The inputs below `paths` (files, or folders read one level deep), sorted by path.
    public static func inputs(_ paths: [String]) -> [URL] {
        var files: [URL] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.filter { !$0.hasPrefix(".") }.map { URL(fileURLWithPath: path).appendingPathComponent($0) }
            } else {
                files.append(URL(fileURLWithPath: path))
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Runs `target` on each input below `paths`; returns how many ran.
    @discardableResult
    public static func run(_ paths: [String], target: (UnsafeRawBufferPointer) -> Void) -> Int {
        var count = 0
        for url in inputs(paths) {
            guard let data = try? Data(contentsOf: url) else { continue }
            data.withUnsafeBytes { target($0) }
            count += 1
        }
        return count
    }
}

extension FuzzReplay {
    /// One libFuzzer input through `target`; libFuzzer's return value.
    public static func one(_ data: UnsafePointer<UInt8>?, _ size: Int, target: (UnsafeRawBufferPointer) -> Void) -> CInt {
        target(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    }

    /// A replay executable's main: every input below the command-line arguments, then a count.
    public static func main(target: (UnsafeRawBufferPointer) -> Void) {
        let count = run(Array(CommandLine.arguments.dropFirst()), target: target)
        print("replayed \(count) inputs")
    }
}
