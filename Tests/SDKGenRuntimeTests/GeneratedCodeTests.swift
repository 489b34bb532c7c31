import Foundation
import GoldenPetstore
import SDKGenRuntime
import Testing

/// Behaviour of generated models (the petstore golden files) when decoding real JSON.
@Suite struct GeneratedCodeTests {
    @Test func enumsKeepUnknownValuesAndValuesAsWritten() throws {
        #expect(try decode([PetStatus].self, #"["available","on","yes","1.0","brand-new"]"#) == [.available, .on, .yes, ._10, .unknown("brand-new")])
        #expect(try decode([Priority].self, "[1, -1, 7]") == [._1, ._minus1, .unknown(7)])
        let encoded = try JSONCoding.encoder().encode([PetStatus.unknown("brand-new"), .default])
        #expect(String(decoding: encoded, as: UTF8.self) == #"["brand-new","default"]"#)
    }

    @Test func allOfFlattensAndKeywordsRoundTrip() throws {
        let json = #"{"name":"Rex","id":7,"self":"https://x/7","default":true,"born_at":"2024-01-02T03:04:05.5Z","owner":{"display_name":"Ann","priority":2},"attributes":{"a":[1]}}"#
        let pet = try decode(Pet.self, json)
        #expect(pet.name == "Rex" && pet.id == 7 && pet.self_ == "https://x/7" && pet.default == true)
        #expect(pet.bornAt == JSONCoding.parseDateTime("2024-01-02T03:04:05.500Z"))
        #expect(pet.owner?.priority == ._2)
        #expect(pet.attributes == ["a": .array([.integer(1)])])
        let again = try decode(Pet.self, jsonText(pet))
        #expect(again == pet)
    }

    @Test func unionsUseTheDiscriminatorFirst() throws {
        #expect(try decode(Animal.self, #"{"pet_type":"kitty","indoor":true}"#) == .cat(Cat(petType: "kitty", indoor: true)))
        #expect(try decode(Animal.self, #"{"pet_type":"Dog","bark_volume":3}"#) == .dog(Dog(petType: "Dog", barkVolume: 3)))
        #expect(try decode(IDOrName.self, "12") == .int(12))
        #expect(try decode(IDOrName.self, #""twelve""#) == .string("twelve"))
        #expect(try decode(IDOrName.self, "[1]") == .unknown(.array([.integer(1)])))
    }

    /// Without a matching discriminator value, an object is read as the case that knows the most
    /// of its keys; the first case that decodes would drop `bark_volume` (Cat ignores it).
    @Test func unionsPickTheObjectCaseThatKnowsTheKeys() throws {
        #expect(try decode(Animal.self, #"{"pet_type":"other","bark_volume":3}"#) == .dog(Dog(petType: "other", barkVolume: 3)))
        #expect(try decode(Animal.self, #"{"pet_type":"other","indoor":false}"#) == .cat(Cat(petType: "other", indoor: false)))
        #expect(try decode(Animal.self, #"{"pet_type":"other"}"#) == .cat(Cat(petType: "other")))
        #expect(try decode(Animal.self, #"{"pet_type":"other","color":"red"}"#) == .cat(Cat(petType: "other")))
        #expect(try decode(Animal.self, #"{"bark_volume":3}"#) == .unknown(.object(["bark_volume": .integer(3)])))
        let cases: [JSONCoding.ObjectCase] = [
            .init(keys: ["a"], required: []),
            .init(keys: ["a", "b"], required: []),
            .init(keys: ["a", "b", "c"], required: []),
            .init(keys: ["a", "b"], required: []),
            .init(keys: ["a", "b", "d"], required: ["d"]),
            .init(keys: ["a", "b", "c", "d"], required: ["d"]),
        ]
        #expect(JSONCoding.caseOrder(["a", "b", "c"], cases) == [2, 5, 1, 3, 4, 0])
    }

    /// `additionalProperties` beside declared properties: the other keys are kept and written back.
    @Test func otherPropertiesAreKept() throws {
        let label = try decode(Label.self, #"{"text":"hi","color":"red","size":[1]}"#)
        #expect(label == Label(text: "hi", additionalProperties: ["color": .string("red"), "size": .array([.integer(1)])]))
        #expect(try jsonText(label) == #"{"color":"red","size":[1],"text":"hi"}"#)
        let scores = try decode(Scores.self, #"{"name":"Ann","math":3}"#)
        #expect(scores.name == "Ann" && scores.additionalProperties == ["math": 3])
        #expect(throws: DecodingError.self) { try decode(Scores.self, #"{"name":"Ann","math":"three"}"#) }
        // A key a declared property has is written once, from the property.
        let clash = Scores(name: "Ann", additionalProperties: ["name": 1, "art": 2])
        #expect(try jsonText(clash) == #"{"art":2,"name":"Ann"}"#)
    }

    @Test func recursiveTypesDecodeAndOmitAbsentFields() throws {
        let node = try decode(TreeNode.self, #"{"value":"child","parent":{"value":"root"},"next":"leaf"}"#)
        #expect(node.parent?.value == "root")
        #expect(node.parent?.parent == nil)
        #expect(node.next == .string("leaf"))
        let encoded = try jsonText(node)
        #expect(encoded == #"{"next":"leaf","parent":{"value":"root"},"value":"child"}"#)
    }
}
