// Every example of Tests/Fixtures/petstore/Expected/docs, extracted by DocExamplesTests and compiled by the DocExamples target.
// Do not edit: re-record with `RECORD_GOLDENS=1 swift test`.
import Foundation
import GoldenPetstore
import OpenAPIURLSession

enum GoldenPetstoreExamples {
    static func PetsApi_adoptPet() async throws {
        let client = Client(transport: URLSessionTransport(), credentials: ["bearerAuth": .bearer("your-token")])
        let result = try await client.pets.adoptPet(petId: 1)
        print(result)
    }

    static func PetsApi_createPet() async throws {
        let client = Client(transport: URLSessionTransport(), credentials: ["bearerAuth": .bearer("your-token")])
        let result = try await client.pets.createPet(NewPet(name: "name"))
        print(result)
    }

    @available(*, deprecated)
    static func PetsApi_deletePet() async throws {
        let client = Client(transport: URLSessionTransport(), credentials: ["bearerAuth": .bearer("your-token")])
        try await client.pets.deletePet(petId: 1)
    }

    static func PetsApi_getPetsPetID() async throws {
        let client = Client(transport: URLSessionTransport(), credentials: ["bearerAuth": .bearer("your-token")])
        let result = try await client.pets.getPetsPetID(petId: 1)
        print(result)
    }

    static func PetsApi_listPets() async throws {
        let client = Client(transport: URLSessionTransport(), credentials: ["bearerAuth": .bearer("your-token")])
        let result = try await client.pets.listPets()
        print(result)
    }

    static func PetsApi_updatePetWithForm() async throws {
        let client = Client(transport: URLSessionTransport(), credentials: ["bearerAuth": .bearer("your-token")])
        try await client.pets.updatePetWithForm(petId: 1, body: UpdatePetWithFormRequest())
    }

    static func PetsApi_uploadDocument() async throws {
        let client = Client(transport: URLSessionTransport(), credentials: ["bearerAuth": .bearer("your-token")])
        try await client.pets.uploadDocument(petId: 1, body: UploadDocumentRequest(file: Data()))
    }

    static func PetsApi_uploadPhoto() async throws {
        let client = Client(transport: URLSessionTransport(), credentials: ["bearerAuth": .bearer("your-token")])
        let result = try await client.pets.uploadPhoto(petId: 1, body: Data())
        print(result)
    }

    static func StoreApi_getInventory() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.store.getInventory()
        print(result)
    }
}
