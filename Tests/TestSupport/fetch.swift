import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// GETs `url` and returns the body: what `URLSession.data(from:)` does, which Apple platforms have
/// only from macOS 12 and iOS 15 on (the package builds for macOS 10.15 and iOS 13).
public func fetch(_ url: URL) async throws -> Data {
    try await withCheckedThrowingContinuation { continuation in
        URLSession.shared.dataTask(with: url) { data, _, error in
            if let error {
                continuation.resume(throwing: error)
            } else {
                continuation.resume(returning: data ?? Data())
            }
        }.resume()
    }
}
