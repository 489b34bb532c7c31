import Foundation
import SDKGenCore
import Testing
@testable import SDKGenMock

let petSpec = """
    openapi: 3.0.3
    info: {title: pets, version: '1'}
    servers: [{url: 'https://api.example.com/v2'}]
    security: [{key: []}]
    paths:
      /pets:
        get:
          security: []
          parameters:
            - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 10}}
            - {name: tags, in: query, schema: {type: array, items: {type: string}}}
          responses:
            '200':
              description: ok
              headers: {X-Total: {schema: {type: integer}}}
              content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}
        post:
          requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/NewPet'}}}}
          responses:
            '201': {description: created, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}, example: {id: 7, name: Rex}}}}
            '422': {description: invalid, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
      /pets/{id}:
        parameters: [{name: id, in: path, required: true, schema: {type: integer, format: int64}}]
        delete:
          responses: {'204': {description: gone}, '404': {description: missing}}
      /pets/mine:
        get:
          security: []
          responses: {'200': {description: ok, content: {text/plain: {schema: {type: string, example: mine}}}}}
      /forms:
        post:
          security: []
          requestBody:
            content:
              application/x-www-form-urlencoded: {schema: {type: object, required: [n], properties: {n: {type: integer}, tags: {type: array, items: {type: string, enum: [a, b]}}}}}
              multipart/form-data: {schema: {type: object, required: [file], properties: {file: {type: string, format: binary}, count: {type: integer}}}}
          responses: {'204': {description: ok}}
    components:
      securitySchemes:
        key: {type: apiKey, in: header, name: X-Key}
      schemas:
        Pet: {type: object, required: [id, name], properties: {id: {type: integer}, name: {type: string}}}
        NewPet: {type: object, required: [name], properties: {name: {type: string, minLength: 1}}}
        Problem: {type: object, required: [title], properties: {title: {type: string}}}
    """

func petMock(credentials: [String: String] = [:]) -> MockAPI {
    MockAPI(document: parseYAML(Array(petSpec.utf8), file: "pets.yaml", diagnostics: DiagnosticSink())!, credentials: credentials)
}

extension MockResponse {
    var text: String { String(decoding: body, as: UTF8.self) }
}

@Suite struct MockAPITests {
    let api = petMock()

    func send(_ method: String, _ target: String, headers: [(String, String)] = [], body: String = "") -> MockResponse {
        let parts = target.split(separator: "?", maxSplits: 1).map(String.init)
        return api.respond(to: MockRequest(method: method, path: parts[0], query: parts.count > 1 ? parts[1] : "", headers: headers.map { (name: $0.0, value: $0.1) }, body: Array(body.utf8)))
    }

    @Test func aValidRequestGetsTheSynthesizedSuccessResponse() {
        let response = send("GET", "/v2/pets?limit=3&tags=a&tags=b")
        #expect(response.status == 200)
        #expect(response.text == #"[{"id":0,"name":"string"}]"#)
        #expect(response.headers == [.init(name: "Content-Type", value: "application/json"), .init(name: "X-Total", value: "0")])
        // The same request, the same bytes; and the path without the server's base path too.
        #expect(send("GET", "/v2/pets?limit=3&tags=a&tags=b") == response)
        #expect(send("GET", "/pets") == response)
    }

    @Test func theWrittenExampleIsTheAnswer() {
        let response = send("POST", "/v2/pets", headers: [("X-Key", "k"), ("Content-Type", "application/json; charset=utf-8")], body: #"{"name":"Rex"}"#)
        #expect(response.status == 201)
        #expect(response.text == #"{"id":7,"name":"Rex"}"#)
    }

    @Test func aBadParameterGets400NamingIt() {
        let response = send("GET", "/v2/pets?limit=11")
        #expect(response.status == 400)
        #expect(response.text == #"{"error":{"message":"the query parameter 'limit' is invalid: 11 is above the maximum 10","parameter":"limit","in":"query"}}"#)
        #expect(send("GET", "/v2/pets?limit=two").text == #"{"error":{"message":"the query parameter 'limit' is invalid: expected an integer, not a string","parameter":"limit","in":"query"}}"#)
    }

    @Test func missingCredentialsGet401() {
        let response = send("POST", "/v2/pets", headers: [("Content-Type", "application/json")], body: #"{"name":"Rex"}"#)
        #expect(response.status == 401)
        #expect(response.text == #"{"error":{"message":"the operation needs the credentials of key"}}"#)
    }

    @Test func aRefusalUsesTheDocumentedErrorResponse() {
        let invalid = send("POST", "/v2/pets", headers: [("X-Key", "k"), ("Content-Type", "application/json")], body: #"{"name":""}"#)
        #expect(invalid.status == 422)
        #expect(invalid.text == #"{"title":"string"}"#)
        #expect(invalid.header("sdkgen-mock-error") == "the request body is invalid at /name: expected at least 1 characters, not 0")
        let malformed = send("POST", "/v2/pets", headers: [("X-Key", "k"), ("Content-Type", "application/json")], body: #"{"name":"#)
        #expect(malformed.status == 422)
        #expect(malformed.header("sdkgen-mock-error") == "the request body is not valid JSON: unexpected end of the body at byte 8")
        let wrongType = send("POST", "/v2/pets", headers: [("X-Key", "k"), ("Content-Type", "text/plain")], body: "Rex")
        #expect(wrongType.status == 422)
        #expect(wrongType.header("sdkgen-mock-error") == "the Content-Type text/plain is not one the operation accepts (application/json)")
        let missing = send("POST", "/v2/pets", headers: [("X-Key", "k")])
        #expect(missing.header("sdkgen-mock-error") == "the request body is required and missing")
        // Only 404 is documented: a bad path parameter gets it, with the reason in the header.
        let badID = send("DELETE", "/v2/pets/abc", headers: [("X-Key", "k")])
        #expect(badID.status == 404)
        #expect(badID.body == [])
        #expect(badID.header("sdkgen-mock-error") == "the path parameter 'id' is invalid: expected an integer, not a string")
    }

    @Test func routesPreferLiteralPathsAndAnswerUnknownOnes() {
        let mine = send("GET", "/v2/pets/mine")
        #expect(mine.status == 200)
        #expect(mine.text == "mine")
        #expect(mine.header("Content-Type") == "text/plain")
        #expect(send("DELETE", "/v2/pets/12", headers: [("X-Key", "k")]).status == 204)
        let wrongMethod = send("PUT", "/v2/pets")
        #expect(wrongMethod.status == 405)
        #expect(wrongMethod.header("Allow") == "GET, POST, HEAD")
        let unknown = send("GET", "/v2/cats")
        #expect(unknown.status == 404)
        #expect(unknown.text == #"{"error":{"message":"no operation of the spec has the path /v2/cats"}}"#)
    }

    @Test func configuredCredentialsMustMatch() {
        let strict = petMock(credentials: ["key": "s3cret"])
        func delete(_ key: String) -> Int {
            strict.respond(to: MockRequest(method: "DELETE", path: "/v2/pets/1", headers: [(name: "X-Key", value: key)])).status
        }
        #expect(delete("guess") == 401)
        #expect(delete("s3cret") == 204)
    }

    @Test func formsAndMultipartBodiesAreChecked() {
        let form = [("Content-Type", "application/x-www-form-urlencoded")]
        #expect(send("POST", "/forms", headers: form, body: "n=3&tags=a&tags=b").status == 204)
        #expect(send("POST", "/forms", headers: form, body: "n=x").header("sdkgen-mock-error") == "the request body is invalid at /n: expected an integer, not a string")
        #expect(send("POST", "/forms", headers: form, body: "n=1&tags=c").header("sdkgen-mock-error") == "the request body is invalid at /tags/0: \"c\" is not one of the allowed values (\"a\", \"b\")")
        #expect(send("POST", "/forms", headers: form).header("sdkgen-mock-error") == "the request body is invalid: the required property 'n' is missing")
        let multipart = [("Content-Type", "multipart/form-data; boundary=XyZ")]
        let withFile = "--XyZ\r\nContent-Disposition: form-data; filename=\"a.bin\"; name=\"file\"\r\nContent-Type: application/octet-stream\r\n\r\n\u{1}\u{2}\r\n--XyZ\r\nContent-Disposition: form-data; name=\"count\"\r\n\r\n2\r\n--XyZ--\r\n"
        #expect(send("POST", "/forms", headers: multipart, body: withFile).status == 204)
        let withoutFile = "--XyZ\r\nContent-Disposition: form-data; name=\"count\"\r\n\r\n2\r\n--XyZ--\r\n"
        #expect(send("POST", "/forms", headers: multipart, body: withoutFile).header("sdkgen-mock-error") == "the request body is invalid: the required property 'file' is missing")
    }

    @Test func requestSamplesAreValidRequests() throws {
        let body = try #require(api.sampleRequestValue("POST", "/pets", .body))
        #expect(body.text == #"{"name":"string"}"#)
        #expect(api.sampleRequestValue("DELETE", "/pets/{id}", .parameter("path", "id")) == .int(0))
        #expect(api.sampleRequestValue("GET", "/nowhere", .body) == nil)
    }
}
