/// `Messages.mustache`: the client file of an AsyncAPI document's SDK: the messages each side
/// sends, as enums that decode and encode a text frame's JSON, and the WebSocket servers.
struct MessagesContext: TemplateContext {
    let model: APIModel
    let messaging: IRMessaging
    let settings: FileSettings

    static let fields: [TemplateField<MessagesContext>] = [
        .init("header") { .string($0.settings.header) },
        .init("access") { .string($0.settings.access) },
        .init("hashable") { .bool($0.settings.hashable) },
        .init("doc") { .strings(docLines(summary: $0.model.title + ($0.model.version.isEmpty ? "" : " (\($0.model.version))"), description: $0.model.description, indent: 0)) },
        .init("version") { .string(Escaping.commentText($0.messaging.version)) },
        .init("messageSets") { context in
            .contexts([
                MessageSetContext(set: context.messaging.server, typeName: "ServerMessage", first: true, intro: [
                    "\(context.model.title): what the server sends on its WebSocket connection (AsyncAPI \(context.messaging.version))",
                ]),
                MessageSetContext(set: context.messaging.client, typeName: "ClientMessage", first: false, intro: [
                    "\(context.model.title): what the client sends on its WebSocket connection",
                ]),
            ])
        },
        .init("hasServers") { .bool(!$0.model.servers.isEmpty) },
        .init("hasRequests") { .bool($0.messaging.server.correlation != nil && $0.messaging.client.correlation != nil) },
        .init("servers") { .contexts($0.model.servers.map(ServerContext.init)) },
        .init("serversEnum") { .string($0.model.serversEnum) },
    ]
}

/// One side's messages: `ServerMessage` or `ClientMessage`.
struct MessageSetContext: TemplateContext {
    let set: IRMessageSet
    let typeName: String
    let first: Bool
    let intro: [String]

    static let fields: [TemplateField<MessageSetContext>] = [
        .init("typeName") { .string($0.typeName) },
        .init("first") { .bool($0.first) },
        .init("doc") { context in
            let by = context.set.discriminator.map { ", told apart by `\(Escaping.markdownCode($0))`" } ?? ""
            return .strings(Escaping.docComment(context.intro.joined() + by + ": one case per message of the spec. It decodes a text frame's JSON and encodes one; a message no case describes is `.unknown`, with its JSON, so a message the server adds later never breaks a stream.", indent: 0))
        },
        .init("messages") { .contexts($0.set.messages.map(MessageCaseContext.init)) },
        .init("hasDiscriminator") { .bool($0.set.discriminator != nil) },
        .init("discriminator") { .string(Escaping.swiftString($0.set.discriminator ?? "")) },
        .init("discriminatorName") { .string(Escaping.commentText($0.set.discriminator ?? "")) },
        .init("hasCorrelation") { .bool($0.set.correlation != nil) },
        .init("correlationPath") { .string(($0.set.correlation ?? []).map(Escaping.swiftString).joined(separator: ", ")) },
        .init("correlationName") { .string(Escaping.commentText(($0.set.correlation ?? []).joined(separator: "."))) },
        .init("tags") { context in
            // Each tag once, in the order of its first message; of several messages with one tag,
            // the one whose payload requires the most properties is tried first.
            var order: [String] = []
            var byTag: [String: [IRMessage]] = [:]
            for message in context.set.messages where message.type != nil {
                guard let tag = message.tag else { continue }
                if byTag[tag] == nil { order.append(tag) }
                byTag[tag, default: []].append(message)
            }
            return .contexts(order.map { tag in
                let ranked = byTag[tag]!.enumerated().sorted {
                    ($0.element.constants.count, $0.element.required, -$0.offset) > ($1.element.constants.count, $1.element.required, -$1.offset)
                }.map(\.element)
                let shared = ranked.count > 1 && ranked.dropLast().contains { !$0.constants.isEmpty }
                return MessageTagContext(value: Escaping.swiftString(tag), shared: shared, candidates: ranked.enumerated().map { index, message in
                    // Told apart from the others with its tag by its constants, then by decoding.
                    let conditions = shared ? message.constants.map { constant in
                        "json.allows([\(constant.path.map(Escaping.swiftString).joined(separator: ", "))], oneOf: [\(constant.values.map(Escaping.swiftString).joined(separator: ", "))]), "
                    }.joined() : ""
                    return MessageCandidateContext(caseName: message.caseName, type: message.type!, last: index == ranked.count - 1, conditions: conditions)
                })
            })
        },
        .init("untagged") { context in
            .contexts(context.set.messages.filter { $0.type != nil && (context.set.discriminator == nil || $0.tag == nil) }.map {
                MessageCandidateContext(caseName: $0.caseName, type: $0.type!, last: false, conditions: "")
            })
        },
    ]
}

/// A message's case: `case orderbookSnapshot(OrderbookSnapshotPayload)`.
struct MessageCaseContext: TemplateContext {
    let message: IRMessage

    static let fields: [TemplateField<MessageCaseContext>] = [
        .init("caseName") { .string($0.message.caseName) },
        .init("type") { .string($0.message.type ?? "JSONValue") },
        .init("doc") { context in
            let message = context.message
            let summary = [message.title, message.summary].compactMap { $0 }.joined(separator: ": ")
            var lines = summary.isEmpty ? [] : Escaping.docComment(summary, indent: 4)
            if let tag = message.tag {
                if !lines.isEmpty { lines.append("///") }
                lines.append("/// Sent as `\(Escaping.markdownCode(tag))`.")
            }
            return .strings(lines)
        },
    ]
}

/// The messages that share one discriminator value, in the order they are tried.
struct MessageTagContext: TemplateContext {
    let value: String
    let shared: Bool
    let candidates: [MessageCandidateContext]

    static let fields: [TemplateField<MessageTagContext>] = [
        .init("value") { .string($0.value) },
        .init("shared") { .bool($0.shared) },
        .init("candidates") { .contexts($0.candidates) },
    ]
}

struct MessageCandidateContext: TemplateContext {
    let caseName: String
    let type: String
    let last: Bool
    /// `json.allows(...), ` for each of its constants, when others share its tag.
    let conditions: String

    static let fields: [TemplateField<MessageCandidateContext>] = [
        .init("caseName") { .string($0.caseName) },
        .init("type") { .string($0.type) },
        .init("last") { .bool($0.last) },
        .init("conditions") { .string($0.conditions) },
    ]
}

/// `ChannelDoc.mustache`: `docs/<Channel>Channel.md`, a channel of an AsyncAPI document.
struct ChannelDocContext: TemplateContext {
    let channel: IRChannel
    let model: APIModel
    let settings: DocsSettings

    static let fields: [TemplateField<ChannelDocContext>] = [
        .init("header") { .string($0.settings.header) },
        .init("title") { .string(Escaping.markdownCell($0.channel.title ?? $0.channel.key)) },
        .init("address") { .string(Escaping.markdownCode($0.channel.address ?? "")) },
        .init("description") { .string(Escaping.markdown($0.channel.description ?? "")) },
        .init("pageName") { .string($0.channel.pageName) },
        .init("module") { .string($0.settings.module) },
        .init("messages") { context in
            let pages = Set(context.model.models.map(\.name))
            return .contexts(context.channel.messages.map { entry in
                ChannelMessageContext(message: entry.message, fromServer: entry.fromServer,
                                      page: entry.message.type.flatMap { pages.contains($0) ? context.model.documentingModel($0) : nil })
            })
        },
    ]
}

/// A message on a channel's page: its row, and its section with an example that decodes.
struct ChannelMessageContext: TemplateContext {
    let message: IRMessage
    let fromServer: Bool
    let page: String?

    static let fields: [TemplateField<ChannelMessageContext>] = [
        .init("caseName") { .string(SwiftName.bare($0.message.caseName)) },
        .init("anchor") { .string(SwiftName.bare($0.message.caseName).lowercased()) },
        .init("sender") { .string($0.fromServer ? "server" : "client") },
        .init("enumName") { .string($0.fromServer ? "ServerMessage" : "ClientMessage") },
        .init("tag") { .string(Escaping.markdownCode($0.message.tag ?? "")) },
        .init("type") { .string($0.message.type ?? "JSONValue") },
        .init("page") { .string($0.page ?? "") },
        .init("summary") { .string(Escaping.markdownCell([$0.message.title, $0.message.summary].compactMap { $0 }.joined(separator: ": "))) },
        .init("hasExample") { .bool(!$0.message.examples.isEmpty) },
        .init("exampleName") { .string(Escaping.markdownCell($0.message.examples.first?.name ?? "")) },
        // One line of JSON in a raw string literal: `"#` cannot occur in JSON text outside a string,
        // and a string's `"#` is escaped by the compacting.
        .init("exampleJSON") { .string(compactJSON($0.message.examples.first?.json ?? "{}")) },
    ]
}

/// JSON text on one line: whitespace outside strings dropped; `"#` (which would end the raw
/// string literal) spelled with `\u0023`.
func compactJSON(_ text: String) -> String {
    var out = ""
    var inString = false
    var escaped = false
    for character in text {
        if inString {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                inString = false
            } else if character == "#" {
                out += "\\u0023"
                continue
            }
            out.append(character)
        } else if character == "\"" {
            inString = true
            out.append(character)
        } else if !character.isWhitespace {
            out.append(character)
        }
    }
    return out
}
