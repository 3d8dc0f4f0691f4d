import FuzzTargets

/// libFuzzer's entry point: one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTP(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzReplay.one(data, size, target: HTTPFuzzTarget.run)
}

#if !LIBFUZZER
/// Built without libFuzzer (`swift build`): replays the files and folders given as arguments.
@main struct ReplayHTTP { static func main() { FuzzReplay.main(target: HTTPFuzzTarget.run) } }
#endif
