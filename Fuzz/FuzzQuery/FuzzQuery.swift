import FuzzTargets

/// libFuzzer's entry point: one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    QueryFuzzTarget.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

#if !LIBFUZZER
/// Built without libFuzzer (`swift build`): replays the files and folders given as arguments.
@main
struct ReplayQuery {
    static func main() {
        let count = FuzzReplay.run(Array(CommandLine.arguments.dropFirst()), target: QueryFuzzTarget.run)
        print("replayed \(count) inputs")
    }
}
#endif
