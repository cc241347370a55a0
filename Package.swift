// swift-tools-version:6.0
// stance: commitment stance and sentiment of the actors in news text.
// No package dependencies: only the toolchain (Foundation, Dispatch, Swift Testing).
import PackageDescription

let package = Package(
    name: "stance",
    products: [
        .library(name: "StanceKit", targets: ["StanceKit"]),
        .library(name: "StanceTraining", targets: ["StanceTraining"]),
        .executable(name: "stance", targets: ["stance"]),
    ],
    targets: [
        // Text in, per-actor results out. Never imports training code.
        .target(name: "StanceKit", path: "Sources/StanceKit"),
        // Labeled-data readers, trainer, evaluator, reports.
        .target(name: "StanceTraining", dependencies: ["StanceKit"], path: "Sources/StanceTraining"),
        // The command line: argument parsing, file I/O, rendering only.
        .executableTarget(name: "stance", dependencies: ["StanceKit", "StanceTraining"], path: "Sources/stance"),
        // What the test targets share (a seeded generator); not a product.
        .target(name: "StanceTestSupport", path: "Tests/Support"),
        .testTarget(name: "StanceKitTests", dependencies: ["StanceKit", "StanceTestSupport"], path: "Tests/StanceKitTests"),
        .testTarget(name: "StanceTrainingTests", dependencies: ["StanceTraining", "StanceKit", "StanceTestSupport"],
                    path: "Tests/StanceTrainingTests"),
        .testTarget(name: "stanceTests", dependencies: ["stance", "StanceTestSupport"], path: "Tests/stanceTests"),
    ],
    swiftLanguageModes: [.v6]
)
