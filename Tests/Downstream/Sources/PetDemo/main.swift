import Foundation
import PetClient

/// A transport that answers every request itself, so the demo needs no network.
struct CannedTransport: ClientTransport {
    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        let name = request.path ?? ""
        return (HTTPResponse(status: .ok, headerFields: [.contentType: "application/json"]), HTTPBody(#"{"name": "\#(name)"}"#))
    }
}

let client = Client(transport: CannedTransport())
let pet = try await client.pets.getPet(id: "rex/1")
print("downstream: \(pet.name)")
#if SDKGEN_ADDED_SCHEMA
let toy = Toy(label: "ball")
print("downstream: added schema \(toy.label) and tag \(type(of: client.toys))")
#endif
