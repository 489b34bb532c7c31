// Every example of Tests/Fixtures/asyncapi/kraken/Expected/docs, extracted by DocExamplesTests and compiled by the DocExamples target.
// Do not edit: re-record with `RECORD_GOLDENS=1 swift test`.
import Foundation
import GoldenAsyncKraken
import OpenAPIURLSession

enum GoldenAsyncKrakenExamples {
    static func CurrencyInfoChannel_subscriptionStatus() async throws {
        let frame = #"{"channelID":10001,"channelName":"ohlc-5","event":"subscriptionStatus","pair":"XBT/EUR","reqid":42,"status":"unsubscribed","subscription":{"interval":5,"name":"ohlc"}}"#
        if case .subscriptionStatus(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }
}
