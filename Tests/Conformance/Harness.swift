// The conformance harness: built with a generated SDK (`sdkgen generate --schema-registry`) by
// Tests/Conformance/roundtrip-check. Reads lines `pointer<TAB>json` on standard input; for each,
// decodes the JSON as the Swift type of the schema at that pointer, encodes the value again, and
// prints `ok<TAB>json` or `error<TAB>message`, one line per input line. `--list` prints the
// pointers the SDK has types for.
import Foundation
import SDK
import SDKGenRuntime

func roundTrip<T: Codable>(_ type: T.Type, _ json: Data) throws -> Data {
    let value = try JSONCoding.decoder().decode(T.self, from: json)
    return try JSONCoding.encoder().encode(value)
}

if CommandLine.arguments.contains("--list") {
    for pointer in SchemaRegistry.pointers { print(pointer) }
    exit(0)
}

while let line = readLine(strippingNewline: true) {
    guard let tab = line.firstIndex(of: "\t") else {
        print("error\tno tab in the input line")
        continue
    }
    let pointer = String(line[..<tab])
    let json = Data(line[line.index(after: tab)...].utf8)
    guard let type = SchemaRegistry.type(at: pointer) else {
        print("error\tno type for \(pointer)")
        continue
    }
    do {
        let encoded = try roundTrip(type, json)
        print("ok\t" + String(decoding: encoded, as: UTF8.self))
    } catch {
        // One line, whatever the message quotes.
        let message = String(String(describing: error).unicodeScalars.map { $0.value < 0x20 ? " " : Character($0) })
        print("error\t" + message)
    }
}
