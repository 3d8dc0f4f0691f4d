import FuzzTargets

/// libFuzzer's entry point: one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocument(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzReplay.one(data, size, target: DocumentFuzzTarget.run)
}

#if !LIBFUZZER
/// Built without libFuzzer (`swift build`): replays the files and folders given as arguments.
@main struct ReplayDocument { static func main() { FuzzReplay.main(target: DocumentFuzzTarget.run) } }
#endif
