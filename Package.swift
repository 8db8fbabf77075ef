// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Enlace",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "enlace", targets: ["enlace"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // Pure domain: no I/O, no dependencies of ours.
        .target(name: "EnlaceCore"),
        // ncurses, imported through a shim that wraps macros and C globals.
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        // SQLite through GRDB: schema, migrations, the CaseDesk service.
        .target(
            name: "EnlaceStore",
            dependencies: [
                "EnlaceCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C API GRDB is built on, for the WAL hook (Checkpointer).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // The shipped theme files, embedded in the binary.
        .target(
            name: "EnlaceThemes",
            path: "Themes",
            resources: [
                .embedInCode("default.toml"),
                .embedInCode("high-contrast.toml"),
                .embedInCode("mono.toml"),
            ]
        ),
        // Screen buffer, widgets, screens, command registry, themes; one file talks to ncurses.
        .target(
            name: "EnlaceTUI",
            dependencies: [
                "EnlaceCore",
                "EnlaceStore",
                "CNcurses",
                "EnlaceThemes",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(
            name: "enlace",
            dependencies: [
                "EnlaceCore",
                "EnlaceStore",
                "EnlaceTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "EnlaceCoreTests", dependencies: ["EnlaceCore"]),
        .testTarget(name: "EnlaceStoreTests", dependencies: ["EnlaceCore", "EnlaceStore"]),
        .testTarget(name: "EnlaceTUITests", dependencies: ["EnlaceCore", "EnlaceStore", "EnlaceTUI"],
                    exclude: ["Golden"]),
        .testTarget(name: "EnlaceTerminalTests",
                    dependencies: ["EnlaceCore", .product(name: "GRDB", package: "GRDB.swift")],
                    exclude: ["Hostile/corpus.jsonl"]),
    ]
)
