// swift-tools-version: 6.1
// A package as a user writes it: it depends on swift-sdkgen and generates its client with SDKGenPlugin.
// Built and run by `.ci/run` (Tests/Downstream/check.sh), never by the main package.
import PackageDescription

let package = Package(
    name: "Downstream",
    platforms: [.macOS(.v13)],
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
        // Generated into its own folder by the generate-sdk command plugin (`output: .`), no build plugin.
        .target(
            name: "PetSnapshot",
            dependencies: [.product(name: "SDKGenRuntime", package: "swift-sdkgen")],
            exclude: ["sdkgen.yaml", "openapi.yaml", "docs"]
        ),
    ]
)
