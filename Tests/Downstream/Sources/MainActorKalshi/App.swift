// In this target every declaration is MainActor unless it says otherwise (`.defaultIsolation`),
// as in an Xcode 26 app target; the generated SDK beside it is `nonisolated`.
final class PortfolioScreen {
    var balance: Int64 = 0

    func refresh(with client: Client) async throws {
        balance = try await client.portfolio.getBalance().balance
    }
}
