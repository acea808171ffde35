// swift-tools-version:6.1
// A separate package so that memblame itself never depends on GRDB: it only measures what GRDB would
// cost per row on memblame's schema, for the choice recorded in BENCHMARKS.md.
import PackageDescription

let package = Package(
    name: "grdb-insert",
    dependencies: [.package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0")],
    targets: [
        .executableTarget(name: "grdb-insert", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
