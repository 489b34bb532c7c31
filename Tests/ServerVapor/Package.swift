// swift-tools-version: 6.1
// The same generated servers as Tests/ServerHummingbird (its PetStoreAPI and ServerImplementations
// folders, linked here), served by Vapor through swift-openapi-vapor. Built and run by `.ci/run`
// (Tests/ServerVapor/check.sh), never by the main package: Vapor stays out of swift-sdkgen's
// dependencies.
import PackageDescription

let package = Package(
    name: "ServerVapor",
    platforms: [.macOS(.v10_15), .macCatalyst(.v13), .iOS(.v13), .tvOS(.v13), .watchOS(.v6), .visionOS(.v1)],
    dependencies: [
        .package(name: "swift-sdkgen", path: "../.."),
        .package(url: "https://github.com/vapor/vapor", exact: "4.122.3"),
        .package(url: "https://github.com/vapor/swift-openapi-vapor", exact: "1.2.0"),
    ],
    targets: [
        .target(
            name: "PetStoreAPI",
            dependencies: [.product(name: "SDKGenRuntime", package: "swift-sdkgen")],
            exclude: ["sdkgen.yaml", "openapi.yaml"],
            plugins: [.plugin(name: "SDKGenPlugin", package: "swift-sdkgen")]
        ),
        .target(
            name: "ServerImplementations",
            dependencies: ["PetStoreAPI", .product(name: "KalshiAPI", package: "swift-sdkgen")]
        ),
        .executableTarget(
            name: "PetStoreServer",
            dependencies: [
                "PetStoreAPI", "ServerImplementations",
                .product(name: "KalshiAPI", package: "swift-sdkgen"),
                .product(name: "Vapor", package: "vapor"),
                .product(name: "OpenAPIVapor", package: "swift-openapi-vapor"),
            ],
            path: "Sources/PetStoreServerVapor"
        ),
    ]
)
