// swift-tools-version:6.0
import PackageDescription

/// Every Swift target's settings: an import is internal unless it says `public import`, so no
/// dependency (libxml2, libyaml, cmark) leaks into a module's public API by accident.
let swiftSettings: [SwiftSetting] = [.enableUpcomingFeature("InternalImportsByDefault")]

// Data flows one way, as the code runs it: files → article summaries (pass 1, what the cache
// keeps; FeedBuild Reading with FeedModel's ArticleDecoder) → inclusion rules → the catalog
// (FeedModel's FeedCatalog: merged articles, feed plans) → the plan (FeedBuild Plan: kept vs
// stale files) → the shown articles read again (pass 2) → entries (FeedModel's EntryMapping) →
// bytes per format (FeedXML, FeedJSON) → files (FeedBuild Publishing). feedpub holds the commands.
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
        // C libraries from Debian: libxml2-dev, libyaml-dev, libcmark-dev, libcld2-dev (see .ci/run).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CCMark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        // glibc's malloc tuning, for a watch's large arrays (FeedWatcher.keepLargeBlocksMapped).
        .systemLibrary(name: "CMalloc"),
        // Language identification: Chrome's CLD2 (Debian's libcld2-dev, no pkg-config file) behind a
        // C function, so no Swift target needs C++ interop. Why CLD2: docs/languages.md.
        .target(name: "CLD2Shim", linkerSettings: [.linkedLibrary("cld2"), .linkedLibrary("stdc++")]),
        // Word-at-a-time scans of UTF-8 bytes, for every module that looks at text byte by byte.
        .target(name: "ByteScan", swiftSettings: swiftSettings),
        // The only importer of libyaml: the parser dispatch, the block reader, the elision, typed node accessors.
        .target(name: "FeedYAML", dependencies: ["ByteScan", "CLibYAML"], swiftSettings: swiftSettings),
        .target(name: "FeedModel", dependencies: ["ByteScan", "FeedYAML", "CCMark"], swiftSettings: swiftSettings),
        .target(name: "FeedXML", dependencies: ["ByteScan", "FeedModel", "CLibXML2"], swiftSettings: swiftSettings),
        .target(name: "FeedJSON", dependencies: ["ByteScan", "FeedModel"], swiftSettings: swiftSettings),
        // Partners' feed requirements (google-news, apple-news, …) as rules measured in rendered documents.
        .target(name: "FeedProfiles", dependencies: ["FeedModel", "CLibXML2"], swiftSettings: swiftSettings),
        // The build as named stages: Reading, Memory (the cache), Plan, Rendering, Publishing.
        .target(
            name: "FeedBuild",
            dependencies: ["FeedModel", "FeedXML", "FeedJSON", "FeedProfiles", "CLD2Shim", "CMalloc"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "feedpub",
            dependencies: [
                "FeedBuild", "FeedModel", "FeedProfiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // libFuzzer target (see docs/testing.md, "Fuzzing"); a plain build replays files given as arguments.
        .executableTarget(name: "feedpub-fuzz", dependencies: ["FeedModel", "FeedYAML", "FeedXML", "CLibXML2"], swiftSettings: swiftSettings),
        // What the test targets share: samples, golden files and snapshots, temporary folders,
        // running the feedpub binary. A plain target (SwiftPM has no test-only library) that only
        // test targets depend on; its samples need `@testable import`, so they exist in debug builds.
        .target(name: "TestSupport", dependencies: ["FeedModel"], path: "Tests/TestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "TestSupportTests", dependencies: ["TestSupport", "FeedModel"], swiftSettings: swiftSettings),
        .testTarget(name: "ByteScanTests", dependencies: ["ByteScan"], swiftSettings: swiftSettings),
        // FeedModel too: the block reader is held to libyaml on the repository's article files, by the article schema.
        .testTarget(name: "FeedYAMLTests", dependencies: ["FeedYAML", "FeedModel", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "FeedModelTests", dependencies: ["FeedModel", "FeedYAML", "TestSupport"], resources: [.copy("Fixtures")],
                    swiftSettings: swiftSettings),
        .testTarget(name: "FeedXMLTests", dependencies: ["FeedXML", "FeedModel", "CLibXML2", "TestSupport"],
                    exclude: ["check-opml"], resources: [.copy("Fixtures"), .copy("Snapshots")], swiftSettings: swiftSettings),
        .testTarget(name: "FeedJSONTests", dependencies: ["FeedJSON", "FeedModel", "TestSupport"], exclude: ["validate-json-feeds"],
                    resources: [.copy("Fixtures"), .copy("Snapshots")], swiftSettings: swiftSettings),
        .testTarget(name: "FeedProfilesTests", dependencies: ["FeedProfiles", "FeedModel"], swiftSettings: swiftSettings),
        .testTarget(name: "FeedBuildTests", dependencies: ["FeedBuild", "FeedModel", "FeedProfiles", "TestSupport"],
                    swiftSettings: swiftSettings),
        .testTarget(name: "feedpubTests", dependencies: ["feedpub", "FeedModel", "CLibXML2", "TestSupport"],
                    resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
    ],
    swiftLanguageModes: [.v6]
)
