import Foundation
import SDKGenRuntime
import Testing

/// RFC 3339 `date-time` as servers send it: every offset, every year the format has, any
/// fraction; and formatting back in UTC.
@Suite struct DateTimeTests {
    static let accepted: [(text: String, utc: String)] = [
        ("2024-01-02T03:04:05Z", "2024-01-02T03:04:05Z"),
        ("2024-01-02t03:04:05z", "2024-01-02T03:04:05Z"),
        ("2024-01-02 03:04:05Z", "2024-01-02T03:04:05Z"),
        ("2024-01-02T03:04:05.5Z", "2024-01-02T03:04:05.500Z"),
        ("2024-01-02T03:04:05.123456Z", "2024-01-02T03:04:05.123456Z"),
        ("2024-01-02T03:04:05.123456789Z", "2024-01-02T03:04:05.123457Z"),
        ("2024-01-02T03:04:05+05:30", "2024-01-01T21:34:05Z"),
        ("2024-01-02T03:04:05-21:11", "2024-01-03T00:15:05Z"),
        ("2106-04-24T03:29:42.779+18:19", "2106-04-23T09:10:42.779Z"),
        ("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z"),
        ("9999-12-31T23:59:59Z", "9999-12-31T23:59:59Z"),
        ("2000-02-29T12:00:00Z", "2000-02-29T12:00:00Z"),
        ("1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z"),
        ("2016-12-31T23:59:60Z", "2017-01-01T00:00:00Z"),
        // Not RFC 3339, but sent by servers: no offset reads as UTC.
        ("2024-01-02T03:04:05", "2024-01-02T03:04:05Z"),
    ]

    @Test(arguments: accepted.map(\.text))
    func accepts(_ text: String) throws {
        let expected = try #require(Self.accepted.first { $0.text == text }?.utc)
        let date = try #require(JSONCoding.parseDateTime(text))
        #expect(JSONCoding.formatDateTime(date) == expected)
    }

    @Test(arguments: [
        "", "yesterday", "2024-1-02T03:04:05Z", "2024-13-02T03:04:05Z", "2024-02-30T03:04:05Z", "1900-02-29T00:00:00Z",
        "2024-01-02T24:00:00Z", "2024-01-02T03:60:00Z", "2024-01-02T03:04:61Z", "2024-01-02T03:04:05.Z",
        "2024-01-02T03:04:05+0530", "2024-01-02T03:04:05+24:00", "2024-01-02T03:04:05Z ", "2024-01-02",
    ])
    func refuses(_ text: String) {
        #expect(JSONCoding.parseDateTime(text) == nil)
    }

    /// RFC 3339 (like ISO 8601 and Python's `datetime`) counts in the proleptic Gregorian calendar,
    /// all the way back to year 1.
    @Test func earlyYearsAreProlepticGregorian() throws {
        #expect(JSONCoding.parseDateTime("0001-01-01T00:00:00Z")?.timeIntervalSince1970 == -62_135_596_800)
        #expect(JSONCoding.parseDateTime("1582-10-04T00:00:00Z")?.timeIntervalSince1970 == -12_220_243_200)
    }

    /// The calendar arithmetic agrees with Foundation's ISO 8601 formatter on whole seconds from
    /// 1583 to 9999 (before the Gregorian reform of October 1582, Foundation counts Julian days).
    @Test func agreesWithFoundationAcrossTheYears() throws {
        let first: Int64 = -12_212_553_600, last: Int64 = 253_402_300_799
        let iso8601 = ISO8601DateFormatter()
        // 2,000 instants spread over the range, each at a different time of day.
        for seconds in stride(from: first, through: last, by: Int((last - first) / 2000 + 7_919)) {
            let date = Date(timeIntervalSince1970: Double(seconds))
            let expected = iso8601.string(from: date)
            #expect(JSONCoding.formatDateTime(date) == expected, "\(seconds)")
            #expect(JSONCoding.parseDateTime(expected) == date)
        }
    }
}
