// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "swift-sdkgen",
    // The minimums of swift-openapi-runtime, which the runtime builds on (README "Platforms").
    // APIs newer than these (Duration, Clock) stay behind @available; AvailabilityTests checks it.
    platforms: [.macOS(.v10_15), .macCatalyst(.v13), .iOS(.v13), .tvOS(.v13), .watchOS(.v6), .visionOS(.v1)],
    products: [
        .executable(name: "sdkgen", targets: ["sdkgen"]),
        .library(name: "SDKGenRuntime", targets: ["SDKGenRuntime"]),
        .library(name: "KalshiAPI", targets: ["KalshiAPI", "KalshiRealtime"]),
        .plugin(name: "SDKGenPlugin", targets: ["SDKGenPlugin"]),
        .plugin(name: "GenerateSDK", targets: ["GenerateSDK"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // Tests only: the end-to-end test drives the Kalshi client through URLSessionTransport.
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.0.0"),
    ],
    targets: [
        // libyaml, the system library (`apt install libyaml-dev`, `brew install libyaml`).
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The generator: YAML -> Spec -> IR -> rendered files, in memory. No file-system access.
        .target(
            name: "SDKGenCore",
            dependencies: ["CYAML"],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        // The file system at the edge: writing the output, the no-op record, reading template folders.
        .target(
            name: "SDKGenIO",
            dependencies: ["SDKGenCore"],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        // The mock server of `sdkgen mock`: requests checked against the spec, answers made from it.
        .target(
            name: "SDKGenMock",
            dependencies: ["SDKGenCore"],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        .executableTarget(
            name: "sdkgen",
            dependencies: [
                "SDKGenCore",
                "SDKGenIO",
                "SDKGenMock",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What generated code imports.
        .target(
            name: "SDKGenRuntime",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // The Kalshi Trade API SDK: generated at build time from spec/kalshi.yaml, plus request signing.
        .target(
            name: "KalshiAPI",
            dependencies: [
                "SDKGenRuntime",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            exclude: ["sdkgen.yaml"],
            plugins: ["SDKGenPlugin"]
        ),
        // Kalshi's WebSocket API: generated at build time from spec/kalshi-asyncapi.yaml, plus the
        // connection (commands, subscriptions, the live order book). Part of the KalshiAPI product.
        .target(
            name: "KalshiRealtime",
            dependencies: ["KalshiAPI", "SDKGenRuntime"],
            exclude: ["sdkgen.yaml"],
            plugins: ["SDKGenPlugin"]
        ),
        .plugin(
            name: "SDKGenPlugin",
            capability: .buildTool(),
            dependencies: ["sdkgen"]
        ),
        .plugin(
            name: "GenerateSDK",
            capability: .command(
                intent: .custom(verb: "generate-sdk", description: "Regenerate the SDK sources configured by sdkgen.yaml files into the package"),
                permissions: [.writeToPackageDirectory(reason: "Writes the generated SDK sources and docs for review")]
            ),
            dependencies: ["sdkgen"]
        ),
        .testTarget(
            name: "SDKGenCoreTests",
            dependencies: ["SDKGenCore", "SDKGenIO"]
        ),
        .testTarget(
            name: "SDKGenMockTests",
            dependencies: ["SDKGenMock", "SDKGenCore"]
        ),
        // The golden output of Tests/Fixtures/petstore, compiled so goldens stay valid Swift, and
        // exercised at run time by SDKGenRuntimeTests.
        .target(
            name: "GoldenPetstore",
            dependencies: ["SDKGenRuntime"],
            path: "Tests/Fixtures/petstore/Expected",
            exclude: ["docs"]
        ),
        // The golden output of Tests/Fixtures/hostile: spec text that tries to break out of the code.
        .target(
            name: "GoldenHostile",
            dependencies: ["SDKGenRuntime"],
            path: "Tests/Fixtures/hostile/Expected",
            exclude: ["docs"]
        ),
        // The override example of Templates/README.md: its golden output and the decoder it uses.
        .target(
            name: "GoldenOverride",
            dependencies: ["SDKGenRuntime"],
            path: "Tests/Fixtures/override",
            exclude: ["openapi.yaml", "Templates"],
            sources: ["Expected", "Support"]
        ),
        .testTarget(
            name: "SDKGenRuntimeTests",
            dependencies: [
                "SDKGenRuntime", "GoldenPetstore", "GoldenHostile", "GoldenOverride", "TestSupport", "SDKGenMock",
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
            ],
            resources: [.copy("Server")]
        ),
        // Starts the Python servers the end-to-end tests talk to; a loopback transport for generated servers.
        .target(
            name: "TestSupport",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "KalshiAPITests",
            dependencies: [
                "KalshiAPI", "KalshiRealtime", "TestSupport", "SDKGenCore", "SDKGenMock",
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
            ],
            resources: [.copy("Server")]
        ),
    ]
)

// The golden output of Tests/Fixtures/readme: the README's walkthrough spec (OAI's petstore), as the
// module its program imports.
package.targets.append(.target(name: "PetClient", dependencies: ["SDKGenRuntime"], path: "Tests/Fixtures/readme/Expected", exclude: ["docs"]))

// Tests/Fixtures/features: one small spec per feature, each golden compiled as a module of its own.
let featureFixtures = ["enums", "unions", "parameters", "bodies", "responses", "security", "defaults", "objects", "streaming", "pagination", "overrides", "idempotency"]
package.targets += featureFixtures.map { feature in
    .target(
        name: "GoldenFeature" + feature.prefix(1).uppercased() + feature.dropFirst(),
        dependencies: ["SDKGenRuntime"],
        path: "Tests/Fixtures/features/\(feature)/Expected",
        exclude: ["docs"]
    )
}
// Tests/Fixtures/asyncapi: AsyncAPI 3.1 documents (Kraken's, Gemini's), each golden compiled as a
// module of its own. Kalshi's WebSocket API is KalshiRealtime (Generated/Realtime is its golden).
let asyncFixtures = ["kraken", "gemini"]
package.targets += asyncFixtures.map { name in
    .target(
        name: "GoldenAsync" + name.prefix(1).uppercased() + name.dropFirst(),
        dependencies: ["SDKGenRuntime"],
        path: "Tests/Fixtures/asyncapi/\(name)",
        exclude: ["asyncapi.yaml", "Expected/docs"],
        sources: ["Expected"]
    )
}
if let runtimeTests = package.targets.first(where: { $0.name == "SDKGenRuntimeTests" }) {
    runtimeTests.dependencies += featureFixtures.map { .target(name: "GoldenFeature" + $0.prefix(1).uppercased() + $0.dropFirst()) }
    runtimeTests.dependencies += asyncFixtures.map { .target(name: "GoldenAsync" + $0.prefix(1).uppercased() + $0.dropFirst()) } + ["SDKGenCore", "KalshiRealtime"]
}

// Every example of the generated docs and every program of the README, compiled against the module
// it imports (Tests/DocExamples, extracted and kept current by DocExamplesTests).
let docExampleModules = ["KalshiAPI", "KalshiRealtime", "GoldenPetstore", "GoldenHostile", "PetClient"] + featureFixtures.map { "GoldenFeature" + $0.prefix(1).uppercased() + $0.dropFirst() }
    + asyncFixtures.map { "GoldenAsync" + $0.prefix(1).uppercased() + $0.dropFirst() }
package.targets.append(.target(
    name: "DocExamples",
    dependencies: docExampleModules.map { .target(name: $0) } + [.product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession")],
    path: "Tests/DocExamples",
    // A warning in an example (a deprecated call, an unused value) fails the build like an error.
    swiftSettings: [.unsafeFlags(["-warnings-as-errors"])]
))
if let kalshiTests = package.targets.first(where: { $0.name == "KalshiAPITests" }) {
    kalshiTests.dependencies.append("DocExamples")
}

// API documentation with DocC: `SDKGEN_DOCC=1 swift package generate-documentation --target KalshiAPI`.
// The DocC plugin is added only when asked for, so a clean build of the package never fetches it.
if Context.environment["SDKGEN_DOCC"] != nil {
    package.dependencies.append(.package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"))
}
