import Foundation
import Hummingbird
import KalshiAPI
import OpenAPIHummingbird
import PetStoreAPI

/// The petstore, kept in memory.
actor PetStore: PetStoreAPI.DefaultAPI {
    var pets: [Int64: PetStoreAPI.Pet] = [:]
    var nextID: Int64 = 1

    func addPet(_ body: NewPet) async throws -> PetStoreAPI.Pet {
        let pet = PetStoreAPI.Pet(name: body.name, tag: body.tag, id: nextID)
        pets[nextID] = pet
        nextID += 1
        return pet
    }

    func deletePet(id: Int64) async throws {
        guard pets.removeValue(forKey: id) != nil else { throw HTTPStatusError(404) }
    }

    func findPetByID(id: Int64) async throws -> PetStoreAPI.Pet {
        guard let pet = pets[id] else { throw try HTTPStatusError(404, body: ErrorModel(code: 404, message: "no pet \(id)")) }
        return pet
    }

    func findPets(tags: [String]?, limit: Int32?) async throws -> [PetStoreAPI.Pet] {
        let all = pets.keys.sorted().compactMap { pets[$0] }.filter { pet in tags.map { $0.contains(pet.tag ?? "") } ?? true }
        return Array(all.prefix(Int(limit ?? Int32.max)))
    }
}

/// Kalshi's API-keys group, answered from memory: what a Kalshi test server serves.
actor KalshiKeys: KalshiAPI.ApiKeysAPI {
    var keys: [ApiKey] = []

    func createApiKey(_ body: CreateApiKeyRequest) async throws -> CreateApiKeyResponse {
        keys.append(ApiKey(apiKeyID: "key-\(keys.count)", name: body.name, scopes: body.scopes ?? []))
        return CreateApiKeyResponse(apiKeyID: "key-\(keys.count - 1)")
    }

    func deleteApiKey(apiKey: String) async throws {
        guard keys.contains(where: { $0.apiKeyID == apiKey }) else { throw HTTPStatusError(404) }
        keys.removeAll { $0.apiKeyID == apiKey }
    }

    func generateApiKey(_ body: GenerateApiKeyRequest) async throws -> GenerateApiKeyResponse {
        throw HTTPStatusError(501)
    }

    func getApiKeys(fcmSubtraderID: String?) async throws -> GetApiKeysResponse {
        GetApiKeysResponse(apiKeys: keys)
    }
}

// Usage: PetStoreServer [KALSHI_PUBLIC_KEY_PEM_FILE]. Listens on 127.0.0.1 on a free port and
// prints `listening on PORT` once it is ready.
let router = Router()
try PetStore().registerHandlers(on: router, serverURL: URL(string: "/v2")!)
var kalshiMiddlewares: [any ServerMiddleware] = []
if CommandLine.arguments.count > 1 {
    let pem = try String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8)
    kalshiMiddlewares.append(KalshiSignatureVerifier(publicKeys: ["test-key": try KalshiPublicKey(pem: pem)]))
}
try KalshiKeys().registerHandlers(on: router, serverURL: URL(string: "/trade-api/v2")!, middlewares: kalshiMiddlewares)
let app = Application(
    router: router,
    configuration: .init(address: .hostname("127.0.0.1", port: 0)),
    onServerRunning: { channel in
        // Unbuffered, so the check script sees it at once.
        FileHandle.standardOutput.write(Data("listening on \(channel.localAddress?.port ?? 0)\n".utf8))
    }
)
try await app.runService()
