import Foundation
import GoldenFeatureDefaults
import SDKGenRuntime
import Testing

/// Schema defaults and nulls on the wire (Tests/Fixtures/features/defaults).
@Suite struct DefaultsTests {
    @Test func absentPropertiesDecodeToTheirDefaults() throws {
        let settings = try JSONCoding.decoder().decode(Settings.self, from: Data(#"{"name":"n","note":null}"#.utf8))
        #expect(settings.limit == 100)
        #expect(settings.ratio == 0.5)
        #expect(settings.enabled == true)
        #expect(settings.label == #"say "hi""#)
        #expect(settings.mode == .safe)
        #expect(settings.level == ._2)
        #expect(settings.inline == .off)
        #expect(settings.retries == 3)
        // No default where Swift has no literal for it, or the schema allows null.
        #expect(settings.comment == nil && settings.since == nil && settings.tags == nil && settings.count == nil)
    }

    @Test func presentValuesWinOverDefaults() throws {
        let settings = try JSONCoding.decoder().decode(Settings.self, from: Data(#"{"name":"n","limit":7,"mode":"fast","enabled":false,"retries":1,"note":"x"}"#.utf8))
        #expect(settings.limit == 7 && settings.mode == .fast && settings.enabled == false && settings.retries == 1 && settings.note == "x")
    }

    @Test func theInitializerTakesTheDefaultsAndARequiredNullIsWritten() throws {
        let settings = Settings(name: "n")
        #expect(settings.limit == 100 && settings.mode == .safe && settings.retries == 3)
        let json = try jsonText(settings)
        // `note` is required and nullable: null is sent; `comment` is optional: left out.
        #expect(json == #"{"enabled":true,"inline":"off","label":"say \"hi\"","level":2,"limit":100,"mode":"safe","name":"n","note":null,"ratio":0.5,"retries":3}"#)
    }
}
