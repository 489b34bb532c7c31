import Foundation
import SDKGenRuntime

/// `json` decoded as a `T`, with the decoder generated code uses.
func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
    try JSONCoding.decoder().decode(type, from: Data(json.utf8))
}

/// `value` as the JSON text generated code writes (keys sorted).
func jsonText(_ value: some Encodable) throws -> String {
    String(decoding: try JSONCoding.encoder().encode(value), as: UTF8.self)
}
