// swift-tools-version: 6.2
// A package as a user writes it: it depends on swift-sdkgen and generates its client with SDKGenPlugin.
// Built and run by `.ci/run` (Tests/Downstream/check.sh), never by the main package.
import PackageDescription

let package = Package(
    name: "Downstream",
    platforms: [.macOS(.v10_15), .macCatalyst(.v13), .iOS(.v13), .tvOS(.v13), .watchOS(.v6), .visionOS(.v1)],
    dependencies: [
        .package(name: "swift-sdkgen", path: "../.."),
    ],
    targets: [
        .target(
            name: "PetClient",
            dependencies: [.product(name: "SDKGenRuntime", package: "swift-sdkgen")],
            exclude: ["sdkgen.yaml", "openapi.yaml"],
            plugins: [.plugin(name: "SDKGenPlugin", package: "swift-sdkgen")]
        ),
        .executableTarget(name: "PetDemo", dependencies: ["PetClient"]),
        // SDKs generated into targets whose code is MainActor by default, in Swift 6 mode (complete
        // concurrency checking): the Kalshi SDK, and the petstore golden spec with its server side.
        .target(
            name: "MainActorPetstore",
            dependencies: [.product(name: "SDKGenRuntime", package: "swift-sdkgen")],
            exclude: ["sdkgen.yaml"],
            swiftSettings: [.defaultIsolation(MainActor.self), .swiftLanguageMode(.v6)],
            plugins: [.plugin(name: "SDKGenPlugin", package: "swift-sdkgen")]
        ),
        .target(
            name: "MainActorKalshi",
            dependencies: [.product(name: "SDKGenRuntime", package: "swift-sdkgen")],
            exclude: ["sdkgen.yaml"],
            swiftSettings: [.defaultIsolation(MainActor.self), .swiftLanguageMode(.v6)],
            plugins: [.plugin(name: "SDKGenPlugin", package: "swift-sdkgen")]
        ),
        // Generated into its own folder by the generate-sdk command plugin (`output: .`), no build plugin.
        .target(
            name: "PetSnapshot",
            dependencies: [.product(name: "SDKGenRuntime", package: "swift-sdkgen")],
            exclude: ["sdkgen.yaml", "openapi.yaml", "docs"]
        ),
    ]
)
