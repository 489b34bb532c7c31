import Foundation
import GoldenPetstore
import SDKGenRuntime
import TestSupport
import Testing

/// An implementation of the petstore's `PetsAPI` that answers from what it was sent.
actor FakePets: PetsAPI {
    var created: [NewPet] = []
    var forms: [UpdatePetWithFormRequest] = []
    var documents: [UploadDocumentRequest] = []
    var credentials: [String: Credential] = [:]

    func adoptPet(petId: Int64, note: String?) async throws -> AdoptPetResponse {
        note == "later" ? .accepted : .ok(Pet(name: note ?? "", id: petId))
    }

    func createPet(_ body: NewPet, xTraceID: String?) async throws -> Pet {
        created.append(body)
        credentials = ServerRequestContext.current?.credentials ?? [:]
        return Pet(name: body.name, tag: xTraceID, rating: body.rating, bornAt: body.bornAt, status: body.status, id: 7)
    }

    func deletePet(petId: Int64) async throws {
        if petId == 500 { throw CancellationError() }
    }

    func getPetsPetID(petId: Int64) async throws -> Pet {
        if petId == 3 { throw HTTPStatusError(418) }
        guard petId == 1 else { throw GetPetsPetIDError.notFound }
        return Pet(name: "Rex", id: 1)
    }

    func listPets(xTraceID: String?, limit: Int32?, tags: [String]?, status: PetStatus?) async throws -> (body: [Pet], headers: ListPetsResponseHeaders) {
        if limit == 0 { throw ListPetsError.clientError(status: 422, ErrorModel(code: 422, message: "limit must be positive")) }
        let pets = (tags ?? []).enumerated().map { Pet(name: $1, tag: xTraceID, status: status, id: Int64($0)) }
        return (Array(pets.prefix(Int(limit ?? 100))), ListPetsResponseHeaders(xNext: limit.map { "after-\($0)" }))
    }

    func updatePetWithForm(petId: Int64, body: UpdatePetWithFormRequest) async throws {
        forms.append(body)
    }

    func uploadDocument(petId: Int64, body: UploadDocumentRequest) async throws {
        documents.append(body)
    }

    func uploadPhoto(petId: Int64, body: Data) async throws -> String {
        "\(petId): \(body.count) bytes"
    }
}

@Suite struct GeneratedServerTests {
    static func serve() throws -> (LoopbackTransport, FakePets, Client) {
        let transport = LoopbackTransport()
        let pets = FakePets()
        try pets.registerHandlers(on: transport, serverURL: URL(string: "/")!)
        let client = Client(serverURL: URL(string: "https://pets.invalid")!, transport: transport, credentials: ["bearerAuth": .bearer("t0ken")])
        return (transport, pets, client)
    }

    /// The generated client and the generated server agree on every parameter style and body
    /// kind the petstore uses.
    @Test func theClientAndTheServerAgree() async throws {
        let (_, pets, client) = try Self.serve()
        let born = try #require(JSONCoding.parseDateTime("2024-01-02T03:04:05.250Z"))
        let created = try await client.pets.createPet(NewPet(name: "Rex, the dog", rating: 4.25, bornAt: born, status: .pending), xTraceID: "trace 1")
        #expect(created == Pet(name: "Rex, the dog", tag: "trace 1", rating: 4.25, bornAt: born, status: .pending, id: 7))
        #expect(await pets.created.map(\.name) == ["Rex, the dog"])
        #expect(await pets.credentials.description == "[\"bearerAuth\": Credential.bearer(<redacted>)]")

        let (listed, headers) = try await client.pets.listPets(xTraceID: "t", limit: 2, tags: ["a b", "c,d", "e"], status: .sold)
        #expect(listed.map(\.name) == ["a b", "c,d"])
        #expect(listed.map(\.status) == [.sold, .sold])
        #expect(headers == ListPetsResponseHeaders(xNext: "after-2"))

        #expect(try await client.pets.adoptPet(petId: 3, note: "now") == .ok(Pet(name: "now", id: 3)))
        #expect(try await client.pets.adoptPet(petId: 3, note: "later") == .accepted)
        #expect(try await client.pets.getPetsPetID(petId: 1) == Pet(name: "Rex", id: 1))
        try await client.pets.updatePetWithForm(petId: 1, body: UpdatePetWithFormRequest(name: "R&x =1+", tags: ["x", "y z"]))
        #expect(await pets.forms == [UpdatePetWithFormRequest(name: "R&x =1+", tags: ["x", "y z"])])
        #expect(try await client.pets.uploadPhoto(petId: 9, body: Data([1, 2, 3])) == "9: 3 bytes")
        // A file whose bytes hold a line break and the start of a delimiter, and a text part.
        let file = Data("line\r\n--sdkgen\r\n\u{0}\u{FF}".utf8)
        try await client.pets.uploadDocument(petId: 1, body: UploadDocumentRequest(file: file, note: "a \"quoted\" note"))
        #expect(await pets.documents == [UploadDocumentRequest(file: file, note: "a \"quoted\" note")])
    }

    /// Enums are open in the client and closed in the server: a value the spec does not list is
    /// a 400 naming where it was, in a body or in a parameter, and never reaches the handler.
    @Test func theServerRefusesEnumValuesTheSpecDoesNotList() async throws {
        let (_, pets, client) = try Self.serve()
        do {
            _ = try await client.pets.createPet(NewPet(name: "Rex", status: .unknown("new")), xTraceID: nil)
            Issue.record("expected a 400")
        } catch let error as APIError {
            #expect(error.status == 400)
            #expect(String(decoding: error.body, as: UTF8.self) == #"{"error":{"message":"the request body is invalid: '.status': 'new' is not one of the values the spec lists","pointer":"/status"}}"#)
        }
        #expect(await pets.created == [])
        do {
            _ = try await client.pets.listPets(xTraceID: nil, limit: nil, tags: nil, status: .unknown("new"))
            Issue.record("expected a 400")
        } catch let error as APIError {
            #expect(error.status == 400)
            #expect(String(decoding: error.body, as: UTF8.self) == #"{"error":{"in":"query","message":"the query parameter 'status' is invalid: 'new' is not one of the values the spec lists","parameter":"status"}}"#)
        }
        // The client still reads a value it does not know, as `.unknown`.
        let unknown = try JSONCoding.decoder().decode(PetStatus.self, from: Data(#""new""#.utf8))
        #expect(unknown == .unknown("new"))
    }

    /// The operation's error enum names a documented status and types its body; the client
    /// reads both back. `HTTPStatusError` answers any other status.
    @Test func aThrownErrorResponseIsTheResponse() async throws {
        let (_, _, client) = try Self.serve()
        do {
            _ = try await client.pets.getPetsPetID(petId: 2)
            Issue.record("expected a 404")
        } catch let error as APIError {
            #expect(error.kind == .unexpectedStatus)
            #expect(error.status == 404)
            #expect(error.body.isEmpty)
        }
        do {
            _ = try await client.pets.listPets(xTraceID: nil, limit: 0, tags: nil, status: nil)
            Issue.record("expected a 422")
        } catch let error as APIError {
            #expect(error.status == 422)
            #expect(error.decodedBody(as: ErrorModel.self) == ErrorModel(code: 422, message: "limit must be positive"))
            #expect(error.headers[.contentType] == "application/json")
        }
        do {
            _ = try await client.pets.getPetsPetID(petId: 3)
            Issue.record("expected a 418")
        } catch let error as APIError {
            #expect(error.status == 418)
        }
    }

    /// Requests the server cannot read get a status and a JSON body that says why, and never
    /// reach the implementation.
    @Test(arguments: [
        (HTTPRequest.Method.get, "/pets?limit=ten", [HTTPField.Name.authorization: "Bearer t0ken"], nil as String?,
         400, #"{"error":{"in":"query","message":"the query parameter 'limit' is invalid: expected an integer that fits Int32, got 'ten'","parameter":"limit"}}"#),
        (.get, "/pets?limit=3000000000", [.authorization: "Bearer t0ken"], nil,
         400, #"{"error":{"in":"query","message":"the query parameter 'limit' is invalid: expected an integer that fits Int32, got '3000000000'","parameter":"limit"}}"#),
        (.get, "/pets/abc", [.authorization: "Bearer t0ken"], nil,
         400, #"{"error":{"in":"path","message":"the path parameter 'petId' is invalid: expected an integer that fits Int64, got 'abc'","parameter":"petId"}}"#),
        (.get, "/pets", [:], nil,
         401, #"{"error":{"message":"the request has no credentials for bearerAuth"}}"#),
        (.post, "/pets", [.authorization: "Bearer t0ken", .contentType: "application/json"], #"{"name": 5}"#,
         400, #"{"error":{"message":"the request body is invalid: '.name': expected String: Expected to decode String but found number instead.","pointer":"/name"}}"#),
        (.post, "/pets", [.authorization: "Bearer t0ken", .contentType: "application/json"], #"{"name": "a""#,
         400, #"{"error":{"message":"the request body is invalid: the body: The given data was not valid JSON.","pointer":""}}"#),
        (.post, "/pets", [.authorization: "Bearer t0ken", .contentType: "text/plain"], "name",
         415, #"{"error":{"message":"the Content-Type 'text/plain' is not accepted; expected application/json"}}"#),
        (.post, "/pets", [.authorization: "Bearer t0ken"], nil,
         400, #"{"error":{"message":"the request body is required","pointer":""}}"#),
        (.post, "/pets/1/documents", [.authorization: "Bearer t0ken", .contentType: "multipart/form-data"], "--x\r\n\r\n--x--\r\n",
         400, #"{"error":{"message":"the multipart body cannot be read: it needs a boundary parameter and parts that end with it"}}"#),
        (.post, "/pets/1/documents", [.authorization: "Bearer t0ken", .contentType: "multipart/form-data; boundary=x"], "--x\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi\r\n--x--\r\n",
         400, #"{"error":{"message":"the multipart body is invalid: the body: missing key 'file'","pointer":"/file"}}"#),
        (.delete, "/pets/500", [.authorization: "Bearer t0ken"], nil,
         500, #"{"error":{"message":"internal server error"}}"#),
    ])
    func badRequestsAreRefused(method: HTTPRequest.Method, path: String, headers: [HTTPField.Name: String], body: String?, status: Int, expected: String) async throws {
        let (transport, pets, _) = try Self.serve()
        var fields = HTTPFields()
        for (name, value) in headers { fields[name] = value }
        let (code, text) = try await transport.raw(method, path, headers: fields, body: body)
        #expect(code == status)
        #expect(text == expected)
        #expect(await pets.created.isEmpty)
    }
}
