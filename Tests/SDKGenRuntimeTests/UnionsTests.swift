import Foundation
import GoldenFeatureUnions
import SDKGenRuntime
import Testing

/// Union decoding (Tests/Fixtures/features/unions).
@Suite struct UnionsTests {
    /// Both message cases know every key and share `type: message`; only `role`, which each case's
    /// schema fixes to one value, tells them apart.
    @Test(arguments: [
        (#"{"type":"message","role":"system","text":"hi"}"#, "system"),
        (#"{"type":"message","role":"assistant","text":"hi"}"#, "assistant"),
        (#"{"type":"message","role":"assistant","text":"hi","audio":"AA=="}"#, "assistant"),
        (#"{"type":"message","role":"user","text":"hi"}"#, "unknown"),
        (#"{"type":"message","role":1,"text":"hi"}"#, "unknown"),
    ])
    func aConstantPropertyPicksTheCase(json: String, expected: String) throws {
        let message = try decode(Message.self, json)
        let decoded: String
        switch message {
        case .systemMessage: decoded = "system"
        case .assistantMessage: decoded = "assistant"
        case .unknown: decoded = "unknown"
        }
        #expect(decoded == expected)
        #expect(try jsonText(message) == jsonText(decode(JSONValue.self, json)))
    }

    /// Without constants, the ranking alone decides, as before.
    @Test func casesWithoutConstantsAreAllTried() {
        let cases = [JSONCoding.ObjectCase(keys: ["a"], required: []), JSONCoding.ObjectCase(keys: ["a", "b"], required: [], constants: ["b": "x"])]
        #expect(JSONCoding.caseOrder(["a", "b"], cases) == [1, 0])
    }
}
