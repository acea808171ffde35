// swift-tools-version:6.1
// The libFuzzer harness: its own package so the root package's `swift build` never links the fuzzer
// runtime. Build and run with ./run.sh (see RELIABILITY.md).
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name (the clone's name), not the package's name.
let rootIdentity = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "memblame-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        // Declares LLVMFuzzerRunDriver, which libclang_rt.fuzzer exports.
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "memblame-fuzz",
            dependencies: [.product(name: "MemBlameKit", package: rootIdentity), "CFuzzerDriver"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
    ]
)
