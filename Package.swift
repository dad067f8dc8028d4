// swift-tools-version:6.0
import PackageDescription

// Data flows one way: files → Article (FeedModel) → Feed (FeedModel) → XML bytes (FeedXML) → files (feedpub).
let package = Package(
    name: "feedpub",
    platforms: [.macOS(.v13)],
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
        .target(name: "FeedModel", dependencies: ["CLibYAML", "CCMark"]),
        .target(name: "FeedXML", dependencies: ["FeedModel", "CLibXML2"]),
        .target(name: "FeedJSON", dependencies: ["FeedModel"]),
        .executableTarget(
            name: "feedpub",
            dependencies: [
                "FeedModel", "FeedXML", "FeedJSON",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target (see README, "Fuzzing"); a plain build replays files given as arguments.
        .executableTarget(name: "feedpub-fuzz", dependencies: ["FeedModel", "FeedXML", "CLibXML2"]),
        // What the test targets share: samples, golden files and snapshots, temporary folders,
        // running the feedpub binary. A plain target (SwiftPM has no test-only library) that only
        // test targets depend on; its samples need `@testable import`, so they exist in debug builds.
        .target(name: "TestSupport", dependencies: ["FeedModel"], path: "Tests/TestSupport",
                swiftSettings: [.swiftLanguageMode(.v6), .enableUpcomingFeature("InternalImportsByDefault")]),
        .testTarget(name: "FeedModelTests", dependencies: ["FeedModel", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "FeedXMLTests", dependencies: ["FeedXML", "FeedModel", "CLibXML2", "TestSupport"],
                    exclude: ["check-opml"], resources: [.copy("Fixtures"), .copy("Snapshots")]),
        .testTarget(name: "FeedJSONTests", dependencies: ["FeedJSON", "FeedModel", "TestSupport"], exclude: ["validate-json-feeds"],
                    resources: [.copy("Fixtures"), .copy("Snapshots")]),
        .testTarget(name: "feedpubTests", dependencies: ["feedpub", "FeedModel", "CLibXML2", "TestSupport"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "TestSupportTests", dependencies: ["TestSupport", "FeedModel"]),
    ],
    swiftLanguageModes: [.v5]
)
