import Foundation
import GoldenAsyncGemini
import GoldenAsyncKraken
import KalshiRealtime
import SDKGenCore
import SDKGenRuntime
import Testing

/// Every example message of an AsyncAPI document decodes into its own case of the generated
/// `ServerMessage` or `ClientMessage` and encodes back to an equal JSON value.
@Suite struct AsyncAPIMessageTests {
    struct Example {
        var key: String
        var caseName: String
        var fromServer: Bool
        var name: String?
        var json: String
    }

    /// A document by its folder in `Tests/Fixtures/asyncapi`, or "kalshi": `spec/kalshi-asyncapi.yaml`.
    static func document(_ folder: String) -> URL {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        return folder == "kalshi" ? tests.deletingLastPathComponent().appendingPathComponent("spec/kalshi-asyncapi.yaml")
            : tests.appendingPathComponent("Fixtures/asyncapi/\(folder)/asyncapi.yaml")
    }

    /// The examples of a document, with the case each must decode as.
    static func examples(_ folder: String) throws -> [Example] {
        let url = document(folder)
        let bytes = try [UInt8](Data(contentsOf: url))
        let model = try #require(buildModel(spec: bytes, specName: "asyncapi.yaml", diagnostics: DiagnosticSink()))
        let messaging = try #require(model.messaging)
        var examples: [Example] = []
        for (set, fromServer) in [(messaging.server, true), (messaging.client, false)] {
            for message in set.messages {
                for example in message.examples {
                    examples.append(Example(key: message.key, caseName: SwiftName.bare(message.caseName), fromServer: fromServer, name: example.name, json: example.json))
                }
            }
        }
        return examples
    }

    /// Property name -> the `default`s the document gives it: a model fills an absent property
    /// with its default and sends it, as `roundtrip-check` allows for REST models.
    static func defaults(_ folder: String) throws -> [String: Set<String>] {
        let url = document(folder)
        let sink = DiagnosticSink()
        let document = try #require(bundledDocument(specs: [([UInt8](Data(contentsOf: url)), "asyncapi.yaml")], diagnostics: sink))
        let spec = try #require(decodeSpec(document, diagnostics: sink))
        var found: [String: Set<String>] = [:]
        func walk(_ schema: Schema) {
            for (name, property) in schema.properties {
                if let value = property.defaultValue?.text { found[name, default: []].insert(value) }
                walk(property)
            }
            if let items = schema.items { walk(items.value) }
            (schema.allOf + schema.oneOf + schema.anyOf).forEach(walk)
        }
        spec.components.schemas.forEach { walk($0.schema) }
        return found
    }

    /// Whether `encoded` is `original`, but for properties absent from `original` that carry
    /// their default.
    static func equal(_ original: JSONValue, _ encoded: JSONValue, defaults: [String: Set<String>]) -> Bool {
        switch (original, encoded) {
        case (.object(let a), .object(let b)):
            for (key, value) in b where a[key] == nil {
                let text: String
                switch value {
                case .bool(let flag): text = flag ? "true" : "false"
                case .string(let string): text = string
                case .integer(let number): text = String(number)
                default: return false
                }
                guard defaults[key]?.contains(text) == true else { return false }
            }
            return a.allSatisfy { key, value in b[key].map { equal(value, $0, defaults: defaults) } ?? false }
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { equal($0, $1, defaults: defaults) }
        default:
            return original == encoded
        }
    }

    /// The examples that do not decode as their own message or do not encode back equal.
    func failures<Server: Codable, Client: Codable>(_ folder: String, _ server: Server.Type, _ client: Client.Type) throws -> (checked: Int, failed: [String]) {
        let examples = try Self.examples(folder)
        let defaults = try Self.defaults(folder)
        var failed: [String] = []
        for example in examples {
            let data = Data(example.json.utf8)
            let label: String?
            let encoded: Data
            do {
                if example.fromServer {
                    let message = try JSONCoding.decoder().decode(Server.self, from: data)
                    label = Mirror(reflecting: message).children.first?.label
                    encoded = try JSONCoding.encoder().encode(message)
                } else {
                    let message = try JSONCoding.decoder().decode(Client.self, from: data)
                    label = Mirror(reflecting: message).children.first?.label
                    encoded = try JSONCoding.encoder().encode(message)
                }
            } catch {
                failed.append("\(example.key) \(example.name ?? ""): \(error)")
                continue
            }
            if label != example.caseName { failed.append("\(example.key) \(example.name ?? ""): decoded as .\(label ?? "?")") }
            let original = try JSONDecoder().decode(JSONValue.self, from: data)
            let again = try JSONDecoder().decode(JSONValue.self, from: encoded)
            if !Self.equal(original, again, defaults: defaults) { failed.append("\(example.key) \(example.name ?? ""): encoded as \(String(decoding: encoded, as: UTF8.self))") }
        }
        return (examples.count, failed)
    }

    @Test func kalshisExamplesRoundTrip() throws {
        let result = try failures("kalshi", KalshiRealtime.ServerMessage.self, KalshiRealtime.ClientMessage.self)
        #expect(result.checked == 62)  // 63 JSON examples; updateSubscriptionGetSnapshotCommand is in no operation
        #expect(result.failed == [])
    }

    @Test func krakensExamplesRoundTrip() throws {
        let result = try failures("kraken", GoldenAsyncKraken.ServerMessage.self, GoldenAsyncKraken.ClientMessage.self)
        #expect(result.checked == 2)
        #expect(result.failed == [])
    }

    @Test func geminisExamplesRoundTrip() throws {
        let result = try failures("gemini", GoldenAsyncGemini.ServerMessage.self, GoldenAsyncGemini.ClientMessage.self)
        #expect(result.checked == 2)
        #expect(result.failed == [])
    }

    /// A message type the server adds later keeps its JSON; a known type with the wrong shape is
    /// a decoding error, not a silent `.unknown`.
    @Test func anUnknownTypeKeepsItsJSONAndABadShapeThrows() throws {
        let added = #"{"type":"market_halted","sid":3,"msg":{"ticker":"FED"}}"#
        let message = try JSONCoding.decoder().decode(KalshiRealtime.ServerMessage.self, from: Data(added.utf8))
        guard case .unknown(let json) = message else {
            Issue.record("decoded as \(message)")
            return
        }
        #expect(json == .object(["type": .string("market_halted"), "sid": .integer(3), "msg": .object(["ticker": .string("FED")])]))
        #expect(String(decoding: try JSONCoding.encoder().encode(message), as: UTF8.self) == #"{"msg":{"ticker":"FED"},"sid":3,"type":"market_halted"}"#)
        #expect(throws: DecodingError.self) {
            try JSONCoding.decoder().decode(KalshiRealtime.ServerMessage.self, from: Data(#"{"type":"orderbook_delta","sid":"x"}"#.utf8))
        }
    }

    /// The README's example frame ("Real time: AsyncAPI").
    @Test func theReadmesFrameDecodes() throws {
        let frame = #"{"type":"orderbook_delta","sid":2,"seq":3,"msg":{"market_ticker":"FED-23DEC-T3.00","market_id":"m-1","price_dollars":"0.960","delta_fp":"-54.00","side":"yes"}}"#
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("let frame = " + "#\"" + frame.dropFirst(0) + "\"#"))
        guard case .orderbookDelta(let delta) = try JSONCoding.decoder().decode(KalshiRealtime.ServerMessage.self, from: Data(frame.utf8)) else {
            Issue.record("not decoded as an orderbook delta")
            return
        }
        #expect(delta.seq == 3)
        #expect(delta.msg.marketTicker == "FED-23DEC-T3.00")
        #expect(delta.msg.deltaFp == "-54.00")
    }
}
