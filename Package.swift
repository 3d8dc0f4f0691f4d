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
            ]
        ),
        .target(
            name: "LetterServer",
            dependencies: [
                "LetterIndex",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Templates")]
        ),
        .executableTarget(
            name: "kamerzoek",
            dependencies: [
                "LetterIndex", "LetterServer",
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
        .testTarget(name: "DutchTextTests", dependencies: ["DutchText"], resources: [.copy("Fixtures")]),
        .testTarget(name: "EntitiesTests", dependencies: ["Entities"], resources: [.copy("Fixtures")]),
        .target(name: "TestSupport", dependencies: ["LetterIndex"], path: "Tests/TestSupport"),
        .testTarget(name: "LetterIndexTests", dependencies: ["LetterIndex", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "LetterServerTests",
            dependencies: [
                "LetterServer", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "KamerzoekTests", dependencies: ["kamerzoek", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
