import Foundation
import GoldenOverride
import SDKGenRuntime
import Testing

/// The override example of Templates/README.md at run time: the response is decoded by
/// `MyCoding.decoder` (dates as seconds since 1970), not by the runtime's JSON decoder
/// (RFC 3339 dates), which would reject this body.
@Suite struct OverrideExampleTests {
    @Test func responsesAreDecodedWithTheOverridingDecoder() async throws {
        let transport = CannedTransport(status: .ok, body: #"{"name": "launch", "at": 1700000000}"#)
        let event = try await Client(transport: transport).default.getEvent(id: "e1")
        #expect(event.name == "launch")
        #expect(event.at == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(transport.requests[0].0.path == "/events/e1")
    }
}
