// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Kamerzoek",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kamerzoek", targets: ["kamerzoek"]),
        .library(name: "DutchText", targets: ["DutchText"]),
        .library(name: "Entities", targets: ["Entities"]),
        .library(name: "LetterIndex", targets: ["LetterIndex"]),
        .library(name: "LetterServer", targets: ["LetterServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(
            name: "DutchText",
            resources: [.copy("Resources")]
        ),
        .target(name: "Entities", dependencies: ["DutchText"]),
        .target(name: "CSHA256"),
        .target(
            name: "LetterIndex",
            dependencies: [
                "DutchText", "Entities", "CSHA256",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "LetterSync",
            dependencies: [
                "LetterIndex",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .target(
            name: "LetterServer",
            dependencies: [
                "LetterIndex",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Templates")]
        ),
        .executableTarget(
            name: "kamerzoek",
            dependencies: [
                "LetterIndex", "LetterServer", "LetterSync",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "KamerzoekBenchmarks",
            dependencies: [
                "LetterIndex", "DutchText",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/KamerzoekBenchmarks"
        ),
        // Fuzz targets: the bodies in a library (replayed by `swift test`), libFuzzer's entry
        // point in one executable (`scripts/fuzz.sh TARGET SECONDS` builds it with -sanitize=fuzzer).
        .target(
            name: "FuzzTargets",
            dependencies: [
                "LetterIndex", "LetterServer", "DutchText", "Entities",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "KamerzoekFuzz", dependencies: ["FuzzTargets"], path: "Fuzz/KamerzoekFuzz"),
        .testTarget(
            name: "DutchTextTests",
            dependencies: ["DutchText", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "EntitiesTests", dependencies: ["Entities"], resources: [.copy("Fixtures")]),
        .target(name: "TestSupport", dependencies: ["LetterIndex"], path: "Tests/TestSupport"),
        .testTarget(
            name: "LetterIndexTests",
            dependencies: ["LetterIndex", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "LetterServerTests",
            dependencies: [
                "LetterServer", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "KamerzoekTests", dependencies: ["kamerzoek", "TestSupport", "SyncReplay"]),
        // A local SyncFeed: feed pages, PDF and DOCX files made from the shared corpus's real
        // records, replayed by Hummingbird with the faults a real service shows.
        .target(
            name: "SyncReplay",
            dependencies: [
                "LetterIndex", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Tests/SyncReplay"
        ),
        .testTarget(
            name: "LetterSyncTests",
            dependencies: [
                "LetterSync", "SyncReplay", "TestSupport", "LetterIndex",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "FuzzTargetsTests",
            dependencies: [
                "FuzzTargets", "LetterIndex", "DutchText",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
