import FuzzTargets

/// libFuzzer's entry point: one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzReplay.one(data, size, target: QueryFuzzTarget.run)
}

#if !LIBFUZZER
/// Built without libFuzzer (`swift build`): replays the files and folders given as arguments.
@main struct ReplayQuery { static func main() { FuzzReplay.main(target: QueryFuzzTarget.run) } }
#endif
