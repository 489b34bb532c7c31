// Every example of Tests/Fixtures/readme/Expected/docs, extracted by DocExamplesTests and compiled by the DocExamples target.
// Do not edit: re-record with `RECORD_GOLDENS=1 swift test`.
import Foundation
import PetClient
import OpenAPIURLSession

enum PetClientExamples {
    static func PetsOperationsApi_createPets() async throws {
        let client = Client(transport: URLSessionTransport())
        try await client.pets.createPets(Pet(id: 1, name: "name"))
    }

    static func PetsOperationsApi_listPets() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.pets.listPets()
        print(result)
    }

    static func PetsOperationsApi_showPetById() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.pets.showPetById(petId: "petId")
        print(result)
    }
}
