// Every example of README.md, extracted by DocExamplesTests and compiled by the DocExamples target.
// Do not edit: re-record with `RECORD_GOLDENS=1 swift test`.
import Foundation
import PetClient
import OpenAPIURLSession

enum ReadmePetClientExamples {
    static func program_PetApp() async throws {
        let client = Client(serverURL: URL(string: "https://petstore.example.com/v1")!, transport: URLSessionTransport())
        // listPets documents a response header (x-next), so it returns the body and the headers.
        let (pets, headers) = try await client.pets.listPets(limit: 10)
        print(pets.map(\.name), headers.xNext ?? "no more pages")
    }
}
