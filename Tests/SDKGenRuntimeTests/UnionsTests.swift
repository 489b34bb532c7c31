import Foundation
import GoldenFeatureUnions
import SDKGenRuntime
import Testing

/// Union decoding (Tests/Fixtures/features/unions).
@Suite struct UnionsTests {
    /// Both message cases know every key and share `type: message`; only `role`, whose enum each
    /// case's schema fixes to one value, tells them apart. A role neither lists (a newer one) still
    /// decodes, as the first case, with the role kept.
    @Test(arguments: [
        (#"{"type":"message","role":"system","text":"hi"}"#, "system"),
        (#"{"type":"message","role":"assistant","text":"hi"}"#, "assistant"),
        (#"{"type":"message","role":"assistant","text":"hi","audio":"AA=="}"#, "assistant"),
        (#"{"type":"message","role":"user","text":"hi"}"#, "system"),
        (#"{"type":"message","role":1,"text":"hi"}"#, "unknown"),
    ])
    func anEnumPropertyPicksTheCase(json: String, expected: String) throws {
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

    /// A case that takes any value keeps what no link object names; one that names every key wins.
    @Test(arguments: [
        (#"{"next":"n"}"#, "forward"),
        (#"{"prev":"p"}"#, "backward"),
        (#"{"first":"f","next":"n"}"#, "any"),
        (#"{}"#, "forward"),
    ])
    func aCaseThatKeepsAnyKeyRanksByWhatOthersWouldDrop(json: String, expected: String) throws {
        let pages = try decode(Pages.self, json)
        let decoded: String
        switch pages {
        case .forward: decoded = "forward"
        case .backward: decoded = "backward"
        case .jsonValue: decoded = "any"
        case .unknown: decoded = "unknown"
        }
        #expect(decoded == expected)
        #expect(try jsonText(pages) == jsonText(decode(JSONValue.self, json)))
    }

    /// Without a decoder to read values, enums do not rank, and keys alone decide.
    @Test func withoutValuesKeysAloneRank() {
        let cases = [JSONCoding.ObjectCase(keys: ["a"], required: []), JSONCoding.ObjectCase(keys: ["a", "b"], required: [], enums: ["b": ["x"]])]
        #expect(JSONCoding.caseOrder(["a", "b"], cases) == [1, 0])
    }

    /// A case that keeps any key has none unknown, and goes after a case that names them all.
    @Test func aCaseThatKeepsAnyKeyGoesAfterAnExactOne() {
        let cases = [JSONCoding.ObjectCase(keys: [], required: [], keepsOtherKeys: true), JSONCoding.ObjectCase(keys: ["a"], required: [])]
        #expect(JSONCoding.caseOrder(["a"], cases) == [1, 0])
        #expect(JSONCoding.caseOrder(["a", "z"], cases) == [0, 1])
        #expect(JSONCoding.caseOrder([], cases) == [1, 0])
    }
}
