import Foundation
import HTTPTypes
import SDKGenRuntime
import Testing

@Suite struct RuntimeTests {
    @Test(arguments: [
        ("a/../b", "a%2F..%2Fb"),
        ("plain-id_1.x~", "plain-id_1.x~"),
        ("sp ace?&=#", "sp%20ace%3F%26%3D%23"),
        ("é", "%C3%A9"),
    ])
    func pathSegmentsAreFullyEncoded(input: String, expected: String) throws {
        #expect(try PathEncoder.segment(input) == expected)
    }

    @Test func pathStyles() throws {
        #expect(try PathEncoder.segment([3, 4]) == "3,4")
        #expect(try PathEncoder.segment([3, 4], style: .label) == ".3,4")
        #expect(try PathEncoder.segment([3, 4], style: .label, explode: true) == ".3.4")
        #expect(try PathEncoder.segment([3, 4], name: "id", style: .matrix) == ";id=3,4")
        #expect(try PathEncoder.segment([3, 4], name: "id", style: .matrix, explode: true) == ";id=3;id=4")
        #expect(try PathEncoder.segment(["role": "admin", "first": "Al"], style: .simple, explode: true) == "first=Al,role=admin")
    }

    @Test func queryEncoding() throws {
        var query = QueryEncoder()
        try query.append("limit", 5)
        try query.append("cursor", nil as String?)
        try query.append("tags", ["a b", "c"])
        try query.append("ids", [1, 2], explode: false)
        try query.append("x&y", "1=2")
        try query.append("space", ["a", "b"], style: .spaceDelimited)
        try query.append("pipe", ["a", "b"], style: .pipeDelimited)
        try query.append("created", ["gt": 1, "lte": 5], style: .deepObject)
        try query.append("point", ["x": 1, "y": 2])
        try query.append("when", JSONCoding.parseDateTime("2024-01-02T03:04:05Z"))
        try query.append("flag", true)
        try query.append("filter", ["a": [1]], style: .json)
        #expect(query.string == "?limit=5&tags=a%20b&tags=c&ids=1,2&x%26y=1%3D2&space=a%20b&pipe=a%7Cb&created%5Bgt%5D=1&created%5Blte%5D=5&x=1&y=2&when=2024-01-02T03%3A04%3A05Z&flag=true&filter=%7B%22a%22%3A%5B1%5D%7D")
        #expect(QueryEncoder().string == "")
    }

    @Test func cookies() throws {
        var request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/")
        try request.addCookie("session", "a b")
        try request.addCookie("ids", [1, 2])
        #expect(request.headerFields[.cookie] == "session=a%20b; ids=1,2")
    }

    @Test func headerValuesCannotAddHeaders() throws {
        var request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/")
        try request.setHeader("X-Trace", "abc")
        #expect(request.headerFields[HTTPField.Name("X-Trace")!] == "abc")
        #expect(throws: APIError.self) { try request.setHeader("X-Trace", "a\r\nInjected: 1") }
        #expect(throws: APIError.self) { try request.setHeader("Bad Name", "x") }
    }

    @Test func dateTimesWithAndWithoutFractionalSeconds() throws {
        let whole = try #require(JSONCoding.parseDateTime("2024-01-02T03:04:05Z"))
        let fractional = try #require(JSONCoding.parseDateTime("2024-01-02T03:04:05.250Z"))
        #expect(fractional.timeIntervalSince(whole) == 0.25)
        #expect(JSONCoding.formatDateTime(whole) == "2024-01-02T03:04:05Z")
        #expect(JSONCoding.formatDateTime(fractional) == "2024-01-02T03:04:05.250Z")
        #expect(JSONCoding.parseDateTime("yesterday") == nil)
    }

    @Test func jsonValueRoundTrips() throws {
        let text = #"{"a":[1,2.5,"x",true,null],"b":{"c":-3}}"#
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(value == .object(["a": .array([.integer(1), .number(2.5), .string("x"), .bool(true), .null]), "b": .object(["c": .integer(-3)])]))
        let encoded = try JSONCoding.encoder().encode(value)
        #expect(String(decoding: encoded, as: UTF8.self) == text)
    }

    @Test func authenticationNeverDescribesItsSecret() throws {
        let middleware = try HeaderAuthenticationMiddleware.bearer("s3cr3t-token")
        #expect(!String(describing: middleware).contains("s3cr3t"))
        #expect(!String(reflecting: middleware).contains("s3cr3t"))
        #expect(throws: APIError.self) { try HeaderAuthenticationMiddleware(headerName: "X-Key", value: "a\nb") }
    }

    @Test func errorDescriptionIsBounded() {
        let error = APIError(kind: .unexpectedStatus, operationID: "Op", status: 500, body: Data(repeating: UInt8(ascii: "x"), count: 10_000))
        #expect(error.description.hasPrefix("Op: unexpected status 500; body: "))
        #expect(error.description.count < 300)
    }
}
