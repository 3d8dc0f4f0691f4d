import FuzzTargets

/// libFuzzer's entry point: one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTP(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    HTTPFuzzTarget.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

#if !LIBFUZZER
/// Built without libFuzzer (`swift build`): replays the files and folders given as arguments.
@main
struct ReplayHTTP {
    static func main() {
        let count = FuzzReplay.run(Array(CommandLine.arguments.dropFirst()), target: HTTPFuzzTarget.run)
        print("replayed \(count) inputs")
    }
}
#endif
