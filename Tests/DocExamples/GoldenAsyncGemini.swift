// Every example of Tests/Fixtures/asyncapi/gemini/Expected/docs, extracted by DocExamplesTests and compiled by the DocExamples target.
// Do not edit: re-record with `RECORD_GOLDENS=1 swift test`.
import Foundation
import GoldenAsyncGemini
import OpenAPIURLSession

enum GoldenAsyncGeminiExamples {
    static func MarketDataV1Channel_marketData() async throws {
        let frame = #"{"type":"update","eventId":36902233362,"timestamp":1619769673,"timestampms":1619769673527,"socket_sequence":661,"events":[{"type":"change","side":"bid","price":54350.40,"remaining":0.002,"delta":0.002,"reason":"place"}]}"#
        if case .marketData(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }
}
