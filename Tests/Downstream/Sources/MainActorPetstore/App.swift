// In this target every declaration is MainActor unless it says otherwise (`.defaultIsolation`),
// as in an Xcode 26 app target; the generated SDK beside it is `nonisolated`.
final class PetListScreen {
    var names: [String] = []

    func load(from client: Client) async throws {
        names = try await client.pets.listPets(limit: 10).body.map(\.name)
    }
}
