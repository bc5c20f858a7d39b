// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "hubspoke",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "hubspoke", targets: ["hubspoke"]),
        .library(name: "HubSpokeCore", targets: ["HubSpokeCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // Azure networking only: model, address math, validation, reachability. No I/O.
        .target(name: "HubSpokeCore"),
        // The native `*.hubspoke.json` format: text <-> Design, with positioned errors.
        .target(name: "HubSpokeDesignFile", dependencies: ["HubSpokeCore"]),
        // Bicep text <-> Design: lexer, parser, evaluator, writer.
        .target(name: "HubSpokeBicep", dependencies: ["HubSpokeCore", "HubSpokeDesignFile"]),
        // The topology as a picture: hub/spoke layout, Mermaid, Graphviz DOT and SVG writers.
        .target(name: "HubSpokeDiagram", dependencies: ["HubSpokeCore"]),
        // App state, actions, reducer and views drawing into an in-memory cell grid.
        .target(name: "HubSpokeTUI", dependencies: ["HubSpokeCore", "HubSpokeDiagram"]),
        // The system ncursesw library (wide characters), through a shim header.
        .systemLibrary(name: "CNCurses", providers: [.apt(["libncurses-dev"])]),
        // The one backend that turns a cell grid into ncurses calls and keys into events.
        .target(name: "TerminalNCurses", dependencies: ["CNCurses", "HubSpokeTUI"]),
        .executableTarget(
            name: "hubspoke",
            dependencies: [
                "HubSpokeCore", "HubSpokeDesignFile", "HubSpokeBicep", "HubSpokeDiagram", "HubSpokeTUI",
                "TerminalNCurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `swift run -c release hubspoke-bench`: the speed figures reported in notes.
        .executableTarget(
            name: "hubspoke-bench",
            dependencies: ["HubSpokeCore", "HubSpokeDesignFile", "HubSpokeBicep", "HubSpokeTUI"],
            path: "Sources/HubSpokeBenchmarks"
        ),
        // What several test targets share: running ../shared/tools/check-bicep.
        .target(name: "HubSpokeTestSupport", path: "Tests/HubSpokeTestSupport"),
        .testTarget(name: "HubSpokeCoreTests", dependencies: ["HubSpokeCore"]),
        .testTarget(name: "HubSpokeDesignFileTests", dependencies: ["HubSpokeDesignFile"]),
        .testTarget(
            name: "HubSpokeBicepTests", dependencies: ["HubSpokeBicep", "HubSpokeDesignFile", "HubSpokeTestSupport"],
            // Bicep fixtures are read by path from the tests, not bundled.
            exclude: [
                "Fixtures/bad-syntax-unclosed.bicep", "Fixtures/bad-syntax.bicep", "Fixtures/good-rich.bicep",
                "Fixtures/modules", "Fixtures/tutorial-main.bicep",
            ]
        ),
        .testTarget(name: "HubSpokeDiagramTests", dependencies: ["HubSpokeDiagram", "HubSpokeCore"]),
        .testTarget(name: "HubSpokeTUITests", dependencies: ["HubSpokeTUI"]),
        .testTarget(
            name: "hubspokeTests",
            dependencies: ["hubspoke", "HubSpokeCore", "HubSpokeDesignFile", "HubSpokeBicep", "HubSpokeTestSupport"]
        ),
    ]
)
