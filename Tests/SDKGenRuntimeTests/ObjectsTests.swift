import Foundation
import GoldenFeatureObjects
import SDKGenRuntime
import Testing

/// Object shapes on the wire (Tests/Fixtures/features/objects).
@Suite struct ObjectsTests {
    /// `additionalProperties` in an `allOf` part: the other keys are kept and written back.
    @Test func otherKeysDeclaredInAnAllOfPartAreKept() throws {
        let sized = try decode(Sized.self, #"{"id":"a","size":2,"width":3,"depth":4}"#)
        #expect(sized == Sized(id: "a", size: 2, additionalProperties: ["width": 3, "depth": 4]))
        #expect(try jsonText(sized) == #"{"depth":4,"id":"a","size":2,"width":3}"#)
        #expect(throws: DecodingError.self) { try decode(Sized.self, #"{"id":"a","width":"wide"}"#) }
    }

    /// Both cases know every key of `{"id": ...}`; Locked lacks its required `reason`, so Plain,
    /// which lacks nothing required, is tried first.
    @Test func aCaseThatLacksARequiredKeyIsTriedLater() throws {
        #expect(try decode(Event.self, #"{"id":"1"}"#) == .plain(Plain(id: "1")))
        #expect(try jsonText(decode(Event.self, #"{"id":"1"}"#)) == #"{"id":"1"}"#)
        #expect(try decode(Event.self, #"{"id":"1","reason":null}"#) == .locked(Locked(id: "1")))
        #expect(try decode(Event.self, #"{"id":"1","reason":"spam"}"#) == .locked(Locked(id: "1", reason: "spam")))
        #expect(try decode(Event.self, #"{"id":"1","note":"n"}"#) == .plain(Plain(id: "1", note: "n")))
    }
}
