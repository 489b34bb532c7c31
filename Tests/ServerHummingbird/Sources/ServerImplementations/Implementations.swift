import Foundation
import KalshiAPI
import PetStoreAPI

// The implementations both server fixtures serve (Hummingbird here, Vapor in Tests/ServerVapor,
// which links this folder): the generated protocols, implemented as a user would.

/// The petstore, kept in memory.
public actor PetStore: PetStoreAPI.DefaultAPI {
    public init() {}

    private var pets: [Int64: PetStoreAPI.Pet] = [:]
    private var nextID: Int64 = 1

    public func addPet(_ body: NewPet) async throws -> PetStoreAPI.Pet {
        let pet = PetStoreAPI.Pet(name: body.name, tag: body.tag, id: nextID)
        pets[nextID] = pet
        nextID += 1
        return pet
    }

    public func deletePet(id: Int64) async throws {
        guard pets.removeValue(forKey: id) != nil else { throw HTTPStatusError(404) }
    }

    public func findPetByID(id: Int64) async throws -> PetStoreAPI.Pet {
        guard let pet = pets[id] else { throw FindPetByIDError.other(status: 404, ErrorModel(code: 404, message: "no pet \(id)")) }
        return pet
    }

    public func findPets(tags: [String]?, limit: Int32?) async throws -> [PetStoreAPI.Pet] {
        let all = pets.keys.sorted().compactMap { pets[$0] }.filter { pet in tags.map { $0.contains(pet.tag ?? "") } ?? true }
        return Array(all.prefix(Int(limit ?? Int32.max)))
    }
}

/// Kalshi's API-keys group, answered from memory: what a Kalshi test server serves.
public actor KalshiKeys: KalshiAPI.ApiKeysAPI {
    public init() {}

    private var keys: [ApiKey] = []

    public func createApiKey(_ body: CreateApiKeyRequest) async throws -> CreateApiKeyResponse {
        keys.append(ApiKey(apiKeyID: "key-\(keys.count)", name: body.name, scopes: body.scopes ?? []))
        return CreateApiKeyResponse(apiKeyID: "key-\(keys.count - 1)")
    }

    public func deleteApiKey(apiKey: String) async throws {
        guard keys.contains(where: { $0.apiKeyID == apiKey }) else { throw HTTPStatusError(404) }
        keys.removeAll { $0.apiKeyID == apiKey }
    }

    public func generateApiKey(_ body: GenerateApiKeyRequest) async throws -> GenerateApiKeyResponse {
        throw HTTPStatusError(501)
    }

    public func getApiKeys(fcmSubtraderID: String?) async throws -> GetApiKeysResponse {
        GetApiKeysResponse(apiKeys: keys)
    }
}

/// The middlewares in front of Kalshi's API keys: the signature check when the first argument
/// names a PEM file with the public key of `test-key`.
public func kalshiMiddlewares(_ arguments: [String]) throws -> [any ServerMiddleware] {
    guard arguments.count > 1 else { return [] }
    let pem = try String(contentsOfFile: arguments[1], encoding: .utf8)
    return [KalshiSignatureVerifier(publicKeys: ["test-key": try KalshiPublicKey(pem: pem)])]
}
