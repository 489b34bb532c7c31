// Generated from Templates/*.mustache by `swift run sdkgen embed-templates`. Do not edit.

extension TemplateSet {
    /// The built-in templates: `Templates/*.mustache` of swift-sdkgen, by name.
    public static let builtInTemplates: [String: String] = [
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
/// Operations are grouped by tag: `{{exampleCall}}`. Requests go through the
{{/exampleCall}}
{{^exampleCall}}
/// Requests go through the
{{/exampleCall}}
/// `ClientTransport` you pass (for example `URLSessionTransport()`), after the middlewares.
{{access}} struct Client: Sendable {
    /// The shared request machinery every operation group uses.
    {{access}} let base: APIClient

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - serverURL: The base URL requests are relative to; see `Servers`.
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

{{#hasSecurity}}
/// The spec's security schemes and what each operation requires.
{{access}} enum Security {
    {{access}} static let schemes: [String: SecuritySchemeKind] = [
{{#securitySchemes}}
        {{name}}: {{kind}},
{{/securitySchemes}}
    ]

    /// The alternatives an operation accepts; each lists schemes used together.
    {{access}} static func requirements(for operationID: String) -> [[String]] {
        switch operationID {
{{#requirementCases}}
        case {{operations}}:
            return {{requirements}}
{{/requirementCases}}
        default:
            return []
        }
    }
}

extension Client {
    /// Creates a client that authenticates each operation as the spec requires, with `credentials`
    /// keyed by security scheme name.
    {{access}} init(serverURL: URL = Servers.{{defaultServer}}{{#defaultServerNeedsCall}}(){{/defaultServerNeedsCall}}, transport: any ClientTransport, credentials: [String: Credential], middlewares: [any ClientMiddleware] = []) {
        let authentication = AuthenticationMiddleware(schemes: Security.schemes, requirements: Security.requirements(for:), credentials: credentials)
        self.init(serverURL: serverURL, transport: transport, middlewares: middlewares + [authentication])
    }
}

{{/hasSecurity}}
/// The servers the spec lists.
{{access}} enum Servers {
{{#servers}}
{{#doc}}
    {{.}}
{{/doc}}
{{#hasVariables}}
    {{access}} static func {{name}}({{parameters}}) -> URL {
        URL(string: {{url}})!
    }
{{/hasVariables}}
{{^hasVariables}}
    {{access}} static let {{name}} = URL(string: {{url}})!
{{/hasVariables}}
{{/servers}}
}
{{#tags}}

{{#doc}}
{{.}}
{{/doc}}
{{access}} struct {{typeName}}: Sendable {
    let client: APIClient

    init(client: APIClient) {
        self.client = client
    }
}
{{/tags}}

"""##,
        "DocsIndex": ####"""
{{% CONTENT_TYPE: TEXT}}
{{header}}

# {{title}}

{{description}}

API version: {{version}}

## Servers

Name | URL | Description
---- | --- | -----------
{{#servers}}
`Servers.{{name}}` | {{url}} | {{description}}
{{/servers}}

## Documentation for API Endpoints

Class | Method | HTTP request | Description
----- | ------ | ------------ | -----------
{{#operations}}
*{{tag}}* | [**{{name}}**]({{file}}#{{anchor}}) | **{{method}}** {{path}} | {{summary}}
{{/operations}}

## Documentation for Models

{{#models}}
- [{{name}}](Models/{{page}}.md){{#shared}} (same type as {{page}}){{/shared}}
{{/models}}

## Documentation for Authorization

{{#securitySchemes}}
### {{name}}

- {{detail}}
- {{description}}

{{/securitySchemes}}

"""####,
        "Enum": ##"""
{{% CONTENT_TYPE: TEXT}}
{{! Coding comes from the standard library's RawRepresentable defaults, through init(rawValue:), which never fails. }}
{{access}} enum {{name}}: Codable, Hashable, Sendable, RawRepresentable {
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
{{#isStruct}}
{{>Struct}}
{{/isStruct}}
{{#isStringEnum}}
{{>Enum}}
{{/isStringEnum}}
{{#isIntegerEnum}}
{{>Enum}}
{{/isIntegerEnum}}
{{#isUnion}}
{{>Union}}
{{/isUnion}}
{{#isHeaders}}
{{access}} struct {{name}}: {{#hashable}}Hashable, {{/hashable}}Sendable {
{{#properties}}
{{#doc}}
    {{.}}
{{/doc}}
    {{access}} var {{swiftName}}: {{type}}
{{/properties}}

    {{access}} init({{#properties}}{{swiftName}}: {{type}} = nil{{^last}}, {{/last}}{{/properties}}) {
{{#properties}}
        self.{{swiftName}} = {{swiftName}}
{{/properties}}
    }
}
{{/isHeaders}}
{{#isResponses}}
{{access}} enum {{name}}: {{#hashable}}Hashable, {{/hashable}}Sendable {
{{#cases}}
{{#doc}}
    {{.}}
{{/doc}}
    case {{swiftName}}{{payload}}
{{/cases}}
}
{{/isResponses}}
{{#isAlias}}
{{access}} typealias {{name}} = {{type}}
{{/isAlias}}
{{/models}}

"""##,
        "Operation": ##"""
{{% CONTENT_TYPE: TEXT}}
{{#doc}}
    {{.}}
{{/doc}}
{{#deprecated}}
    @available(*, deprecated)
{{/deprecated}}
    {{access}} func {{name}}({{#parameters}}{{declaration}}{{^last}}, {{/last}}{{/parameters}}) async throws{{returnClause}} {
{{#hasQuery}}
        var query = QueryEncoder()
{{#query}}
        try query.append({{name}}, {{swiftName}}{{styleArguments}})
{{/query}}
        {{#mutatesRequest}}var{{/mutatesRequest}}{{^mutatesRequest}}let{{/mutatesRequest}} request = {{#pathThrows}}try {{/pathThrows}}HTTPRequest(method: {{method}}, scheme: nil, authority: nil, path: {{path}} + query.string)
{{/hasQuery}}
{{^hasQuery}}
        {{#mutatesRequest}}var{{/mutatesRequest}}{{^mutatesRequest}}let{{/mutatesRequest}} request = {{#pathThrows}}try {{/pathThrows}}HTTPRequest(method: {{method}}, scheme: nil, authority: nil, path: {{path}})
{{/hasQuery}}
{{#headers}}
{{#optional}}
        if let {{swiftName}} { try request.{{setter}}({{name}}, {{swiftName}}{{styleArguments}}) }
{{/optional}}
{{^optional}}
        try request.{{setter}}({{name}}, {{swiftName}}{{styleArguments}})
{{/optional}}
{{/headers}}
{{#hasAccept}}
        request.headerFields[.accept] = {{accept}}
{{/hasAccept}}
{{#hasBody}}
{{#isMultipart}}
        var form = MultipartForm()
{{#bodyOptional}}
        if let body {
{{#multipartLines}}
            {{.}}
{{/multipartLines}}
        }
{{/bodyOptional}}
{{^bodyOptional}}
{{#multipartLines}}
        {{.}}
{{/multipartLines}}
{{/bodyOptional}}
        let requestBody = {{bodyEncode}}
{{/isMultipart}}
{{^isMultipart}}
{{#bodyOptional}}
        var requestBody: HTTPBody?
        if let body { requestBody = {{bodyEncode}} }
{{/bodyOptional}}
{{^bodyOptional}}
        let requestBody = {{bodyEncode}}
{{/bodyOptional}}
{{/isMultipart}}
        let (response, responseBody) = try await client.send(request, body: requestBody, operationID: {{operationID}})
{{/hasBody}}
{{^hasBody}}
        let (response, responseBody) = try await client.send(request, body: nil, operationID: {{operationID}})
{{/hasBody}}
        switch response.status.code {
{{#successCases}}
        case {{label}}:
            {{returnStatement}}
{{/successCases}}
{{#errorCases}}
        case {{label}}:
            throw await client.error(for: response, body: responseBody, operationID: {{operationID}}, decoding: {{type}}.self)
{{/errorCases}}
        default:
{{#hasDefaultType}}
            throw await client.error(for: response, body: responseBody, operationID: {{operationID}}, decoding: {{defaultType}}.self)
{{/hasDefaultType}}
{{^hasDefaultType}}
            throw await client.error(for: response, body: responseBody, operationID: {{operationID}})
{{/hasDefaultType}}
        }
    }

"""##,
        "Operations": ##"""
{{% CONTENT_TYPE: TEXT}}
{{header}}

import Foundation
import HTTPTypes
import OpenAPIRuntime
import SDKGenRuntime
{{#tags}}

extension {{typeName}} {
{{#operations}}
{{^isFirst}}

{{/isFirst}}
{{>Operation}}
{{/operations}}
}
{{/tags}}

"""##,
        "Struct": ##"""
{{% CONTENT_TYPE: TEXT}}
{{! Coding is written out through one generic helper per direction (SDKGenRuntime/JSONCoding.swift): the
    compiler checks it much faster than synthesized Codable, which goes through CodingKeys enums and the
    overloads of decode(_:forKey:). }}
{{access}} struct {{name}}: Codable{{#hashable}}, Hashable{{/hashable}}, Sendable {
{{#properties}}
{{#doc}}
    {{.}}
{{/doc}}
{{#indirect}}
    @Indirect
{{/indirect}}
    {{access}} var {{swiftName}}: {{type}}
{{/properties}}
{{#hasProperties}}

{{/hasProperties}}
{{#multilineInit}}
    {{access}} init(
{{#properties}}
        {{swiftName}}: {{type}}{{#defaultNil}} = nil{{/defaultNil}}{{^last}},{{/last}}
{{/properties}}
    ) {
{{/multilineInit}}
{{^multilineInit}}
    {{access}} init({{#properties}}{{swiftName}}: {{type}}{{#defaultNil}} = nil{{/defaultNil}}{{^last}}, {{/last}}{{/properties}}) {
{{/multilineInit}}
{{#properties}}
        self.{{swiftName}} = {{swiftName}}
{{/properties}}
    }

    {{access}} init(from decoder: any Decoder) throws {
{{#hasProperties}}
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
{{#properties}}
        self.{{swiftName}} = try container.field{{#defaultNil}}IfPresent{{/defaultNil}}({{key}})
{{/properties}}
{{/hasProperties}}
{{^hasProperties}}
        _ = try decoder.container(keyedBy: DynamicCodingKey.self)
{{/hasProperties}}
    }

    {{access}} func encode(to encoder: any Encoder) throws {
{{#hasProperties}}
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
{{#properties}}
        try container.encodeField{{#defaultNil}}IfPresent{{/defaultNil}}(self.{{swiftName}}, {{key}})
{{/properties}}
{{/hasProperties}}
{{^hasProperties}}
        _ = encoder.container(keyedBy: DynamicCodingKey.self)
{{/hasProperties}}
    }
}

"""##,
        "TagDoc": ####"""
{{% CONTENT_TYPE: TEXT}}
{{header}}

# {{typeName}}

{{description}}

All URIs are relative to *{{baseURL}}*; the client reaches these methods as `client.{{propertyName}}`.

Method | HTTP request | Description
------ | ------------ | -----------
{{#operations}}
[**{{name}}**]({{typeName}}Api.md#{{anchor}}) | **{{method}}** {{path}} | {{summary}}
{{/operations}}
{{#operations}}

# **{{name}}**

```swift
{{signature}}
```

{{description}}
{{#deprecated}}

**Deprecated.**
{{/deprecated}}

### Example

```swift
import {{module}}
import OpenAPIURLSession

{{clientSetup}}
{{example}}
```

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
{{access}} {{indirect}}enum {{name}}: Codable{{#hashable}}, Hashable{{/hashable}}, Sendable {
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
        case {{values}}:
            self = .{{swiftName}}(try decoder.decoded(as: {{type}}.self))
            return
{{/discriminated}}
        default:
            break
        }
{{/hasDiscriminator}}
{{#cases}}
        if let value = try? decoder.decoded(as: {{type}}.self) {
            self = .{{swiftName}}(value)
            return
        }
{{/cases}}
        self = .unknown(try decoder.decoded(as: JSONValue.self))
    }

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
