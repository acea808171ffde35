// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "memblame",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "memblame", targets: ["memblame"]),
        .executable(name: "memblame-bench", targets: ["memblame-bench"]),
        .library(name: "MemBlameKit", targets: ["MemBlameKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The system SQLite (Debian: libsqlite3-dev).
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // The system libcurl (Debian: libcurl4-openssl-dev) for `memblame fetch`; CURLOPT_AWS_SIGV4 signs AWS calls.
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        // Build-time tool that turns Queries/*.sql and sample-data/ into Swift string literals.
        .executableTarget(name: "sql-embedder"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["sql-embedder"]),
        // All logic: models, importers, store, detection, reports, charts.
        .target(
            name: "MemBlameKit",
            dependencies: ["CSQLite", "CCurl"],
            swiftSettings: [.swiftLanguageMode(.v5)],
            plugins: ["EmbedResources"]
        ),
        // The thin command line.
        .executableTarget(
            name: "memblame",
            dependencies: ["MemBlameKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        // Seeded generators and fixture helpers shared by tests and benchmarks.
        .target(name: "MemBlameTestSupport", dependencies: ["MemBlameKit"], swiftSettings: [.swiftLanguageMode(.v5)]),
        // Benchmarks that print figures (never timed unit tests).
        .executableTarget(
            name: "memblame-bench",
            dependencies: ["MemBlameKit", "MemBlameTestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .testTarget(
            name: "MemBlameKitTests",
            dependencies: ["MemBlameKit", "MemBlameTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .testTarget(
            name: "MemBlameCLITests",
            dependencies: ["memblame", "MemBlameTestSupport"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
    ]
)
