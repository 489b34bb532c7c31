import Foundation
import GoldenPetstore
import SDKGenRuntime
import Testing

/// Answers each request with a canned response and remembers what it was sent.
final class CannedTransport: ClientTransport, @unchecked Sendable {
    // Tests configure it before use and read it after; no concurrent access.
    let status: HTTPResponse.Status
    let contentType: String?
    let body: String
    var extraHeaders: HTTPFields = [:]
    private(set) var requests: [(HTTPRequest, Data, URL)] = []

    init(status: HTTPResponse.Status, contentType: String? = "application/json", body: String) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        let sent = body == nil ? Data() : try await Data(collecting: body!, upTo: 1 << 20)
        requests.append((request, sent, baseURL))
        var fields = extraHeaders
        if let contentType { fields[.contentType] = contentType }
        return (HTTPResponse(status: status, headerFields: fields), HTTPBody(self.body))
    }
}

@Suite struct GeneratedClientTests {
    @Test func buildsRequestsFromParameters() async throws {
        let transport = CannedTransport(status: .ok, body: "[]")
        let client = Client(serverURL: Servers.regional(region: "us"), transport: transport)
        let (pets, headers) = try await client.pets.listPets(xTraceID: "t-1", limit: 10, tags: ["a b", "c"], status: .unknown("new"))
        #expect(pets.isEmpty)
        #expect(headers == ListPetsResponseHeaders(xNext: nil))
        let (request, _, baseURL) = try #require(transport.requests.first)
        #expect(baseURL.absoluteString == "https://us.pets.example.com/v1")
        #expect(request.method == .get)
        #expect(request.path == "/pets?limit=10&tags=a%20b&tags=c&status=new")
        #expect(request.headerFields[HTTPField.Name("X-Trace-ID")!] == "t-1")
        #expect(request.headerFields[.accept] == "application/json")
    }

    @Test func responseHeadersAreReturned() async throws {
        let transport = CannedTransport(status: .ok, body: #"[{"name":"Rex","id":1}]"#)
        transport.extraHeaders[HTTPField.Name("X-Next")!] = "cursor-2"
        let (pets, headers) = try await Client(transport: transport).pets.listPets()
        #expect(pets.map(\.id) == [1])
        #expect(headers.xNext == "cursor-2")
    }

    @Test func encodesJSONAndBinaryBodies() async throws {
        let transport = CannedTransport(status: .created, body: #"{"name":"Rex","id":1}"#)
        let client = Client(transport: transport)
        let pet = try await client.pets.createPet(NewPet(name: "Rex", tag: nil, status: .pending))
        #expect(pet.id == 1)
        // `rating` has a schema default (3.5): it is sent, as the server would assume it.
        #expect(String(decoding: transport.requests[0].1, as: UTF8.self) == #"{"name":"Rex","rating":3.5,"status":"pending"}"#)
        #expect(transport.requests[0].0.headerFields[.contentType] == "application/json")

        let text = CannedTransport(status: .ok, contentType: "text/plain", body: "stored")
        let stored = try await Client(transport: text).pets.uploadPhoto(petId: 5, body: Data([0, 1, 2]))
        #expect(stored == "stored")
        #expect(text.requests[0].1 == Data([0, 1, 2]))
        #expect(text.requests[0].0.path == "/pets/5/photo")
        #expect(text.requests[0].0.headerFields[.contentType] == "application/octet-stream")
    }

    @Test func documentedErrorBodiesAreDecoded() async throws {
        let transport = CannedTransport(status: .notFound, body: #"{"code":404,"message":"no such pet"}"#)
        let error = try await #require(throws: APIError.self) { try await Client(transport: transport).pets.listPets() }
        #expect(error.status == 404)
        #expect(error.decodedBody(as: ErrorModel.self) == ErrorModel(code: 404, message: "no such pet"))

        let unexpected = CannedTransport(status: .serviceUnavailable, body: "down")
        let other = try await #require(throws: APIError.self) { try await Client(transport: unexpected).pets.getPetsPetID(petId: 1) }
        #expect(other.status == 503)
        #expect(other.decodedBody == nil)
        #expect(String(decoding: other.body, as: UTF8.self) == "down")
    }

    @Test func aBodyThatDoesNotMatchIsATypedError() async throws {
        let transport = CannedTransport(status: .ok, body: #"{"name": 5}"#)
        let error = try await #require(throws: APIError.self) { try await Client(transport: transport).pets.getPetsPetID(petId: 1) }
        #expect(error.kind == .invalidResponse)
        #expect(error.status == 200)
        #expect(error.underlying?.contains("'.name'") == true)
    }
}

@Suite struct GeneratedFormTests {
    @Test func formAndMultipartBodies() async throws {
        let form = CannedTransport(status: .noContent, contentType: nil, body: "")
        try await Client(transport: form).pets.updatePetWithForm(petId: 3, body: UpdatePetWithFormRequest(name: "Rex & Co", tags: ["a", "b"]))
        #expect(String(decoding: form.requests[0].1, as: UTF8.self) == "name=Rex%20%26%20Co&tags=a&tags=b")
        #expect(form.requests[0].0.headerFields[.contentType] == "application/x-www-form-urlencoded")

        let upload = CannedTransport(status: .created, contentType: nil, body: "")
        try await Client(transport: upload).pets.uploadDocument(petId: 3, body: UploadDocumentRequest(file: Data("PDF".utf8), note: "vet \"report\""))
        let contentType = try #require(upload.requests[0].0.headerFields[.contentType])
        #expect(contentType.hasPrefix("multipart/form-data; boundary="))
        let boundary = String(contentType.dropFirst("multipart/form-data; boundary=".count))
        let text = String(decoding: upload.requests[0].1, as: UTF8.self)
        #expect(text == "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file\"\r\nContent-Type: application/octet-stream\r\n\r\nPDF\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nvet \"report\"\r\n--\(boundary)--\r\n")
    }
}

@Suite struct GeneratedSecurityTests {
    @Test func credentialsFollowEachOperationsRequirements() async throws {
        let transport = CannedTransport(status: .ok, body: "[]")
        let client = Client(transport: transport, credentials: ["bearerAuth": .bearer("t0ken")])
        _ = try await client.pets.listPets()
        #expect(transport.requests[0].0.headerFields[.authorization] == "Bearer t0ken")

        let open = CannedTransport(status: .ok, body: "{}")
        _ = try await Client(transport: open, credentials: ["bearerAuth": .bearer("t0ken")]).store.getInventory()
        #expect(open.requests[0].0.headerFields[.authorization] == nil)

        let missing = try await #require(throws: APIError.self) {
            _ = try await Client(transport: CannedTransport(status: .ok, body: "[]"), credentials: [:]).pets.listPets()
        }
        #expect(missing.kind == .invalidRequest)
        #expect(missing.underlying == "the operation needs credentials for bearerAuth")
    }

    @Test func apiKeysInQueryAndCookie() async throws {
        let middleware = AuthenticationMiddleware(
            schemes: ["q": .apiKey(name: "api_key", location: .query), "c": .apiKey(name: "session", location: .cookie), "b": .http(scheme: "basic")],
            requirements: { _ in [["missing"], ["q", "c"], ["b"]] },
            credentials: ["q": .apiKey("k 1"), "c": .apiKey("s"), "b": .basic(username: "u", password: "p")]
        )
        let transport = CannedTransport(status: .ok, body: "[]")
        let client = APIClient(serverURL: URL(string: "https://x")!, transport: transport, middlewares: [middleware])
        _ = try await client.send(HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/a?x=1"), body: nil, operationID: "op")
        #expect(transport.requests[0].0.path == "/a?x=1&api_key=k%201")
        #expect(transport.requests[0].0.headerFields[.cookie] == "session=s")
        #expect(!String(describing: middleware).contains("k 1"))
        #expect(String(describing: Credential.basic(username: "u", password: "secret")) == "Credential.basic(username: u, password: <redacted>)")
    }
}

@Suite struct GeneratedResponsesTests {
    @Test func severalSuccessStatusesBecomeCases() async throws {
        let now = CannedTransport(status: .ok, body: #"{"name":"Rex","id":9}"#)
        let adopted = try await Client(transport: now).pets.adoptPet(petId: 9, note: "hi")
        #expect(adopted == .ok(Pet(name: "Rex", id: 9)))
        #expect(now.requests[0].0.path == "/pets/9/adopt?note=hi")
        let later = CannedTransport(status: .accepted, contentType: nil, body: "")
        #expect(try await Client(transport: later).pets.adoptPet(petId: 9) == .accepted)
    }

    @Test func decimalAndBase64Fields() throws {
        let pet = try JSONCoding.decoder().decode(NewPet.self, from: Data(#"{"name":"a","rating":4.25,"avatar":"AQID"}"#.utf8))
        #expect(pet.rating == Decimal(string: "4.25"))
        #expect(pet.avatar == Data([1, 2, 3]))
    }
}

@Suite struct ResponseSafetyTests {
    @Test(arguments: [
        (200, "text/html", "<html>oops</html>", "expected a JSON body, got Content-Type 'text/html'"),
        (200, "application/json", #"{"name": "Rex", "id": 1"#, "the body: The given data was not valid JSON."),
        (200, "application/json", #"{"name": "Rex"}"#, "the body: missing key 'id'"),
        (200, "application/problem+json", "[]", "the body: expected Dictionary<String, Any>: Expected to decode Dictionary<String, Any> but found an array instead."),
    ])
    func unexpectedBodiesAreTypedErrors(status: Int, contentType: String, body: String, message: String) async throws {
        let transport = CannedTransport(status: HTTPResponse.Status(code: status), contentType: contentType, body: body)
        let error = try await #require(throws: APIError.self) { try await Client(transport: transport).pets.getPetsPetID(petId: 1) }
        #expect(error.kind == .invalidResponse)
        #expect(error.status == status)
        #expect(error.underlying == message)
        #expect(String(decoding: error.body, as: UTF8.self) == body)
    }

    @Test func errorBodiesAreBounded() async throws {
        let huge = String(repeating: "x", count: 200_000)
        let transport = CannedTransport(status: .internalServerError, contentType: "text/plain", body: huge)
        let error = try await #require(throws: APIError.self) { try await Client(transport: transport).pets.getPetsPetID(petId: 1) }
        #expect(error.body.count == 64 * 1024)
        #expect(error.description.count < 400)
    }

    @Test func clientsNeverDescribeTheirSecrets() throws {
        let client = Client(transport: CannedTransport(status: .ok, body: ""), credentials: ["bearerAuth": .bearer("s3cr3t")], middlewares: [try HeaderAuthenticationMiddleware(headerName: "X-Key", value: "hunter2")])
        for text in [String(describing: client), String(reflecting: client), String(describing: client.base), String(reflecting: client.base)] {
            #expect(!text.contains("s3cr3t") && !text.contains("hunter2"), "\(text)")
            #expect(text.contains("AuthenticationMiddleware"))
        }
    }
}
