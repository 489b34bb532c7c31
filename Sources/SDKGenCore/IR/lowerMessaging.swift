/// The messages of an AsyncAPI document, split by the side that sends them.
///
/// Kalshi's, Kraken's and Gemini's documents describe the server: an operation whose action is
/// `send` is a message the server sends, `receive` one the client sends (and the reply of a
/// `receive` is the server's again). `messaging.describes: client` in `sdkgen.yaml` reads a
/// document written from the client's side.
extension Lowering {
    func lowerMessaging(_ messaging: Messaging) -> IRMessaging {
        let byKey = Dictionary(messaging.messages.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let serverSends = configuration.messaging.describes == "client" ? "receive" : "send"
        var fromServer: [String] = []
        var fromClient: [String] = []
        func add(_ keys: [String], to list: inout [String]) {
            for key in keys where !list.contains(key) { list.append(key) }
        }
        for operation in messaging.operations {
            if operation.action == serverSends {
                add(operation.messages, to: &fromServer)
            } else {
                add(operation.messages, to: &fromClient)
                if let reply = operation.replyMessages { add(reply, to: &fromServer) }
            }
        }
        let server = messageSet(fromServer.compactMap { byKey[$0] }, discriminator: configuration.messaging.serverDiscriminator)
        let client = messageSet(fromClient.compactMap { byKey[$0] }, discriminator: configuration.messaging.clientDiscriminator)
        // A message folded into another's case (same payload and constant) is that case on its channel.
        var cases: [String: (IRMessage, Bool)] = [:]
        for (set, fromServer, keys) in [(server, true, fromServer), (client, false, fromClient)] {
            for key in keys {
                guard let message = byKey[key], cases[key] == nil else { continue }
                let type = message.payload.flatMap { componentTypeNames[$0] ?? configuration.typeOverrides.schemas[$0] }
                if let found = set.messages.first(where: { $0.key == key }) ?? set.messages.first(where: { $0.type == type && $0.examples.contains { example in message.examples.contains { $0.json == example.json } } }) {
                    cases[key] = (found, fromServer)
                }
            }
        }
        var pages = NameScope(reserved: [])
        let channels = messaging.channels.map { channel in
            var seen = Set<String>()
            let messages = channel.messages.compactMap { cases[$0] }.filter { seen.insert($0.0.caseName + ($0.1 ? "s" : "c")).inserted }
            let page = pages.unique(SwiftName.typeName(channel.key) + "Channel", for: "channel '\(channel.key)'", origin: channel.origin, diagnostics: diagnostics)
            return IRChannel(key: channel.key, pageName: page, title: channel.title, description: channel.description, address: channel.address, messages: messages.map { (message: $0.0, fromServer: $0.1) })
        }
        return IRMessaging(version: messaging.version, server: server, client: client, channels: channels)
    }

    /// The messages with their Swift names, and the property that tells them apart: the one
    /// `chosen` in `sdkgen.yaml`, or else the constant-valued property most of them have
    /// (`type` first on a tie). A message that is not JSON is left out; messages with the same
    /// payload and the same constant are one case, which carries the examples of each.
    func messageSet(_ all: [Messaging.Message], discriminator chosen: String?) -> IRMessageSet {
        let isJSON = { (message: Messaging.Message) in message.contentType.map { $0.contains("json") } ?? true }
        let messages = all.filter(isJSON)
        let payloads = messages.map { $0.payload.flatMap(resolvedSchema) }
        var counts: [String: Int] = [:]
        for case let schema? in payloads {
            for (name, property) in schema.properties where constant(of: property) != nil { counts[name, default: 0] += 1 }
        }
        let discriminator = chosen ?? counts.keys.sorted { (counts[$0]!, $0 == "type" ? 1 : 0, $1) > (counts[$1]!, $1 == "type" ? 1 : 0, $0) }.first
        var scope = NameScope(reserved: ["unknown"])
        var lowered: [IRMessage] = []
        for (message, schema) in zip(messages, payloads) {
            let type = message.payload.flatMap { componentTypeNames[$0] ?? configuration.typeOverrides.schemas[$0] }
            let tag = discriminator.flatMap { name in schema?.properties.first { $0.name == name }.flatMap { constant(of: $0.schema) } }
            if let same = lowered.firstIndex(where: { $0.type == type && $0.tag == tag }) {
                lowered[same].examples += message.examples
                continue
            }
            let name = scope.unique(SwiftName.memberBase(message.key), for: "message '\(message.key)'", origin: message.origin, diagnostics: diagnostics)
            lowered.append(IRMessage(
                key: message.key, caseName: SwiftName.escapeMember(name), type: type, tag: tag,
                required: schema?.required.count ?? 0,
                constants: schema.map { constants(in: $0, skipping: discriminator) } ?? [],
                title: message.title, summary: message.summary, examples: message.examples, origin: message.origin))
        }
        // The correlation the most messages name (the configured one first).
        var paths: [[String]: Int] = [:]
        for message in messages { if let path = message.correlation { paths[path, default: 0] += 1 } }
        let correlation = configuration.messaging.correlation.map { $0.split(separator: "/").map(String.init) }
            ?? paths.keys.sorted { (paths[$0]!, $1.joined(separator: "/")) > (paths[$1]!, $0.joined(separator: "/")) }.first
        return IRMessageSet(discriminator: discriminator, messages: lowered, correlation: correlation, notJSON: all.filter { !isJSON($0) }.map(\.key))
    }

    /// The string constants (`const`, or an `enum` of strings) of a payload's properties and of
    /// its object properties' properties, by path, the discriminator left out.
    func constants(in schema: Schema, skipping discriminator: String?) -> [(path: [String], values: [String])] {
        var found: [(path: [String], values: [String])] = []
        for (name, property) in schema.properties where name != discriminator {
            let resolved = resolvedProperty(property)
            if let values = stringValues(of: resolved) {
                found.append(([name], values))
            } else {
                for (inner, innerProperty) in resolved.properties {
                    if let values = stringValues(of: resolvedProperty(innerProperty)) { found.append(([name, inner], values)) }
                }
            }
        }
        return found
    }

    /// A property's schema, through a `$ref` to a component.
    func resolvedProperty(_ schema: Schema) -> Schema {
        guard let target = schema.reference?.target, let name = JSONPointer.token(in: target, after: "#/components/schemas/") else { return schema }
        return resolvedSchema(name) ?? schema
    }

    /// The strings a schema allows, when it lists them (`const`, `enum`).
    func stringValues(of schema: Schema) -> [String]? {
        if let value = schema.constValue?.text { return [value] }
        guard let values = schema.enumValues, !values.isEmpty else { return nil }
        let texts = values.compactMap(\.text)
        return texts.count == values.count ? texts : nil
    }

    /// A component schema, with `$ref`s to other components followed.
    func resolvedSchema(_ name: String) -> Schema? {
        var schema = schemaIndex[name].map { spec.components.schemas[$0].schema }
        var hops = 0
        while let target = schema?.reference?.target, let next = JSONPointer.token(in: target, after: "#/components/schemas/"), hops < 16 {
            schema = schemaIndex[next].map { spec.components.schemas[$0].schema }
            hops += 1
        }
        return schema
    }

    /// The one string a property can hold: its `const`, or an `enum` of one value.
    func constant(of property: Schema) -> String? {
        stringValues(of: property).flatMap { $0.count == 1 ? $0[0] : nil }
    }
}
