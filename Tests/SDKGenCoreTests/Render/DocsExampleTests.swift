import Foundation
import SDKGenCore
import Testing

/// The docs' examples build the client the way the SDK needs it.
@Suite struct DocsExampleTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        components:
          securitySchemes:
            key: {type: apiKey, in: header, name: X-Key}
            basic: {type: http, scheme: basic}
            token: {type: http, scheme: bearer}
        paths:
          /open:
            get:
              operationId: openCall
              responses: {'204': {description: ok}}
          /keyed:
            get:
              operationId: keyedCall
              security: [{key: [], basic: []}, {token: []}]
              responses: {'204': {description: ok}}
          /token:
            get:
              operationId: tokenCall
              security: [{token: []}]
              responses: {'204': {description: ok}}
        """

    func page(_ files: [OutputFile]?, _ path: String) throws -> String {
        try #require(files?.first { $0.path == path }).contents
    }

    @Test func eachExampleCarriesTheCredentialsItsOperationNeeds() throws {
        let (files, diagnostics) = try run(Self.spec)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let docs = try page(files, "docs/DefaultApi.md")
        // Untagged operations live in `client.default`: plain text after the dot, not `default` in backticks.
        #expect(docs.contains("the client reaches these methods as `client.default`,\nwhich conforms to the protocol `DefaultAPI`.\n"))
        #expect(docs.contains("let client = Client(transport: URLSessionTransport())\ntry await client.default.openCall()\n"))
        #expect(docs.contains("let client = Client(transport: URLSessionTransport(), credentials: [\"key\": .apiKey(\"your-api-key\"), \"basic\": .basic(username: \"your-username\", password: \"your-password\")])\ntry await client.default.keyedCall()\n"))
        #expect(docs.contains("let client = Client(transport: URLSessionTransport(), credentials: [\"token\": .bearer(\"your-token\")])\ntry await client.default.tokenCall()\n"))
        #expect(try page(files, "00-Client.swift").contains("/// Operations are grouped by tag: `client.default.keyedCall(...)`. Requests go through the\n"))
    }

    @Test func theConfigurationsSetUpReplacesEveryExamplesClient() throws {
        let sink = DiagnosticSink()
        var options = GenerateOptions()
        options.configuration = try #require(parseConfiguration(Array("exampleSetup: |\n  let client = try MyClient.signed()\n".utf8), file: "sdkgen.yaml", diagnostics: sink))
        let files = generate(spec: Array(Self.spec.utf8), specName: "spec.yaml", templates: try Repo.templateSet(), options: options, diagnostics: sink)
        let docs = try page(files, "docs/DefaultApi.md")
        #expect(docs.components(separatedBy: "import OpenAPIURLSession\n\nlet client = try MyClient.signed()\ntry await client.default.").count == 4)
        #expect(!docs.contains("URLSessionTransport()"))
    }

    /// Kalshi signs its requests: its docs show `KalshiCredentials`, never an unsigned client.
    @Test func kalshiExamplesAreSigned() throws {
        let page = try String(contentsOf: Repo.root.appendingPathComponent("Generated/docs/ApiKeysApi.md"), encoding: .utf8)
        #expect(page.components(separatedBy: "let credentials = try KalshiCredentials(keyID: \"your-key-id\", privateKeyFile: \"kalshi.pem\")\nlet client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())\n").count == 5)
        #expect(!page.contains("Client(transport: URLSessionTransport())"))
    }
}
