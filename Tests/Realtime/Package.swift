// swift-tools-version: 6.1
// Kalshi's WebSocket client end to end on Linux: a WebSocketTransport on a real NIO WebSocket
// client (hummingbird-project/swift-websocket), driven against an independent Kalshi server in
// Python (server.py). A package of its own, so that NIO stays out of the main package's build.
import PackageDescription

let package = Package(
    name: "RealtimeCheck",
    // Platforms: swift-websocket 1.6.2 needs macOS 13, iOS 16 and tvOS 16 (Mac Catalyst 16 with
    // iOS 16, watchOS 9 with the Clock its client uses); visionOS is swift-sdkgen's.
    platforms: [.macOS(.v13), .macCatalyst(.v16), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    dependencies: [
        .package(name: "swift-sdkgen", path: "../.."),
        .package(url: "https://github.com/hummingbird-project/swift-websocket", exact: "1.6.2"),
    ],
    targets: [
        .target(
            name: "NIOWebSocketTransport",
            dependencies: [
                .product(name: "SDKGenRuntime", package: "swift-sdkgen"),
                .product(name: "WSClient", package: "swift-websocket"),
            ]
        ),
        .executableTarget(
            name: "RealtimeBench",
            dependencies: [
                "NIOWebSocketTransport",
                .product(name: "KalshiAPI", package: "swift-sdkgen"),
            ]
        ),
        .executableTarget(
            name: "RealtimeCheck",
            dependencies: [
                "NIOWebSocketTransport",
                .product(name: "KalshiAPI", package: "swift-sdkgen"),
            ]
        ),
    ]
)
