// swift-tools-version: 6.0
import PackageDescription

// Generic types such as Dictionary<Metric, Double> get their metadata from
// accessor functions, not from mangled names demangled at run time: each first
// use of a mangled name scans every protocol conformance in the binary (about
// 4,000), which was an eighth of the instructions before journey's first frame.
let fastStart: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"]),
]

let package = Package(
    name: "journey",
    products: [
        .executable(name: "journey", targets: ["journey"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Strict JSON: the parser (located errors, duplicate keys refused, numbers kept as
        // their text), its flat tape, the value, the writer and paths. Knows nothing of maps.
        // Core's decoder reads the tape a member at a time; across a module boundary each of
        // those small calls stays a call (8% more instructions to load a 20,000-touchpoint map),
        // so a release build hands every body to the modules that use them, to inline.
        .target(name: "JourneyJSON", swiftSettings: fastStart + [.unsafeFlags(["-enable-cmo-everything"], .when(configuration: .release))]),
        // The sample map, the templates (JourneyCore) and the themes (JourneyView) are JSON
        // files compiled into the binary as byte arrays (`PackageResources`), so one static
        // binary needs no files.
        .target(name: "JourneyCore", dependencies: ["JourneyJSON"], resources: [.embedInCode("Resources")], swiftSettings: fastStart),
        .target(name: "JourneyView", dependencies: ["JourneyJSON", "JourneyCore"], resources: [.embedInCode("Resources")],
                swiftSettings: fastStart),
        .target(name: "JourneyApp", dependencies: ["JourneyJSON", "JourneyCore", "JourneyView"], swiftSettings: fastStart),
        .target(name: "JourneyTerminal", dependencies: ["JourneyCore", "JourneyView", "JourneyApp", "CNcursesw"], swiftSettings: fastStart),
        .executableTarget(
            name: "journey",
            dependencies: [
                "JourneyJSON", "JourneyCore", "JourneyView", "JourneyApp", "JourneyTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: fastStart
        ),
        .executableTarget(
            name: "journey-bench",
            dependencies: ["JourneyJSON", "JourneyCore", "JourneyView", "JourneyApp", "JourneyTerminal", "JourneyTestSupport"],
            path: "Benchmarks/JourneyBench"
        ),
        // What the tests and the benchmark share: the seeded random generator, golden files, checks on screen rows,
        // the exporters' test maps.
        .target(name: "JourneyTestSupport", dependencies: ["JourneyCore", "JourneyView"], path: "Tests/JourneyTestSupport"),
        .testTarget(name: "JourneyJSONTests", dependencies: ["JourneyJSON", "JourneyTestSupport"]),
        .testTarget(name: "JourneyCoreTests", dependencies: ["JourneyJSON", "JourneyCore", "JourneyTestSupport"], exclude: ["Hostile", "Exports"]),
        // The help golden shows the real command table, which lives in JourneyApp.
        .testTarget(name: "JourneyViewTests", dependencies: ["JourneyCore", "JourneyView", "JourneyApp", "JourneyTestSupport"], exclude: ["Goldens"]),
        .testTarget(
            name: "JourneyAppTests", dependencies: ["JourneyCore", "JourneyView", "JourneyApp", "JourneyTerminal", "JourneyTestSupport"],
            exclude: ["Scripts"]
        ),
        .testTarget(name: "JourneyTerminalTests", dependencies: ["JourneyTerminal", "JourneyView", "JourneyTestSupport"]),
        // Runs the built `journey` binary (command line, under tmux, over SSH) and the other programs its
        // output meets (git, Chromium, the checkers in Tests/Checks/). README's quick loop skips this target.
        .testTarget(name: "JourneyEndToEndTests", dependencies: ["journey", "JourneyJSON", "JourneyCore", "JourneyView", "JourneyTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
