import Foundation
import SDKGenRuntime
import Testing

/// The coding helpers generated structs call instead of synthesized `Codable`: every scalar type,
/// nested and optional values, and the errors and omissions synthesized coding has.
@Suite struct CodingHelperTests {
    /// Written the way Struct.mustache writes a struct.
    struct Sample: Codable, Equatable {
        var text: String
        var count: Int
        var flag: Bool
        var ratio: Double
        var big: Int64
        var small: Int32
        var single: Float
        var list: [String]
        var note: String?
        var nested: [String: JSONValue]?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: DynamicCodingKey.self)
            self.text = try container.field("text")
            self.count = try container.field("count")
            self.flag = try container.field("flag")
            self.ratio = try container.field("ratio")
            self.big = try container.field("big")
            self.small = try container.field("small")
            self.single = try container.field("single")
            self.list = try container.field("list")
            self.note = try container.fieldIfPresent("note")
            self.nested = try container.fieldIfPresent("nested")
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: DynamicCodingKey.self)
            try container.encodeField(self.text, "text")
            try container.encodeField(self.count, "count")
            try container.encodeField(self.flag, "flag")
            try container.encodeField(self.ratio, "ratio")
            try container.encodeField(self.big, "big")
            try container.encodeField(self.small, "small")
            try container.encodeField(self.single, "single")
            try container.encodeField(self.list, "list")
            try container.encodeFieldIfPresent(self.note, "note")
            try container.encodeFieldIfPresent(self.nested, "nested")
        }
    }

    static let full = #"{"big":9007199254740993,"count":-3,"flag":true,"list":["a","b"],"nested":{"k":[1,null]},"note":"hi","ratio":0.25,"single":1.5,"small":-7,"text":"t"}"#

    func decode(_ json: String) throws -> Sample {
        try JSONCoding.decoder().decode(Sample.self, from: Data(json.utf8))
    }

    @Test func everyScalarRoundTripsByteForByte() throws {
        let sample = try decode(Self.full)
        #expect(sample.text == "t" && sample.count == -3 && sample.flag && sample.ratio == 0.25)
        #expect(sample.big == 9_007_199_254_740_993 && sample.small == -7 && sample.single == 1.5)
        #expect(sample.list == ["a", "b"] && sample.note == "hi" && sample.nested == ["k": .array([.integer(1), .null])])
        #expect(try jsonText(sample) == Self.full)
    }

    @Test func absentOrNullOptionalsAreNilAndLeftOut() throws {
        let json = #"{"big":1,"count":1,"flag":false,"list":[],"note":null,"ratio":1,"single":1,"small":1,"text":""}"#
        let sample = try decode(json)
        #expect(sample.note == nil && sample.nested == nil)
        let encoded = try jsonText(sample)
        #expect(!encoded.contains("note") && !encoded.contains("nested"))
    }

    /// The coding path a decoding error points at, keys joined by `/`.
    func path(of error: any Error) -> String? {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context): return (context.codingPath + [key]).map(\.stringValue).joined(separator: "/")
        case .valueNotFound(_, let context), .typeMismatch(_, let context), .dataCorrupted(let context): return context.codingPath.map(\.stringValue).joined(separator: "/")
        default: return nil
        }
    }

    @Test(arguments: [
        (#"{"count":1}"#, "text"),
        (#"{"text":null,"count":1}"#, "text"),
        (#"{"text":"t","count":"1"}"#, "count"),
        (#"{"text":"t","count":1,"flag":true,"ratio":1,"big":1,"small":1}"#, "single"),
        (#"{"text":"t","count":1,"flag":true,"ratio":1,"big":1,"small":1,"single":1,"list":[1]}"#, "list/Index 0"),
    ])
    func wrongJSONNamesThePath(json: String, expected: String) throws {
        #expect(throws: DecodingError.self) { try decode(json) }
        do {
            _ = try decode(json)
        } catch {
            #expect(path(of: error) == expected, "\(error)")
        }
    }
}
