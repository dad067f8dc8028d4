// swift-tools-version:6.0
import PackageDescription

/// Settings for targets written for Swift 6 (the older ones still build in Swift 5 mode).
let newTargetSettings: [SwiftSetting] = [.swiftLanguageMode(.v6), .enableUpcomingFeature("InternalImportsByDefault")]

// Data flows one way: files → Article (FeedModel) → Feed (FeedModel) → XML bytes (FeedXML) → files (FeedBuild, the engine the feedpub commands run).
let package = Package(
    name: "feedpub",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "feedpub", targets: ["feedpub"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C libraries from Debian: libxml2-dev, libyaml-dev, libcmark-dev (see .ci/run).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CCMark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        // Word-at-a-time scans of UTF-8 bytes, for every module that looks at text byte by byte.
        .target(name: "ByteScan", swiftSettings: newTargetSettings),
        // The only importer of libyaml: the parser dispatch, the block reader, the elision, typed node accessors.
        .target(name: "FeedYAML", dependencies: ["ByteScan", "CLibYAML"], swiftSettings: newTargetSettings),
        .target(name: "FeedModel", dependencies: ["ByteScan", "FeedYAML", "CCMark"]),
        .target(name: "FeedXML", dependencies: ["ByteScan", "FeedModel", "CLibXML2"]),
        .target(name: "FeedJSON", dependencies: ["FeedModel"]),
        // The build as named stages: Reading, Memory (the cache), Plan, Rendering, Publishing.
        .target(
            name: "FeedBuild",
            dependencies: ["FeedModel", "FeedXML", "FeedJSON"],
            swiftSettings: newTargetSettings
        ),
        .executableTarget(
            name: "feedpub",
            dependencies: [
                "FeedBuild", "FeedModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target (see docs/testing.md, "Fuzzing"); a plain build replays files given as arguments.
        .executableTarget(name: "feedpub-fuzz", dependencies: ["FeedModel", "FeedYAML", "FeedXML", "CLibXML2"]),
        // What the test targets share: samples, golden files and snapshots, temporary folders,
        // running the feedpub binary. A plain target (SwiftPM has no test-only library) that only
        // test targets depend on; its samples need `@testable import`, so they exist in debug builds.
        .target(name: "TestSupport", dependencies: ["FeedModel"], path: "Tests/TestSupport", swiftSettings: newTargetSettings),
        .testTarget(name: "TestSupportTests", dependencies: ["TestSupport", "FeedModel"]),
        .testTarget(name: "ByteScanTests", dependencies: ["ByteScan"], swiftSettings: newTargetSettings),
        // FeedModel too: the block reader is held to libyaml on the repository's article files, by the article schema.
        .testTarget(name: "FeedYAMLTests", dependencies: ["FeedYAML", "FeedModel"], swiftSettings: newTargetSettings),
        .testTarget(name: "FeedModelTests", dependencies: ["FeedModel", "FeedYAML", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "FeedXMLTests", dependencies: ["FeedXML", "FeedModel", "CLibXML2", "TestSupport"],
                    exclude: ["check-opml"], resources: [.copy("Fixtures"), .copy("Snapshots")]),
        .testTarget(name: "FeedJSONTests", dependencies: ["FeedJSON", "FeedModel", "TestSupport"], exclude: ["validate-json-feeds"],
                    resources: [.copy("Fixtures"), .copy("Snapshots")]),
        .testTarget(name: "FeedBuildTests", dependencies: ["FeedBuild", "FeedModel", "TestSupport"],
                    swiftSettings: [.swiftLanguageMode(.v6)]),
        .testTarget(name: "feedpubTests", dependencies: ["feedpub", "FeedModel", "CLibXML2", "TestSupport"],
                    resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v5]
)
