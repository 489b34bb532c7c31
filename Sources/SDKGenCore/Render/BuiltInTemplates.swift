// Generated from Templates/*.mustache by `swift run sdkgen embed-templates`. Do not edit.

extension TemplateSet {
    /// The built-in templates: `Templates/*.mustache` of swift-sdkgen, by name.
    public static let builtInTemplates: [String: String] = [
        "Argument": ##"""
{{% CONTENT_TYPE: TEXT}}
{{#unlabeled}}_ {{/unlabeled}}{{swiftName}}: {{type}}{{#optional}}?{{^requirement}} = nil{{/requirement}}{{/optional}}
"""##,
        "ChannelDoc": ####"""
{{% CONTENT_TYPE: TEXT}}
{{header}}

# {{title}}

{{#address}}
Channel `{{address}}`.
{{/address}}
{{description}}

Message | Sent by | Case | Sent as | Payload | Description
------- | ------- | ---- | ------- | ------- | -----------
{{#messages}}
[**{{caseName}}**]({{pageName}}.md#{{anchor}}) | {{sender}} | `{{enumName}}.{{caseName}}` | {{#tag}}`{{tag}}`{{/tag}} | {{#page}}[{{type}}](Models/{{page}}.md){{/page}}{{^page}}`{{type}}`{{/page}} | {{summary}}
{{/messages}}
{{#messages}}

# **{{caseName}}**

{{summary}}

{{#hasExample}}
### Example

{{#exampleName}}
The document's example `{{exampleName}}`, decoded:

{{/exampleName}}
```swift
import Foundation
import {{module}}

let frame = #"{{exampleJSON}}"#
if case .{{caseName}}(let message) = try JSONCoding.decoder().decode({{enumName}}.self, from: Data(frame.utf8)) {
    print(message)
}
```
{{/hasExample}}
{{/messages}}

"""####,
        "Client": ##"""
{{% CONTENT_TYPE: TEXT}}
{{header}}

import Foundation
import HTTPTypes
import OpenAPIRuntime
@_exported import SDKGenRuntime

{{#doc}}
{{.}}
{{/doc}}
///
{{#exampleCall}}
/// Operations are grouped by tag: `client.{{tag}}.{{operation}}(...)`. Requests go through the
{{/exampleCall}}
{{^exampleCall}}
/// Requests go through the
{{/exampleCall}}
/// `ClientTransport` you pass (for example `URLSessionTransport()`), after the middlewares.
nonisolated {{access}} struct Client: Sendable {
    /// The shared request machinery every operation group uses.
    {{access}} let base: APIClient

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - serverURL: The base URL requests are relative to; see ``Servers``.
    ///   - transport: Sends requests, such as `URLSessionTransport()`.
    ///   - middlewares: Run in order on every request, for example to add authentication.
    {{access}} init(serverURL: URL = Servers.{{defaultServer}}{{#defaultServerNeedsCall}}(){{/defaultServerNeedsCall}}, transport: any ClientTransport, middlewares: [any ClientMiddleware] = []) {
        self.base = APIClient(serverURL: serverURL, transport: transport, middlewares: middlewares)
    }
{{#tags}}

{{#doc}}
    {{.}}
{{/doc}}
    {{access}} var {{propertyName}}: {{typeName}} { .init(client: base) }
{{/tags}}
}

{{#hasRoutes}}
nonisolated extension Client {
    /// The method and path template of an operation (`("GET", "/pets/{petId}")`), by the operationId
    /// a middleware's `intercept` receives: for middlewares that treat endpoints differently (costs,
    /// metrics). Nil for an operationId the spec does not have.
    {{access}} static func route(of operationID: String) -> (method: String, path: String)? {
        switch operationID {
{{/hasRoutes}}
{{#routes}}
        case {{operationID}}: return ({{method}}, {{path}})
{{/routes}}
{{#hasRoutes}}
        default: return nil
        }
    }
}

{{/hasRoutes}}
{{#hasSecurity}}
/// The spec's security schemes and what each operation requires.
nonisolated {{access}} enum Security {
    {{access}} static let schemes: [String: SecuritySchemeKind] = [
{{#securitySchemes}}
        {{name}}: {{#apiKey}}.apiKey(name: {{keyName}}, location: .{{location}}){{/apiKey}}{{#http}}.http(scheme: {{scheme}}){{/http}}{{#token}}.oauth2{{/token}},
{{/securitySchemes}}
    ]

    /// The alternatives an operation accepts; each lists schemes used together.
    {{access}} static func requirements(for operationID: String) -> [[String]] {
        switch operationID {
{{#requirementCases}}
        case {{#operations}}{{value}}{{^last}}, {{/last}}{{/operations}}:
            return [{{#alternatives}}[{{#schemes}}{{value}}{{^last}}, {{/last}}{{/schemes}}]{{^last}}, {{/last}}{{/alternatives}}]
{{/requirementCases}}
        default:
            return []
        }
    }
}

nonisolated extension Client {
    /// Creates a client that authenticates each operation as the spec requires, with `credentials`
    /// keyed by security scheme name.
    {{access}} init(serverURL: URL = Servers.{{defaultServer}}{{#defaultServerNeedsCall}}(){{/defaultServerNeedsCall}}, transport: any ClientTransport, credentials: [String: Credential], middlewares: [any ClientMiddleware] = []) {
        let authentication = AuthenticationMiddleware(schemes: Security.schemes, requirements: Security.requirements(for:), credentials: credentials)
        self.init(serverURL: serverURL, transport: transport, middlewares: middlewares + [authentication])
    }
}

{{/hasSecurity}}
{{>Servers}}
{{#tags}}

{{#groupDoc}}
{{.}}
{{/groupDoc}}
nonisolated {{access}} struct {{typeName}}: {{protocolName}} {
    let client: APIClient

    init(client: APIClient) {
        self.client = client
    }
}

/// The operations of `client.{{bareProperty}}`.
///
/// `{{typeName}}` implements it, and so can a server's implementation or a test's fake: code that
/// depends on the protocol can be handed any of them.
{{access}} protocol {{protocolName}}: Sendable {
{{#requirements}}
{{^isFirst}}

{{/isFirst}}
{{#summaryDoc}}
    {{.}}
{{/summaryDoc}}
{{#deprecated}}
    ///
    /// - Warning: Deprecated by the spec. `{{typeName}}`'s method is marked deprecated; the
    ///   requirement is not, so a generated server can serve it without a warning.
{{/deprecated}}
    func {{>Signature}}
{{/requirements}}
}
{{/tags}}

"""##,
        "DecodeBody": ##"""
{{% CONTENT_TYPE: TEXT}}
{{#json}}try await client.decodeJSON({{type}}.self, from: responseBody, response: response, operationID: {{operationID}}){{/json}}{{#text}}try await client.decodeText(from: responseBody){{/text}}{{#binary}}try await client.collectData(from: responseBody){{/binary}}
"""##,
        "DecodeHeaders": ##"""
{{% CONTENT_TYPE: TEXT}}
{{headersType}}({{#headerFields}}{{swiftName}}: response.header({{name}}, as: {{type}}.self){{^last}}, {{/last}}{{/headerFields}})
"""##,
        "DefaultValue": ##"""
{{% CONTENT_TYPE: TEXT}}
{{! A property's default: the literal, or for an enum the case with that raw value. }}
{{#enumType}}{{.}}(rawValue: {{literal}}){{/enumType}}{{^enumType}}{{literal}}{{/enumType}}
"""##,
        "DocCLanding": ####"""
{{% CONTENT_TYPE: TEXT}}
# ``{{module}}``

{{header}}

{{title}}{{#version}} {{version}}{{/version}}: the API's client, generated by sdkgen.

## Overview
{{#description}}

{{description}}
{{/description}}

Create a ``Client`` with a server URL from ``Servers`` and a `ClientTransport` (such as
`URLSessionTransport()`); its operations are grouped by tag{{#exampleTag}}, each group a property of
the client (`client.{{exampleTag}}`){{/exampleTag}}.

## Topics

### Essentials

- ``Client``
- ``Servers``
{{#hasSecurity}}
- ``Security``
{{/hasSecurity}}
{{#hasTags}}

### Operations

{{/hasTags}}
{{#tags}}
- <doc:{{article}}>
{{/tags}}
{{#hasModels}}

### Models

- <doc:{{modelsArticle}}>
{{/hasModels}}

"""####,
        "DocCModels": ####"""
{{% CONTENT_TYPE: TEXT}}
# Models

{{header}}

The types of the API's request and response bodies, parameters and headers.

## Topics

### Models

{{#models}}
- {{.}}
{{/models}}

"""####,
        "DocCTag": ####"""
{{% CONTENT_TYPE: TEXT}}
# {{title}}

{{header}}

{{description}}

## Overview

The client reaches these methods as `client.{{propertyName}}`, a ``{{typeName}}``, which conforms to
``{{protocolName}}``: code that takes `some {{protocolName}}` can be handed the client, or a fake in
its tests.

## Topics

### Methods

{{#methods}}
- {{.}}
{{/methods}}

### The Group

- ``{{typeName}}``
- ``{{protocolName}}``
{{#hasServerErrors}}

### Errors the Server Throws

{{/hasServerErrors}}
{{#serverErrors}}
- {{.}}
{{/serverErrors}}

"""####,
        "DocsIndex": ####"""
{{% CONTENT_TYPE: TEXT}}
{{header}}

# {{title}}
{{#description}}

{{description}}
{{/description}}
{{#version}}

API version: {{version}}
{{/version}}

## Servers

Name | URL | Description
---- | --- | -----------
{{#servers}}
`{{serversEnum}}.{{name}}` | {{url}} | {{description}}
{{/servers}}

{{^isMessaging}}
## Documentation for API Endpoints

Class | Method | HTTP request | Description
----- | ------ | ------------ | -----------
{{#operations}}
*{{tag}}* | [**{{name}}**]({{file}}#{{anchor}}) | **{{method}}** {{path}} | {{summary}}
{{/operations}}
{{/isMessaging}}
{{#isMessaging}}
## Documentation for Channels

{{#channels}}
- [{{title}}]({{pageName}}.md){{#address}}: `{{address}}`{{/address}}
{{/channels}}

## Documentation for Messages

Enum | Case | Sent as | Payload | Description
---- | ---- | ------- | ------- | -----------
{{#messages}}
*{{side}}* | `.{{caseName}}` | {{#tag}}`{{tag}}`{{/tag}} | {{#page}}[{{type}}](Models/{{page}}.md){{/page}}{{^page}}`{{type}}`{{/page}} | {{summary}}
{{/messages}}
{{/isMessaging}}

## Documentation for Models

{{#models}}
- [{{name}}](Models/{{page}}.md){{#shared}} (same type as {{page}}){{/shared}}
{{/models}}

## Documentation for Authorization

{{#securitySchemes}}
### {{name}}

- {{#apiKey}}API key in {{location}} `{{keyName}}`{{/apiKey}}{{#http}}HTTP {{http}} authentication{{/http}}{{otherType}}
- {{description}}

{{/securitySchemes}}

"""####,
        "EncodeBody": ##"""
{{% CONTENT_TYPE: TEXT}}
{{#json}}try client.encodeJSON(body, contentType: {{contentType}}, into: &request){{/json}}{{#form}}try client.encodeForm(body, into: &request){{/form}}{{#multipart}}client.encodeMultipart(form, into: &request){{/multipart}}{{#text}}client.encodeText(body, contentType: {{contentType}}, into: &request){{/text}}{{#binary}}client.encodeData(body, contentType: {{contentType}}, into: &request){{/binary}}
"""##,
        "Enum": ##"""
{{% CONTENT_TYPE: TEXT}}
{{! Encoding comes from the standard library's RawRepresentable default; decoding reads the raw value
    and, for one the spec does not list, lets EnumDecoding refuse it (generated servers do). }}
nonisolated {{access}} enum {{name}}: Codable, Hashable, Sendable, RawRepresentable {
{{#cases}}
    case {{swiftName}}
{{/cases}}
    /// A value this version of the SDK does not know; the server may add values at any time.
    case unknown({{rawType}})

    {{access}} init(rawValue: {{rawType}}) {
        switch rawValue {
{{#cases}}
        case {{literal}}: self = .{{swiftName}}
{{/cases}}
        default: self = .unknown(rawValue)
        }
    }

    {{access}} init(from decoder: any Decoder) throws {
        let rawValue = try decoder.singleValueContainer().decode({{rawType}}.self)
        self.init(rawValue: rawValue)
        if case .unknown = self { try EnumDecoding.checkUnknown(rawValue, in: decoder) }
    }

    {{access}} var rawValue: {{rawType}} {
        switch self {
{{#cases}}
        case .{{swiftName}}: return {{literal}}
{{/cases}}
        case .unknown(let value): return value
        }
    }
}

"""##,
        "Example": ##"""
{{% CONTENT_TYPE: TEXT}}
{{#isLiteral}}{{literal}}{{/isLiteral}}{{#isEnumCase}}.{{enumCase}}{{/isEnumCase}}{{#now}}Date(){{/now}}{{#bytes}}Data(){{/bytes}}{{#emptyArray}}[]{{/emptyArray}}{{#emptyMap}}[:]{{/emptyMap}}{{#json}}.object([:]){{/json}}{{#object}}{{typeName}}({{#arguments}}{{label}}: {{#value}}{{>Example}}{{/value}}{{^last}}, {{/last}}{{/arguments}}){{/object}}{{#isUnionCase}}.{{unionCase}}({{#payload}}{{>Example}}{{/payload}}){{/isUnionCase}}{{#decoded}}try JSONDecoder().decode({{typeName}}.self, from: Data("{}".utf8)){{/decoded}}
"""##,
        "ExampleArguments": ##"""
{{% CONTENT_TYPE: TEXT}}
{{#exampleArguments}}{{^unlabeled}}{{label}}: {{/unlabeled}}{{#value}}{{>Example}}{{/value}}{{^last}}, {{/last}}{{/exampleArguments}}
"""##,
        "Messages": ##"""
{{% CONTENT_TYPE: TEXT}}
{{header}}

import Foundation
@_exported import SDKGenRuntime

{{#messageSets}}
{{^first}}

{{/first}}
{{#doc}}
{{.}}
{{/doc}}
nonisolated {{access}} enum {{typeName}}: Codable, Sendable {
{{#messages}}
{{#doc}}
    {{.}}
{{/doc}}
    case {{caseName}}({{type}})
{{/messages}}
    /// A message no case describes (a{{#hasDiscriminator}} `{{discriminatorName}}` this SDK does not
    /// know, or{{/hasDiscriminator}} none of the spec's shapes), as the JSON received.
    case unknown(JSONValue)

    {{access}} init(from decoder: any Decoder) throws {
{{#hasDiscriminator}}
        let tag = (try? decoder.container(keyedBy: DiscriminatorKey.self)).flatMap { try? $0.decodeIfPresent(String.self, forKey: .discriminator) }
        switch tag {
{{#tags}}
        case {{value}}:
{{#shared}}
            let json = try JSONValue(from: decoder)
{{/shared}}
{{#candidates}}
{{^last}}
            if {{conditions}}let message = try? {{type}}(from: decoder) {
                self = .{{caseName}}(message)
                return
            }
{{/last}}
{{#last}}
            self = .{{caseName}}(try {{type}}(from: decoder))
{{/last}}
{{/candidates}}
{{/tags}}
        default:
{{#untagged}}
            if let message = try? {{type}}(from: decoder) {
                self = .{{caseName}}(message)
                return
            }
{{/untagged}}
            self = .unknown(try JSONValue(from: decoder))
        }
{{/hasDiscriminator}}
{{^hasDiscriminator}}
{{#untagged}}
        if let message = try? {{type}}(from: decoder) {
            self = .{{caseName}}(message)
            return
        }
{{/untagged}}
        self = .unknown(try JSONValue(from: decoder))
{{/hasDiscriminator}}
    }

    {{access}} func encode(to encoder: any Encoder) throws {
        switch self {
{{#messages}}
        case .{{caseName}}(let message): try message.encode(to: encoder)
{{/messages}}
        case .unknown(let json): try json.encode(to: encoder)
        }
    }
{{#hasDiscriminator}}

    private enum DiscriminatorKey: String, CodingKey {
        case discriminator = {{discriminator}}
    }
{{/hasDiscriminator}}
}
{{#hasCorrelation}}

nonisolated extension {{typeName}}: CorrelatedMessage {
    /// A reply carries its request's `{{correlationName}}`.
    {{access}} static let correlationPath: [String] = [{{correlationPath}}]
}
{{/hasCorrelation}}
{{/messageSets}}

/// A connection that sends ``ClientMessage``s and reads ``ServerMessage``s{{#hasRequests}}; `request(_:)`
/// returns the reply to a request{{/hasRequests}}.
@available(macOS 13, iOS 16, tvOS 16, watchOS 9, *)
{{access}} typealias Socket = MessageSocket<ServerMessage, ClientMessage>
{{#hasServers}}

{{>Servers}}
{{/hasServers}}

"""##,
        "ModelDoc": ###"""
{{% CONTENT_TYPE: TEXT}}
{{header}}

# {{name}}

{{description}}

{{kind}}, from `{{pointer}}`.
{{#hasAliases}}

Identical inline schemas elsewhere in the spec are typealiases of this type: {{aliases}}.
{{/hasAliases}}
{{#hasProperties}}

## Properties

Name | Type | Description | Notes
---- | ---- | ----------- | -----
{{#properties}}
**{{name}}** (`{{wireName}}`) | {{type}} | {{description}} | {{notes}}
{{/properties}}
{{/hasProperties}}
{{#hasValues}}

## Values

{{#values}}
- {{.}}
{{/values}}
{{/hasValues}}

[[Back to Model list]](../README.md#documentation-for-models) [[Back to API list]](../README.md#documentation-for-api-endpoints)

"""###,
        "Models": ##"""
{{% CONTENT_TYPE: TEXT}}
{{header}}

import Foundation
import SDKGenRuntime
{{#models}}

{{#doc}}
{{.}}
{{/doc}}
{{#struct}}
{{>Struct}}
{{/struct}}
{{#stringEnum}}
{{>Enum}}
{{/stringEnum}}
{{#integerEnum}}
{{>Enum}}
{{/integerEnum}}
{{#union}}
{{>Union}}
{{/union}}
{{#headers}}
nonisolated {{access}} struct {{name}}: {{#hashable}}Hashable, {{/hashable}}Sendable {
{{#properties}}
{{#doc}}
    {{.}}
{{/doc}}
    {{access}} var {{swiftName}}: {{type}}?
{{/properties}}

    {{access}} init({{#properties}}{{swiftName}}: {{type}}? = nil{{^last}}, {{/last}}{{/properties}}) {
{{#properties}}
        self.{{swiftName}} = {{swiftName}}
{{/properties}}
    }
}
{{/headers}}
{{#responses}}
nonisolated {{access}} enum {{name}}: {{#hashable}}Hashable, {{/hashable}}Sendable {
{{#cases}}
{{#doc}}
    {{.}}
{{/doc}}
    case {{swiftName}}{{#payload}}({{payload}}){{/payload}}
{{/cases}}
}
{{/responses}}
{{#alias}}
{{access}} typealias {{name}} = {{type}}
{{/alias}}
{{/models}}

"""##,
        "Operation": ##"""
{{% CONTENT_TYPE: TEXT}}
{{! One operation's method, or its streaming form (`streamed`: the same request, returning the
    events). The request is built from the parameters, sent through the client, and each
    documented status is a `case`; the partials spell how a body is encoded (EncodeBody),
    decoded (DecodeBody), a status label (StatusLabel) and the signature (Signature), so overriding
    one of them changes that step for every operation. }}
{{#doc}}
    {{.}}
{{/doc}}
    /// - Remark: `{{httpMethod}} {{pathCode}}` (`{{pointerCode}}`)
{{#argumentDocs}}
    {{.}}
{{/argumentDocs}}
{{#result}}
{{#hasResult}}
    /// - Returns: {{#returnLink}}``{{returnLink}}``{{/returnLink}}{{^returnLink}}`{{>ReturnType}}`{{/returnLink}} ({{returnStatuses}}).
{{/hasResult}}
{{/result}}
    /// - Throws: `APIError` on {{#errorStatuses}}{{errorStatuses}}, any other status{{/errorStatuses}}{{^errorStatuses}}an unexpected status{{/errorStatuses}}, or a transport or decoding failure.
{{#requires}}
    /// - Requires: {{requires}}.
{{/requires}}
{{#idempotency}}
    /// - Note: {{note}}
{{/idempotency}}
{{#deprecated}}
    @available(*, deprecated)
{{/deprecated}}
    {{access}} func {{>Signature}} {
{{#hasQuery}}
        var query = QueryEncoder()
{{#query}}
        try query.append({{name}}, {{swiftName}}{{>StyleArguments}})
{{/query}}
{{/hasQuery}}
        {{#mutatesRequest}}var{{/mutatesRequest}}{{^mutatesRequest}}let{{/mutatesRequest}} request = {{#pathThrows}}try {{/pathThrows}}HTTPRequest(method: .{{method}}, path: "{{#pathParts}}{{text}}{{#parameter}}\(PathEncoder.segment({{swiftName}}, name: {{name}}{{>StyleArguments}})){{/parameter}}{{/pathParts}}"{{#hasQuery}} + query.string{{/hasQuery}})
{{#headers}}
{{#optional}}
        if let {{swiftName}} { try request.{{#cookie}}addCookie{{/cookie}}{{^cookie}}setHeader{{/cookie}}({{name}}, {{swiftName}}{{>StyleArguments}}) }
{{/optional}}
{{^optional}}
        try request.{{#cookie}}addCookie{{/cookie}}{{^cookie}}setHeader{{/cookie}}({{name}}, {{swiftName}}{{>StyleArguments}})
{{/optional}}
{{/headers}}
{{#accept}}
        request.headerFields[.accept] = {{accept}}
{{/accept}}
{{#body}}
{{#multipart}}
        var form = MultipartForm()
{{#optional}}
        if let body {
{{#fields}}
            {{^isFile}}try {{/isFile}}form.append({{name}}, body.{{swiftName}})
{{/fields}}
        }
{{/optional}}
{{^optional}}
{{#fields}}
        {{^isFile}}try {{/isFile}}form.append({{name}}, body.{{swiftName}})
{{/fields}}
{{/optional}}
        let requestBody = {{>EncodeBody}}
{{/multipart}}
{{^multipart}}
{{#optional}}
        var requestBody: HTTPBody?
        if let body { requestBody = {{>EncodeBody}} }
{{/optional}}
{{^optional}}
{{#idempotency}}
{{#hasFills}}
        // An idempotency key the caller left out gets a fresh UUID, so that a retry is the same request.
        var body = body
{{/hasFills}}
{{#fills}}
{{^array}}
        if body.{{property}} == nil { body.{{property}} = UUID().uuidString }
{{/array}}
{{#array}}
        for index in body.{{array}}{{#arrayOptional}}?{{/arrayOptional}}.indices{{#arrayOptional}} ?? 0..<0{{/arrayOptional}} where body.{{array}}{{#arrayOptional}}?{{/arrayOptional}}[index].{{property}} == nil {
            body.{{array}}{{#arrayOptional}}?{{/arrayOptional}}[index].{{property}} = UUID().uuidString
        }
{{/array}}
{{/fills}}
{{/idempotency}}
        let requestBody = {{>EncodeBody}}
{{/optional}}
{{/multipart}}
        let (response, responseBody) = try await client.send(request, body: requestBody, operationID: {{operationID}}{{#idempotency}}, idempotent: true{{/idempotency}})
{{/body}}
{{^body}}
        let (response, responseBody) = try await client.send(request, body: nil, operationID: {{operationID}})
{{/body}}
        switch response.status.code {
{{#successes}}
        case {{#status}}{{>StatusLabel}}{{/status}}:
            {{>SuccessReturn}}
{{/successes}}
{{#streamed}}
        case {{#status}}{{>StatusLabel}}{{/status}}:
{{#binary}}
            return responseBody ?? HTTPBody()
{{/binary}}
{{^binary}}
            return try client.eventStream({{eventType}}.self, framing: .{{framing}}, from: responseBody, response: response, operationID: {{operationID}})
{{/binary}}
{{/streamed}}
{{#errors}}
        case {{#statuses}}{{>StatusLabel}}{{^last}}, {{/last}}{{/statuses}}:
            throw await client.error(for: response, body: responseBody, operationID: {{operationID}}, decoding: {{type}}.self)
{{/errors}}
        default:
{{#defaultError}}
            throw await client.error(for: response, body: responseBody, operationID: {{operationID}}, decoding: {{type}}.self)
{{/defaultError}}
{{^defaultError}}
            throw await client.error(for: response, body: responseBody, operationID: {{operationID}})
{{/defaultError}}
        }
    }
{{#pages}}

{{#cursor}}
    /// Every page of `{{bareOperationName}}`, fetched as the sequence is read: the first without
    /// `{{cursorName}}`, each next one with the cursor the previous page gave, until a page gives
    /// none. A cursor given twice ends the pages with `PaginationError`.{{#hasItems}} `.items` reads
    /// the `{{itemsName}}` of every page one by one.{{/hasItems}}
{{/cursor}}
{{#numbered}}
    /// Every page of `{{bareOperationName}}`, fetched as the sequence is read: from the
    /// `{{parameterName}}` given (or the first page), each next one at the {{numbering}} after it,
    /// until a page has no items{{#hasLimit}} or fewer than `{{limitName}}`{{/hasLimit}}.{{#hasItems}} `.items` reads the
    /// items of every page one by one.{{/hasItems}}
{{/numbered}}
{{#link}}
    /// Every page of `{{bareOperationName}}`, fetched as the sequence is read: the request, then
    /// the URL of each response's `Link: <...>; rel="next"`, until a response has none. A URL given
    /// twice ends the pages with `PaginationError`.{{#hasItems}} `.items` reads the items of every
    /// page one by one.{{/hasItems}}
{{/link}}
    {{access}} func {{name}}({{#wraps}}
{{#arguments}}
        {{>Argument}}{{^last}},{{/last}}
{{/arguments}}
    {{/wraps}}{{^wraps}}{{#arguments}}{{>Argument}}{{^last}}, {{/last}}{{/arguments}}{{/wraps}}) -> Pages<{{pageType}}, {{itemType}}> {
{{#cursor}}
        Pages(operationID: {{operationID}}, cursor: { {{cursorExpression}} }, items: { {{itemsExpression}} }) { pageCursor in
{{/cursor}}
{{#numbered}}
        Pages(operationID: {{operationID}}, numbering: .{{numbering}}, start: {{startExpression}}, limit: {{limitExpression}}, items: { {{itemsExpression}} }) { pageNumber in
{{/numbered}}
{{#link}}
        Pages(operationID: {{operationID}}, followingLinks: {
{{/link}}
            try await self.{{operationName}}({{#wraps}}
{{#callLines}}
                {{.}}
{{/callLines}}
            {{/wraps}}{{^wraps}}{{callArguments}}{{/wraps}})
        }{{#link}}, items: { {{itemsExpression}} }){{/link}}
    }
{{/pages}}

"""##,
        "Operations": ##"""
{{% CONTENT_TYPE: TEXT}}
{{header}}

import Foundation
import HTTPTypes
import OpenAPIRuntime
import SDKGenRuntime
{{#tags}}

nonisolated extension {{typeName}} {
{{#operations}}
{{^isFirst}}

{{/isFirst}}
{{>Operation}}
{{/operations}}
}
{{/tags}}

"""##,
        "ReturnType": ##"""
{{% CONTENT_TYPE: TEXT}}
{{#hasBody}}{{#hasHeaders}}(body: {{bodyType}}, headers: {{headersType}}){{/hasHeaders}}{{^hasHeaders}}{{bodyType}}{{/hasHeaders}}{{/hasBody}}{{^hasBody}}{{headersType}}{{/hasBody}}
"""##,
        "SchemaRegistry": ##"""
{{% CONTENT_TYPE: TEXT}}
{{! Written only with --schema-registry: what a conformance harness decodes each schema's JSON as. }}
{{header}}

import Foundation
import SDKGenRuntime

/// The Swift type of every schema this SDK has one for, by the schema's JSON pointer in the
/// bundled document (`sdkgen bundle`): component schemas and JSON request and response bodies.
nonisolated {{access}} enum SchemaRegistry {
    {{access}} static let pointers: [String] = [
{{#entries}}
        {{pointer}},
{{/entries}}
    ]

    /// The type of the schema at `pointer`, or nil when the SDK has none.
    {{access}} static func type(at pointer: String) -> (any Codable.Type)? {
        switch pointer {
{{#entries}}
        case {{pointer}}: return {{type}}.self
{{/entries}}
        default: return nil
        }
    }
}

"""##,
        "Server": ##"""
{{% CONTENT_TYPE: TEXT}}
{{! `--server`: each group's registerHandlers, which serves an implementation of the group's protocol.
    Arguments are read as the client writes them (ServerArgument); the result becomes the response
    of its status (ServerResponse). }}
{{header}}

import Foundation
import HTTPTypes
import OpenAPIRuntime
import SDKGenRuntime
{{#tags}}

nonisolated extension {{protocolName}} {
    /// Serves this implementation on `transport`: each operation at its path under the path of
    /// `serverURL`, after `middlewares` (in order).
    ///
    /// A request that cannot be read never reaches the implementation: it gets a 400 (401 without
    /// the credentials the operation requires, 415 for a `Content-Type` it does not accept) with a
    /// JSON body that names the parameter or the JSON pointer. Throw the operation's error enum
    /// (a documented status and its body) or `HTTPStatusError` (any status) to answer otherwise;
    /// any other error is a 500 whose body names nothing internal.
    {{access}} func registerHandlers(on transport: any ServerTransport, serverURL: URL = Servers.{{defaultServer}}{{#defaultServerNeedsCall}}(){{/defaultServerNeedsCall}}, middlewares: [any ServerMiddleware] = []) throws {
        let server = APIServer(serverURL: serverURL, transport: transport, middlewares: middlewares{{#hasSecurity}}, schemes: Security.schemes{{/hasSecurity}})
{{#handlers}}
        try server.register(.{{method}}, "{{path}}", operationID: {{operationID}}{{#security}}, security: {{security}}{{/security}}) { request in
            {{#hasResult}}let result = {{/hasResult}}try await self.{{name}}({{#arguments}}{{#label}}{{label}}: {{/label}}{{>ServerArgument}}{{^last}}, {{/last}}{{/arguments}})
{{#switchesOnResult}}
            switch result {
{{#responses}}
            case .{{caseName}}{{#value}}(let value){{/value}}:
                return {{>ServerResponse}}
{{/responses}}
            }
{{/switchesOnResult}}
{{^switchesOnResult}}
{{#responses}}
{{#hasHeaders}}
            var response = {{>ServerResponse}}
{{#headerFields}}
            try response.setHeader({{name}}, {{value}})
{{/headerFields}}
            return response
{{/hasHeaders}}
{{^hasHeaders}}
            return {{>ServerResponse}}
{{/hasHeaders}}
{{/responses}}
{{/switchesOnResult}}
        }
{{/handlers}}
    }
}
{{#handlers}}
{{#errors}}

/// The error responses `{{operationName}}` documents, for its implementation to throw; each
/// becomes its status and body.
nonisolated {{access}} enum {{name}}: ServerErrorResponse {
{{#cases}}
{{#doc}}
    {{.}}
{{/doc}}
    case {{caseName}}{{payload}}
{{/cases}}

    {{access}} func serverResponse() throws -> ServerResponse {
        switch self {
{{#cases}}
        case .{{caseName}}{{bindings}}:
            return {{>ServerResponse}}
{{/cases}}
        }
    }
}
{{/errors}}
{{/handlers}}
{{/tags}}

"""##,
        "ServerArgument": ##"""
{{% CONTENT_TYPE: TEXT}}
{{#checksRequired}}request.required({{/checksRequired}}{{#parameter}}request.{{location}}({{name}}, as: {{type}}.self{{>StyleArguments}}){{/parameter}}{{#body}}{{#json}}request.json({{type}}.self, contentType: {{contentType}}, required: {{requiredText}}){{/json}}{{#form}}request.form({{type}}.self, required: {{requiredText}}){{/form}}{{#multipart}}request.multipart({{type}}.self, required: {{requiredText}}){{/multipart}}{{#text}}request.text(contentType: {{contentType}}, required: {{requiredText}}){{/text}}{{#binary}}request.data(contentType: {{contentType}}, required: {{requiredText}}){{/binary}}{{/body}}{{#checksRequired}}, {{name}}, in: "{{location}}"){{/checksRequired}}
"""##,
        "ServerResponse": ##"""
{{% CONTENT_TYPE: TEXT}}
{{#json}}try ServerResponse.json({{value}}, status: {{status}}, contentType: {{contentType}}){{/json}}{{#text}}ServerResponse.text({{value}}, status: {{status}}, contentType: {{contentType}}){{/text}}{{#binary}}ServerResponse.data({{value}}, status: {{status}}, contentType: {{contentType}}){{/binary}}{{^value}}ServerResponse.empty(status: {{status}}){{/value}}
"""##,
        "Servers": ##"""
{{% CONTENT_TYPE: TEXT}}
/// The servers the spec lists.
nonisolated {{access}} enum {{serversEnum}} {
{{#servers}}
{{#doc}}
    {{.}}
{{/doc}}
{{#hasVariables}}
    {{access}} static func {{name}}({{#variables}}{{swiftName}}: String = {{defaultValue}}{{^last}}, {{/last}}{{/variables}}) -> URL {
        URL(string: {{url}}{{#variables}}.replacingOccurrences(of: {{placeholder}}, with: {{swiftName}}){{/variables}})!
    }
{{/hasVariables}}
{{^hasVariables}}
    {{access}} static let {{name}} = URL(string: {{url}})!
{{/hasVariables}}
{{/servers}}
}

"""##,
        "Signature": ##"""
{{% CONTENT_TYPE: TEXT}}
{{! The method's name, arguments and result, as the code and the docs page both show it. }}
{{name}}({{#wrapsSignature}}
{{#arguments}}
{{argumentIndent}}{{>Argument}}{{^last}},{{/last}}
{{/arguments}}
{{closingIndent}}{{/wrapsSignature}}{{^wrapsSignature}}{{#arguments}}{{>Argument}}{{^last}}, {{/last}}{{/arguments}}{{/wrapsSignature}}) async throws{{#result}}{{#hasResult}} -> {{>ReturnType}}{{/hasResult}}{{/result}}
"""##,
        "StatusLabel": ##"""
{{% CONTENT_TYPE: TEXT}}
{{#code}}{{code}}{{/code}}{{#range}}{{range}}00...{{range}}99{{/range}}
"""##,
        "Struct": ##"""
{{% CONTENT_TYPE: TEXT}}
{{! Coding is written out through one generic helper per direction (SDKGenRuntime/JSONCoding.swift): the
    compiler checks it much faster than synthesized Codable, which goes through CodingKeys enums and the
    overloads of decode(_:forKey:). A property with a default decodes to it when the key is absent; `additionalProperties`
    beside declared properties are kept in one dictionary property (`holdsOtherKeys`); a
    required nullable property is written as null, an optional one is left out when nil. A property
    that closes a cycle of structs (`indirect`) is stored on the heap in an `Indirect`, spelled out
    rather than as a property wrapper, which a `nonisolated` struct cannot have (Swift 6.3). }}
nonisolated {{access}} struct {{name}}: Codable{{#hashable}}, Hashable{{/hashable}}, Sendable {
{{#properties}}
{{#doc}}
    {{.}}
{{/doc}}
{{#indirect}}
    {{access}} var {{swiftName}}: {{type}}{{#optional}}?{{/optional}} {
        get { _{{bareName}}.wrappedValue }
        set { _{{bareName}}.wrappedValue = newValue }
    }
    private var _{{bareName}}: Indirect<{{type}}{{#optional}}?{{/optional}}>
{{/indirect}}
{{^indirect}}
    {{access}} var {{swiftName}}: {{type}}{{#optional}}?{{/optional}}
{{/indirect}}
{{/properties}}
{{#hasProperties}}

{{/hasProperties}}
{{#multilineInit}}
    {{access}} init(
{{#properties}}
        {{swiftName}}: {{type}}{{#optional}}? = nil{{/optional}}{{#default}} = {{>DefaultValue}}{{/default}}{{#holdsOtherKeys}} = [:]{{/holdsOtherKeys}}{{^last}},{{/last}}
{{/properties}}
    ) {
{{/multilineInit}}
{{^multilineInit}}
    {{access}} init({{#properties}}{{swiftName}}: {{type}}{{#optional}}? = nil{{/optional}}{{#default}} = {{>DefaultValue}}{{/default}}{{#holdsOtherKeys}} = [:]{{/holdsOtherKeys}}{{^last}}, {{/last}}{{/properties}}) {
{{/multilineInit}}
{{#properties}}
        {{#indirect}}self._{{bareName}} = Indirect(wrappedValue: {{swiftName}}){{/indirect}}{{^indirect}}self.{{swiftName}} = {{swiftName}}{{/indirect}}
{{/properties}}
    }

    {{access}} init(from decoder: any Decoder) throws {
{{#hasProperties}}
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
{{#properties}}
{{#holdsOtherKeys}}
        self.{{swiftName}} = try container.otherFields(besides: Self.declaredKeys)
{{/holdsOtherKeys}}
{{^holdsOtherKeys}}
        {{#indirect}}self._{{bareName}} = Indirect(wrappedValue: {{/indirect}}{{^indirect}}self.{{swiftName}} = {{/indirect}}try container.field{{#optional}}IfPresent{{/optional}}{{#default}}IfPresent{{/default}}({{key}}){{#default}} ?? {{>DefaultValue}}{{/default}}{{#indirect}}){{/indirect}}
{{/holdsOtherKeys}}
{{/properties}}
{{/hasProperties}}
{{^hasProperties}}
        _ = try decoder.container(keyedBy: DynamicCodingKey.self)
{{/hasProperties}}
    }

{{#hasOtherKeys}}
    /// The keys of the declared properties; every other key is one of the other properties.
    private static let declaredKeys: Set<String> = [{{#declaredKeys}}{{value}}{{^last}}, {{/last}}{{/declaredKeys}}]

{{/hasOtherKeys}}
    {{access}} func encode(to encoder: any Encoder) throws {
{{#hasProperties}}
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
{{#properties}}
{{#holdsOtherKeys}}
        try container.encodeOtherFields(self.{{swiftName}}, besides: Self.declaredKeys)
{{/holdsOtherKeys}}
{{^holdsOtherKeys}}
        try container.encodeField{{#omitsNil}}IfPresent{{/omitsNil}}(self.{{swiftName}}, {{key}})
{{/holdsOtherKeys}}
{{/properties}}
{{/hasProperties}}
{{^hasProperties}}
        _ = encoder.container(keyedBy: DynamicCodingKey.self)
{{/hasProperties}}
    }
}

"""##,
        "StyleArguments": ##"""
{{% CONTENT_TYPE: TEXT}}
{{#styleArgument}}, style: .{{styleArgument}}{{/styleArgument}}{{#explodeArgument}}, explode: {{explodeArgument}}{{/explodeArgument}}
"""##,
        "SuccessReturn": ##"""
{{% CONTENT_TYPE: TEXT}}
{{#throwsInstead}}throw await client.error(for: response, body: responseBody, operationID: {{operationID}}){{/throwsInstead}}{{#responseCase}}return .{{responseCase}}{{#content}}({{>DecodeBody}}){{/content}}{{/responseCase}}{{#returnsNothing}}return{{/returnsNothing}}{{#returnsBody}}return {{#content}}{{>DecodeBody}}{{/content}}{{/returnsBody}}{{#returnsHeaders}}return {{#headers}}{{>DecodeHeaders}}{{/headers}}{{/returnsHeaders}}{{#returnsBodyAndHeaders}}return ({{#content}}{{>DecodeBody}}{{/content}}, {{#headers}}{{>DecodeHeaders}}{{/headers}}){{/returnsBodyAndHeaders}}

"""##,
        "TagDoc": ####"""
{{% CONTENT_TYPE: TEXT}}
{{header}}

# {{typeName}}

{{description}}

All URIs are relative to *{{baseURL}}*; the client reaches these methods as `client.{{propertyName}}`,
which conforms to the protocol `{{protocolName}}`.

Method | HTTP request | Description
------ | ------------ | -----------
{{#operations}}
[**{{bareName}}**]({{typeName}}Api.md#{{anchor}}) | **{{httpMethod}}** {{pathCell}} | {{summary}}
{{/operations}}
{{#operations}}

# **{{bareName}}**

```swift
{{access}} func {{>Signature}}
```

{{description}}
{{#deprecated}}

**Deprecated.**
{{/deprecated}}
{{#idempotency}}

{{note}}
{{/idempotency}}

### Example

```swift
import Foundation
import {{module}}
import OpenAPIURLSession

{{#exampleSetup}}
{{exampleSetup}}
{{/exampleSetup}}
{{^exampleSetup}}
let client = Client(transport: URLSessionTransport(){{#hasCredentials}}, credentials: [{{#credentials}}{{scheme}}: {{#apiKey}}.apiKey("your-api-key"){{/apiKey}}{{#basic}}.basic(username: "your-username", password: "your-password"){{/basic}}{{#bearer}}.bearer("your-token"){{/bearer}}{{^last}}, {{/last}}{{/credentials}}]{{/hasCredentials}})
{{/exampleSetup}}
{{#hasResult}}let result = {{/hasResult}}try await client.{{tagProperty}}.{{bareName}}({{>ExampleArguments}})
{{#hasResult}}
print(result)
{{/hasResult}}
```
{{#pages}}

{{#cursor}}
Every page: `{{name}}` takes the same arguments but `{{cursorName}}`, and follows the cursor each
page gives until one gives none (a cursor given twice throws `PaginationError`).
{{/cursor}}
{{#numbered}}
Every page: `{{name}}` takes the same arguments, starts at the `{{parameterName}}` given (or the
first page) and moves on by {{numbering}} until a page has no items{{#hasLimit}} or fewer than `{{limitName}}`{{/hasLimit}}.
{{/numbered}}
{{#link}}
Every page: `{{name}}` takes the same arguments and follows each response's `Link` header
(`rel="next"`) until one has none (a URL given twice throws `PaginationError`).
{{/link}}

```swift
for try await page in client.{{tagProperty}}.{{name}}({{>ExampleArguments}}) { print(page) }
{{#hasItems}}
for try await item in client.{{tagProperty}}.{{name}}({{>ExampleArguments}}).items { print(item) }  // every `{{itemsName}}`
{{/hasItems}}
```
{{/pages}}
{{#streamsRequestBody}}

The body as it is read: `{{bareName}}` also takes the body as an `HTTPBody` (a file or a stream),
sent without collecting it first.
{{/streamsRequestBody}}
{{#streams}}
{{#binary}}

The body as it arrives: `{{name}}` takes the same arguments and returns the body unread
(`HTTPBody`, `{{contentType}}`), so it is not collected in memory; cancelling the task that
reads it stops the reading.

```swift
var received = Data()
for try await chunk in try await client.{{tagProperty}}.{{name}}({{>ExampleArguments}}) { received.append(contentsOf: chunk) }
```
{{/binary}}
{{^binary}}

Streaming: `{{name}}` takes the same arguments, asks for `{{contentType}}` and returns the events
one by one as they arrive (`EventStream<{{eventType}}>`); cancelling the task that reads them
stops the reading.

```swift
for try await event in try await client.{{tagProperty}}.{{name}}({{>ExampleArguments}}) { print(event) }
```
{{/binary}}
{{/streams}}

### Parameters

{{#hasParameters}}
Name | Type | Description | Notes
---- | ---- | ----------- | -----
{{#parameters}}
**{{name}}** | {{type}} | {{description}} | {{notes}}
{{/parameters}}
{{/hasParameters}}
{{^hasParameters}}
This endpoint does not have any parameters.
{{/hasParameters}}

### Return type

{{returnType}}

### Authorization

{{authorization}}

### HTTP request headers

- **Content-Type**: {{contentType}}
- **Accept**: {{accept}}

### HTTP response details

Status code | Description | Response headers
----------- | ----------- | ----------------
{{#responses}}
**{{status}}** | {{description}} | {{headers}}
{{/responses}}

[[Back to top]](#) [[Back to API list]](README.md#documentation-for-api-endpoints) [[Back to Model list]](README.md#documentation-for-models)
{{/operations}}

"""####,
        "Union": ##"""
{{% CONTENT_TYPE: TEXT}}
nonisolated {{access}} {{#isIndirect}}indirect {{/isIndirect}}enum {{name}}: Codable{{#hashable}}, Hashable{{/hashable}}, Sendable {
{{#cases}}
    {{#boxed}}indirect {{/boxed}}case {{swiftName}}({{type}})
{{/cases}}
    /// A value that matches none of the documented shapes.
    case unknown(JSONValue)

    {{access}} init(from decoder: any Decoder) throws {
{{#hasDiscriminator}}
        let discriminator = try? decoder.container(keyedBy: DynamicCodingKey.self).decode(String.self, forKey: DynamicCodingKey({{discriminatorKey}}))
        switch discriminator {
{{#discriminated}}
        case {{#values}}{{value}}{{^last}}, {{/last}}{{/values}}:
            self = .{{swiftName}}(try decoder.decoded(as: {{type}}.self))
            return
{{/discriminated}}
        default:
            break
        }
{{/hasDiscriminator}}
{{#hasObjectCases}}
        if let present = decoder.objectKeys() {
            for index in JSONCoding.caseOrder(present, Self.objectCases, in: decoder) {
                switch index {
{{#objectCases}}
                case {{index}}: if let value = try? decoder.decoded(as: {{type}}.self) { self = .{{swiftName}}(value); return }
{{/objectCases}}
                default: break
                }
            }
        }
{{/hasObjectCases}}
{{#cases}}
{{^ranked}}
        if let value = try? decoder.decoded(as: {{type}}.self) {
            self = .{{swiftName}}(value)
            return
        }
{{/ranked}}
{{/cases}}
        self = .unknown(try decoder.decoded(as: JSONValue.self))
    }

{{#hasObjectCases}}
    /// The JSON property names of each object case, the required ones among them and the values
    /// of its string enums, numbered as `init(from:)` numbers the cases.
    private static let objectCases: [JSONCoding.ObjectCase] = [
{{#objectCases}}
        .init(keys: [{{#keys}}{{value}}{{^last}}, {{/last}}{{/keys}}], required: [{{#required}}{{value}}{{^last}}, {{/last}}{{/required}}]{{#hasEnums}}, enums: [{{#enums}}{{name}}: [{{#values}}{{value}}{{^last}}, {{/last}}{{/values}}]{{^last}}, {{/last}}{{/enums}}]{{/hasEnums}}{{#keepsOtherKeys}}, keepsOtherKeys: true{{/keepsOtherKeys}}),
{{/objectCases}}
    ]

{{/hasObjectCases}}
    {{access}} func encode(to encoder: any Encoder) throws {
        switch self {
{{#cases}}
        case .{{swiftName}}(let value): try value.encode(to: encoder)
{{/cases}}
        case .unknown(let value): try value.encode(to: encoder)
        }
    }
}

"""##,
    ]
}
