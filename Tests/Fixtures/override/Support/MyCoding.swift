import Foundation

// The decoder of Templates/README.md's override example; Templates/DecodeBody.mustache uses it.
enum MyCoding {
    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }()
}
