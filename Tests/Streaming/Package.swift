// swift-tools-version: 6.1
// A client as a user on Linux streams with it: Tests/Fixtures/features/streaming's SDK, generated
// by SDKGenPlugin, sending through AsyncHTTPClientTransport, which hands a response body over as
// it arrives (URLSessionTransport on Linux collects it first). Built and run by `.ci/run`
// (Tests/Streaming/check.sh), never by the main package: AsyncHTTPClient stays out of
// swift-sdkgen's dependencies.
import PackageDescription

let package = Package(
    name: "Streaming",
    platforms: [.macOS(.v10_15), .macCatalyst(.v13), .iOS(.v13), .tvOS(.v13), .watchOS(.v6), .visionOS(.v1)],
    dependencies: [
        .package(name: "swift-sdkgen", path: "../.."),
        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client", exact: "1.5.0"),
    ],
    targets: [
        .target(
            name: "StreamingAPI",
            dependencies: [.product(name: "SDKGenRuntime", package: "swift-sdkgen")],
            exclude: ["sdkgen.yaml"],
            plugins: [.plugin(name: "SDKGenPlugin", package: "swift-sdkgen")]
        ),
        .executableTarget(
            name: "StreamingDemo",
            dependencies: [
                "StreamingAPI",
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
            ]
        ),
    ]
)
