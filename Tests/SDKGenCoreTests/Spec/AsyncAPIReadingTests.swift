import SDKGenCore
import Testing

/// How sdkgen reads an AsyncAPI document: versions, servers by protocol, operations and their
/// references, each with its exact message.
@Suite struct AsyncAPIReadingTests {
    static let channels = """
    channels:
      feed:
        address: /feed
        messages:
          tick:
            payload:
              type: object
              properties:
                type: {const: tick}
    operations:
      receiveTick:
        action: send
        channel: {$ref: '#/channels/feed'}
    """

    static func messages(_ yaml: String) -> [String] {
        let sink = DiagnosticSink()
        _ = buildModel(spec: Array(yaml.utf8), specName: "doc.yaml", diagnostics: sink)
        return sink.diagnostics.map(\.description)
    }

    @Test(arguments: [
        ("asyncapi: 2.6.0\ninfo: {title: T, version: '1'}\nchannels: {}\n",
         ["doc.yaml:1:11: error: AsyncAPI 2.6.0 is not supported; sdkgen reads AsyncAPI 3.0 and 3.1. Convert the document first (AsyncAPI CLI: `asyncapi convert <file> --target-version=3.0.0`) (at '#/asyncapi')"]),
        ("asyncapi: 4.0.0\ninfo: {title: T, version: '1'}\n",
         ["doc.yaml:1:11: error: unsupported AsyncAPI version '4.0.0'; sdkgen reads 3.0.x and 3.1.x (at '#/asyncapi')"]),
        ("asyncapi: 3.0.0\ninfo: {title: T, version: '1'}\nservers:\n  broker: {host: mq.example.com, protocol: mqtt}\n" + channels,
         ["doc.yaml:4:44: warning: server 'broker' uses the protocol 'mqtt', not WebSocket (ws or wss); sdkgen generates WebSocket clients only, so nothing is generated for it (at '#/servers/broker/protocol')",
          "doc.yaml:4:3: error: the document has no WebSocket server: broker (mqtt); sdkgen generates clients for servers whose protocol is ws or wss (at '#/servers')"]),
        ("asyncapi: 3.0.0\ninfo: {title: T, version: '1'}\nservers:\n  live: {host: ws.example.com, pathname: /v1, protocol: wss}\n  broker: {host: mq.example.com, protocol: kafka}\n" + channels,
         ["doc.yaml:5:44: warning: server 'broker' uses the protocol 'kafka', not WebSocket (ws or wss); sdkgen generates WebSocket clients only, so nothing is generated for it (at '#/servers/broker/protocol')"]),
        ("asyncapi: 3.1.0\ninfo: {title: T, version: '1'}\n" + channels.replacingOccurrences(of: "action: send", with: "action: publish"),
         ["doc.yaml:14:13: error: an operation's action is 'send' or 'receive', not 'publish' (at '#/operations/receiveTick/action')"]),
        ("asyncapi: 3.1.0\ninfo: {title: T, version: '1'}\n" + channels.replacingOccurrences(of: "'#/channels/feed'", with: "'#/channels/missing'"),
         ["doc.yaml:15:14: error: '$ref' target '#/channels/missing' does not exist: 'doc.yaml' has no node at '#/channels/missing' (at '#/operations/receiveTick/channel')"]),
    ] as [(String, [String])])
    func readsTheDocument(yaml: String, expected: [String]) {
        #expect(Self.messages(yaml) == expected)
    }

    /// The WebSocket server keeps its key as its name; the `send` operation's message is the server's.
    @Test func serversAndSidesAreRead() throws {
        let yaml = "asyncapi: 3.0.0\ninfo: {title: T, version: '1'}\nservers:\n  live: {host: ws.example.com, pathname: /v1, protocol: wss}\n" + Self.channels
        let model = try #require(buildModel(spec: Array(yaml.utf8), specName: "doc.yaml", diagnostics: DiagnosticSink()))
        #expect(model.servers.map { "\($0.swiftName) \($0.url)" } == ["live wss://ws.example.com/v1"])
        let messaging = try #require(model.messaging)
        #expect(messaging.server.discriminator == "type")
        #expect(messaging.server.messages.map { "\($0.caseName) \($0.type ?? "-") \($0.tag ?? "-")" } == ["tick TickPayload tick"])
        #expect(messaging.client.messages.isEmpty)
    }
}
