import FuzzTargets

/// libFuzzer's entry point: one input through the target `KAMERZOEK_FUZZ_TARGET` names
/// (`query`, `document` or `http`). One executable for all three, so one build serves them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzReplay.one(data, size, target: FuzzTargetName.chosen.run)
}

#if !LIBFUZZER
/// Built without libFuzzer (`swift build`): replays the files and folders given as arguments,
/// e.g. `KAMERZOEK_FUZZ_TARGET=query .build/debug/KamerzoekFuzz Fuzz/regressions/query`.
@main struct KamerzoekFuzzReplay { static func main() { FuzzReplay.main(target: FuzzTargetName.chosen.run) } }
#endif
