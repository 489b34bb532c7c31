/// Reads an AsyncAPI 3.0.x or 3.1.x document into a `Spec`: its WebSocket servers, its schemas
/// (lowered like OpenAPI's, so models read the same), and its channels, messages and operations
/// (`Spec.messaging`).
///
/// A message's inline payload becomes a component schema named after the message
/// (`<message>Payload`), so every payload is a model the messages refer to by name.
extension SpecReader {
    func decodeAsyncAPI(_ root: YAMLNode, version versionNode: YAMLNode) -> Spec? {
        guard let version = string(versionNode, "#/asyncapi", "asyncapi") else { return nil }
        if version.hasPrefix("2.") {
            error("AsyncAPI \(version) is not supported; sdkgen reads AsyncAPI 3.0 and 3.1. Convert the document first (AsyncAPI CLI: `asyncapi convert <file> --target-version=3.0.0`)", versionNode, "#/asyncapi")
            return nil
        }
        guard version.hasPrefix("3.0") || version.hasPrefix("3.1") else {
            error("unsupported AsyncAPI version '\(version)'; sdkgen reads 3.0.x and 3.1.x", versionNode, "#/asyncapi")
            return nil
        }
        let info = decodeInfo(root)
        guard let servers = decodeSocketServers(root) else { return nil }

        var components = Components()
        var schemaNames = Set<String>()
        if let node = root["components"], mapping(node, "#/components", "components") != nil,
           let section = node["schemas"], let pairs = mapping(section, "#/components/schemas", "schemas") {
            for pair in pairs {
                guard let name = pair.key.scalarText else { continue }
                if let schema = decodeSchema(pair.value, JSONPointer.appending("#/components/schemas", name)) {
                    components.schemas.append((name, schema))
                    schemaNames.insert(name)
                }
            }
        }

        let defaultContentType = optionalString(root, "defaultContentType", "#")
        var messages: [Messaging.Message] = []
        var messageKeys = Set<String>()
        /// Decodes a message once (by its pointer), adding an inline payload to the components.
        func message(_ node: YAMLNode, _ pointer: String, key: String) -> String? {
            if let ref = node["$ref"]?.scalarText {
                guard let target = JSONPointer.token(in: ref, after: "#/components/messages/"), let resolved = document.node(at: ref) else {
                    error("a message reference must point into '#/components/messages', not '\(ref)'", node, JSONPointer.appending(pointer, "$ref"))
                    return nil
                }
                return messageKeys.contains(target) ? target : message(resolved, ref, key: target)
            }
            guard mapping(node, pointer, "message") != nil else { return nil }
            var unique = key
            var suffix = 2
            while messageKeys.contains(unique) {
                unique = "\(key)\(suffix)"
                suffix += 1
            }
            messageKeys.insert(unique)
            var decoded = Messaging.Message(
                key: unique, name: optionalString(node, "name", pointer), title: optionalString(node, "title", pointer),
                summary: optionalString(node, "summary", pointer), description: optionalString(node, "description", pointer),
                contentType: optionalString(node, "contentType", pointer) ?? defaultContentType, payload: nil, examples: [], origin: origin(node, pointer))
            applyTraits(node, pointer, to: &decoded)
            if var correlation = node["correlationId"] {
                var correlationPointer = JSONPointer.appending(pointer, "correlationId")
                (correlation, correlationPointer) = resolved(correlation, correlationPointer)
                if let location = optionalString(correlation, "location", correlationPointer) {
                    let prefix = "$message.payload#"
                    if location.hasPrefix(prefix), let tokens = JSONPointer.tokens("#" + location.dropFirst(prefix.count)), !tokens.isEmpty {
                        decoded.correlation = tokens
                    } else {
                        warning("correlationId location '\(location)' is not a place in the payload ('$message.payload#/...'); requests and replies of this message are not correlated", correlation, JSONPointer.appending(correlationPointer, "location"))
                    }
                }
            }
            if let payload = node["payload"] {
                decoded.payload = payloadSchema(payload, JSONPointer.appending(pointer, "payload"), message: unique, components: &components, taken: &schemaNames)
            }
            if let examples = node["examples"], let items = sequence(examples, JSONPointer.appending(pointer, "examples"), "examples") {
                for (index, item) in items.enumerated() {
                    let itemPointer = JSONPointer.appending(JSONPointer.appending(pointer, "examples"), String(index))
                    guard mapping(item, itemPointer, "message example") != nil, let payload = item["payload"] else { continue }
                    decoded.examples.append((optionalString(item, "name", itemPointer), jsonText(payload)))
                }
            }
            messages.append(decoded)
            return unique
        }

        // Components' messages first, in document order, so that their keys keep their names.
        if let node = root["components"]?["messages"], let pairs = mapping(node, "#/components/messages", "messages") {
            for pair in pairs {
                guard let key = pair.key.scalarText, !messageKeys.contains(key) else { continue }
                _ = message(pair.value, JSONPointer.appending("#/components/messages", key), key: key)
            }
        }

        var channels: [Messaging.Channel] = []
        /// Channel key -> its message keys, by the key the channel gives each.
        var channelMessages: [String: [String: String]] = [:]
        if let node = root["channels"], let pairs = mapping(node, "#/channels", "channels") {
            for pair in pairs {
                guard let key = pair.key.scalarText else { continue }
                let pointer = JSONPointer.appending("#/channels", key)
                let channelNode = resolved(pair.value, pointer).node
                guard mapping(channelNode, pointer, "channel") != nil else { continue }
                var keys: [String] = []
                var byName: [String: String] = [:]
                if let messagesNode = channelNode["messages"], let entries = mapping(messagesNode, JSONPointer.appending(pointer, "messages"), "messages") {
                    for entry in entries {
                        guard let name = entry.key.scalarText,
                              let key = message(entry.value, JSONPointer.appending(JSONPointer.appending(pointer, "messages"), name), key: name) else { continue }
                        keys.append(key)
                        byName[name] = key
                    }
                }
                channelMessages[key] = byName
                channels.append(Messaging.Channel(
                    key: key, address: optionalString(channelNode, "address", pointer), title: optionalString(channelNode, "title", pointer),
                    description: optionalString(channelNode, "description", pointer), messages: keys, origin: origin(channelNode, pointer)))
            }
        }

        // Bundling brings in a local reference that does not name a component (`#/channels/...`)
        // as the node it points to, so a channel or message is also known by where it is written.
        let channelAt = Dictionary(channels.map { ($0.origin.location, $0.key) }, uniquingKeysWith: { first, _ in first })
        let messageAt = Dictionary(messages.map { ($0.origin.location, $0.key) }, uniquingKeysWith: { first, _ in first })

        /// The message keys of a list of references to channels' messages
        /// (`#/channels/<channel>/messages/<name>`) or to components' messages.
        func referencedMessages(_ node: YAMLNode, _ pointer: String) -> [String] {
            guard let items = sequence(node, pointer, "messages") else { return [] }
            return items.enumerated().compactMap { index, item in
                let itemPointer = JSONPointer.appending(pointer, String(index))
                guard let ref = item["$ref"]?.scalarText else {
                    if let key = messageAt[document.location(of: item)] { return key }
                    error("an operation's message must be a reference to a channel's message ('#/channels/<channel>/messages/<name>')", item, itemPointer)
                    return nil
                }
                if let key = JSONPointer.token(in: ref, after: "#/components/messages/"), messageKeys.contains(key) { return key }
                guard let tokens = JSONPointer.tokens(ref), tokens.count == 4, tokens[0] == "channels", tokens[2] == "messages",
                      let key = channelMessages[tokens[1]]?[tokens[3]] else {
                    error("'\(ref)' is not a message of a channel of this document", item, JSONPointer.appending(itemPointer, "$ref"))
                    return nil
                }
                return key
            }
        }
        /// The key of the channel a `{$ref: '#/channels/<channel>'}` names.
        func referencedChannel(_ node: YAMLNode?, _ pointer: String) -> String? {
            guard let node else { return nil }
            if node["$ref"] == nil, let key = channelAt[document.location(of: node)] { return key }
            guard let ref = node["$ref"]?.scalarText, let key = JSONPointer.token(in: ref, after: "#/channels/"), channelMessages[key] != nil else {
                error("'channel' must be a reference to a channel of this document ('#/channels/<channel>')", node, pointer)
                return nil
            }
            return key
        }

        var operations: [Messaging.MessageOperation] = []
        if let node = root["operations"], let pairs = mapping(node, "#/operations", "operations") {
            for pair in pairs {
                guard let key = pair.key.scalarText else { continue }
                let pointer = JSONPointer.appending("#/operations", key)
                guard mapping(pair.value, pointer, "operation") != nil,
                      let action = requiredString(pair.value, "action", pointer, "an operation") else { continue }
                guard action == "send" || action == "receive" else {
                    error("an operation's action is 'send' or 'receive', not '\(action)'", pair.value["action"] ?? pair.value, JSONPointer.appending(pointer, "action"))
                    continue
                }
                guard let channelNode = pair.value["channel"] else {
                    error("operation '\(key)' is missing the required field 'channel'", pair.value, pointer)
                    continue
                }
                guard let channel = referencedChannel(channelNode, JSONPointer.appending(pointer, "channel")) else { continue }
                let listed = pair.value["messages"].map { referencedMessages($0, JSONPointer.appending(pointer, "messages")) }
                var reply: [String]?
                if var replyNode = pair.value["reply"] {
                    var replyPointer = JSONPointer.appending(pointer, "reply")
                    (replyNode, replyPointer) = resolved(replyNode, replyPointer)
                    if let messagesNode = replyNode["messages"] {
                        reply = referencedMessages(messagesNode, JSONPointer.appending(replyPointer, "messages"))
                    } else if let replyChannel = referencedChannel(replyNode["channel"], JSONPointer.appending(replyPointer, "channel")) {
                        reply = channels.first { $0.key == replyChannel }?.messages ?? []
                    } else {
                        reply = []
                    }
                }
                operations.append(Messaging.MessageOperation(
                    key: key, action: action, channel: channel,
                    messages: listed ?? channels.first { $0.key == channel }?.messages ?? [],
                    replyMessages: reply, title: optionalString(pair.value, "title", pointer),
                    summary: optionalString(pair.value, "summary", pointer), origin: origin(pair.value, pointer)))
            }
        }

        return Spec(
            file: document.file,
            // Schemas are JSON Schema (draft 7 and later): read them with OpenAPI 3.1's rules.
            openapi: "3.1.0",
            info: info,
            servers: servers,
            paths: [],
            components: components,
            tags: [],
            security: nil,
            messaging: Messaging(version: version, channels: channels, messages: messages, operations: operations)
        )
    }

    /// The WebSocket servers (`ws`, `wss`), each named by its key. Any other protocol is a warning
    /// and left out; a document whose servers are all of other protocols is an error (nil).
    func decodeSocketServers(_ root: YAMLNode) -> [Server]? {
        guard let node = root["servers"] else { return [] }
        guard let pairs = mapping(node, "#/servers", "servers") else { return nil }
        var servers: [Server] = []
        var others: [String] = []
        for pair in pairs {
            guard let name = pair.key.scalarText else { continue }
            let pointer = JSONPointer.appending("#/servers", name)
            let server = resolved(pair.value, pointer).node
            guard mapping(server, pointer, "server") != nil,
                  let proto = requiredString(server, "protocol", pointer, "a server"),
                  let host = requiredString(server, "host", pointer, "a server") else { continue }
            guard proto == "ws" || proto == "wss" else {
                others.append("\(name) (\(proto))")
                warning("server '\(name)' uses the protocol '\(proto)', not WebSocket (ws or wss); sdkgen generates WebSocket clients only, so nothing is generated for it", server["protocol"] ?? server, JSONPointer.appending(pointer, "protocol"))
                continue
            }
            let pathname = optionalString(server, "pathname", pointer) ?? ""
            servers.append(Server(
                url: "\(proto)://\(host)\(pathname.isEmpty || pathname.hasPrefix("/") ? pathname : "/" + pathname)",
                description: optionalString(server, "description", pointer) ?? optionalString(server, "title", pointer),
                variables: decodeServerVariables(server, pointer), origin: origin(server, pointer), name: name))
        }
        if servers.isEmpty, !others.isEmpty {
            error("the document has no WebSocket server: \(others.joined(separator: ", ")); sdkgen generates clients for servers whose protocol is ws or wss", node, "#/servers")
            return nil
        }
        return servers
    }

    /// A message's payload as the name of a component schema: a `$ref` to one names it; an
    /// inline schema (or a multi-format one in JSON Schema) is added as `<message>Payload`.
    func payloadSchema(_ node: YAMLNode, _ pointer: String, message: String, components: inout Components, taken: inout Set<String>) -> String? {
        var schemaNode = node
        var schemaPointer = pointer
        if let format = node["schemaFormat"] {
            let text = format.scalarText ?? ""
            guard text.hasPrefix("application/vnd.aai.asyncapi") || text.hasPrefix("application/schema+json") || text.hasPrefix("application/schema+yaml") else {
                warning("the payload's schema format '\(text)' is not JSON Schema; the message's payload is left untyped (JSON)", format, JSONPointer.appending(pointer, "schemaFormat"))
                return nil
            }
            guard let inner = node["schema"] else {
                error("a multi-format payload is missing the required field 'schema'", node, pointer)
                return nil
            }
            schemaNode = inner
            schemaPointer = JSONPointer.appending(pointer, "schema")
        }
        if let ref = schemaNode["$ref"]?.scalarText, let name = JSONPointer.token(in: ref, after: "#/components/schemas/"), schemaNode.pairs?.count == 1 {
            return name
        }
        guard let schema = decodeSchema(schemaNode, schemaPointer) else { return nil }
        var name = message.prefix(1).uppercased() + message.dropFirst() + "Payload"
        var suffix = 2
        while taken.contains(name) {
            name = message.prefix(1).uppercased() + message.dropFirst() + "Payload\(suffix)"
            suffix += 1
        }
        taken.insert(name)
        components.schemas.append((name, schema))
        return name
    }

    /// The node a local `$ref` names (a server, channel, reply, trait or correlation id that bundling
    /// left as a reference) and its pointer; any other node as it is.
    func resolved(_ node: YAMLNode, _ pointer: String) -> (node: YAMLNode, pointer: String) {
        guard let ref = node["$ref"]?.scalarText, let target = document.node(at: ref) else { return (node, pointer) }
        return (target, ref)
    }

    /// A message's traits (`#/components/messageTraits/...`) fill in what the message leaves out.
    func applyTraits(_ node: YAMLNode, _ pointer: String, to message: inout Messaging.Message) {
        guard let traits = node["traits"], let items = sequence(traits, JSONPointer.appending(pointer, "traits"), "traits") else { return }
        for item in items {
            let trait = resolved(item, pointer).node
            message.name = message.name ?? trait["name"]?.scalarText
            message.title = message.title ?? trait["title"]?.scalarText
            message.summary = message.summary ?? trait["summary"]?.scalarText
            message.description = message.description ?? trait["description"]?.scalarText
        }
    }
}
