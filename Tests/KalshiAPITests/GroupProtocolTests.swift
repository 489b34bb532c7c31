import _CryptoExtras
import Foundation
import KalshiAPI
import TestSupport
import Testing

/// App code that depends on an operation group's protocol, not on the client.
func apiKeyNames(_ keys: some ApiKeysAPI) async throws -> [String] {
    try await keys.getApiKeys(fcmSubtraderID: nil).apiKeys.map(\.name)
}

/// A test's fake: the protocol's requirements, answered from memory.
actor FakeApiKeys: ApiKeysAPI {
    var keys: [ApiKey] = []

    func createApiKey(_ body: CreateApiKeyRequest) async throws -> CreateApiKeyResponse {
        keys.append(ApiKey(apiKeyID: "fake-\(keys.count)", name: body.name, scopes: body.scopes ?? []))
        return CreateApiKeyResponse(apiKeyID: "fake-\(keys.count - 1)")
    }

    func deleteApiKey(apiKey: String) async throws {
        keys.removeAll { $0.apiKeyID == apiKey }
    }

    func generateApiKey(_ body: GenerateApiKeyRequest) async throws -> GenerateApiKeyResponse {
        throw CancellationError()
    }

    func getApiKeys(fcmSubtraderID: String?) async throws -> GetApiKeysResponse {
        GetApiKeysResponse(apiKeys: keys)
    }
}

@Suite("Operation group protocols", .timeLimit(.minutes(3)))
struct GroupProtocolTests {
    @Test func aFakeStandsInForTheClient() async throws {
        let fake = FakeApiKeys()
        let created = try await fake.createApiKey(CreateApiKeyRequest(name: "bot", publicKey: "-----BEGIN PUBLIC KEY-----"))
        #expect(created.apiKeyID == "fake-0")
        #expect(try await apiKeyNames(fake) == ["bot"])
        try await fake.deleteApiKey(apiKey: "fake-0")
        #expect(try await apiKeyNames(fake) == [])
    }

    @Test func theClientGroupIsAnImplementation() async throws {
        let server = try KalshiTestServer()
        let client = try server.client(keyID: "rsa-key", pem: server.startup.rsa_pkcs1)
        let keys: any ApiKeysAPI = client.apiKeys
        #expect(try await apiKeyNames(keys) == ["bot", "sub"])
    }
}

// These suites run beside `theClientGroupIsAnImplementation` (a Python server, URLSession and RSA
// signing) on purpose. They were serialized with it after the test process aborted (signal 6) in
// 2 of 7 full runs. The cause: swift-crypto 3.x's `_RSA.Signing.PublicKey(derRepresentation:)`
// frees its key twice when the DER does not parse, which corrupts the heap; with other threads
// allocating, BoringSSL's reference count check then aborts. `KalshiPublicKey` now reads the key
// itself and never hands such DER to swift-crypto (see `RSAPublicKeyDER`).
extension GroupProtocolTests {
    @Suite("The generated Kalshi server")
    struct KalshiServerTests {
        /// The signed client's requests, served by `registerHandlers` under the server URL's path.
        @Test func servesAnImplementationToTheClient() async throws {
            let transport = LoopbackTransport()
            let fake = FakeApiKeys()
            try fake.registerHandlers(on: transport, serverURL: Servers.demo)
            let credentials: [String: Credential] = ["kalshiAccessKey": .apiKey("key"), "kalshiAccessSignature": .apiKey("sig"), "kalshiAccessTimestamp": .apiKey("1")]
            let client = Client(serverURL: Servers.demo, transport: transport, credentials: credentials)
            let created = try await client.apiKeys.createApiKey(CreateApiKeyRequest(name: "bot", publicKey: "PEM", scopes: [.read, .writeTrade]))
            #expect(created.apiKeyID == "fake-0")
            let listed = try await client.apiKeys.getApiKeys().apiKeys
            #expect(listed.map(\.apiKeyID) == ["fake-0"])
            #expect(listed.map(\.name) == ["bot"])
            #expect(listed.map(\.scopes) == [[.read, .writeTrade]])
            // A scope the spec does not list is refused by the server, before the implementation.
            await #expect(throws: APIError.self) { try await client.apiKeys.createApiKey(CreateApiKeyRequest(name: "x", publicKey: "PEM", scopes: [.unknown("read, write")])) }
            try await client.apiKeys.deleteApiKey(apiKey: "fake-0")
            #expect(try await apiKeyNames(client.apiKeys) == [])
            // Without Kalshi's headers the server refuses before the implementation runs.
            let (status, body) = try await transport.raw(.get, "/trade-api/v2/api_keys", headers: [:])
            #expect(status == 401)
            #expect(body == #"{"error":{"message":"the request has no credentials for kalshiAccessKey + kalshiAccessSignature + kalshiAccessTimestamp"}}"#)
            // A handler's failure is a 500 that names nothing internal.
            let (failed, failure) = try await transport.raw(.post, "/trade-api/v2/api_keys/generate", headers: [.contentType: "application/json", HTTPField.Name("KALSHI-ACCESS-KEY")!: "k", HTTPField.Name("KALSHI-ACCESS-SIGNATURE")!: "s", HTTPField.Name("KALSHI-ACCESS-TIMESTAMP")!: "1"], body: #"{"name":"x"}"#)
            #expect(failed == 500)
            #expect(failure == #"{"error":{"message":"internal server error"}}"#)
        }
    }

    /// `KalshiSignatureVerifier` checks signatures made by Python's `cryptography` package, not by
    /// the SDK: the other way round from the end-to-end tests.
    @Suite("Kalshi signature verification")
    struct KalshiVerificationTests {
        struct Signed: Decodable {
            var key: String
            var method: String
            var path: String
            var timestamp: String
            var signature: String
        }

        struct Startup: Decodable {
            var rsa_public: String
            var ed25519_public: String
            var requests: [Signed]
        }

        static func signed() throws -> (PythonServer, Startup) {
            let script = try #require(Bundle.module.url(forResource: "kalshi_signer", withExtension: "py", subdirectory: "Server"))
            let signer = try PythonServer(script: script)
            return (signer, try JSONDecoder().decode(Startup.self, from: signer.startupLine))
        }

        static func headers(_ signed: Signed, signature: String? = nil) -> HTTPFields {
            var fields = HTTPFields()
            fields[HTTPField.Name("KALSHI-ACCESS-KEY")!] = signed.key
            fields[HTTPField.Name("KALSHI-ACCESS-TIMESTAMP")!] = signed.timestamp
            fields[HTTPField.Name("KALSHI-ACCESS-SIGNATURE")!] = signature ?? signed.signature
            fields[.contentType] = "application/json"
            return fields
        }

        @Test func acceptsWhatPythonSignsAndRefusesTheRest() async throws {
            let (signer, startup) = try Self.signed()
            defer { withExtendedLifetime(signer) {} }
            let verifier = KalshiSignatureVerifier(publicKeys: [
                "rsa-key": try KalshiPublicKey(pem: startup.rsa_public),
                "ed-key": try KalshiPublicKey(pem: startup.ed25519_public),
            ])
            let transport = LoopbackTransport()
            try FakeApiKeys().registerHandlers(on: transport, serverURL: Servers.demo, middlewares: [verifier])
            let requests = startup.requests
            let bodies = ["GET": nil, "POST": #"{"name":"bot","public_key":"PEM"}"#, "DELETE": nil] as [String: String?]

            // RSA-PSS, Ed25519, and Ed25519 signed 30 s ago: all within the 60 s window.
            for request in requests.prefix(3) {
                let method = HTTPRequest.Method(request.method)!
                let (status, body) = try await transport.raw(method, request.path, headers: Self.headers(request), body: bodies[request.method] ?? nil)
                #expect(status == (method == .post ? 201 : method == .delete ? 204 : 200), "\(request.method) \(request.path): \(body)")
            }
            let refused: [(HTTPRequest.Method, String, HTTPFields, String)] = [
                // Signed ten minutes ago.
                (.get, requests[3].path, Self.headers(requests[3]), "KALSHI-ACCESS-TIMESTAMP is more than 60 s from the server's clock"),
                // The Ed25519 signature of another path.
                (.delete, "/trade-api/v2/api_keys/k-2", Self.headers(requests[2]), "KALSHI-ACCESS-SIGNATURE does not verify for this key, timestamp, method and path"),
                // The Ed25519 signature of the POST, sent as a GET.
                (.get, requests[1].path, Self.headers(requests[1]), "KALSHI-ACCESS-SIGNATURE does not verify for this key, timestamp, method and path"),
                // The RSA key's signature under the Ed25519 key's id.
                (.get, requests[0].path, { var fields = Self.headers(requests[0]); fields[HTTPField.Name("KALSHI-ACCESS-KEY")!] = "ed-key"; return fields }(), "KALSHI-ACCESS-SIGNATURE does not verify for this key, timestamp, method and path"),
                (.get, requests[0].path, { var fields = Self.headers(requests[0]); fields[HTTPField.Name("KALSHI-ACCESS-KEY")!] = "nobody"; return fields }(), "the key id is not registered"),
                (.get, requests[0].path, Self.headers(requests[0], signature: "not base64!"), "KALSHI-ACCESS-SIGNATURE does not verify for this key, timestamp, method and path"),
                (.get, requests[0].path, [:], "the request is not signed: it needs KALSHI-ACCESS-KEY, KALSHI-ACCESS-TIMESTAMP and KALSHI-ACCESS-SIGNATURE"),
            ]
            for (method, path, headers, reason) in refused {
                let (status, body) = try await transport.raw(method, path, headers: headers)
                #expect(status == 401, "\(path)")
                #expect(body == #"{"error":{"message":"\#(reason)"}}"#)
            }
        }

        /// DER that is no RSA public key, each as a `BEGIN PUBLIC KEY` PEM. The third passed the
        /// check that used to guard swift-crypto (a SubjectPublicKeyInfo header, the rsaEncryption
        /// OID, more than 64 bytes) and then made it free a key twice.
        static let notKeys: [(String, [UInt8])] = {
            let header: [UInt8] = [0x30, 0x82, 0x01, 0x22, 0x30, 0x0D, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0F, 0x00]
            let modulus: [UInt8] = [0x00, 0xC1] + [UInt8](repeating: 0x5A, count: 255)
            func integer(_ bytes: [UInt8]) -> [UInt8] { [0x02, 0x82, UInt8(bytes.count >> 8), UInt8(bytes.count & 0xFF)] + bytes }
            func sequence(_ bytes: [UInt8]) -> [UInt8] { [0x30, 0x82, UInt8(bytes.count >> 8), UInt8(bytes.count & 0xFF)] + bytes }
            let pkcs1 = sequence(integer(modulus) + [0x02, 0x03, 0x01, 0x00, 0x01])
            return [
                ("three bytes", [0x00, 0x00, 0x00]),
                ("an empty SEQUENCE", [0x30, 0x00]),
                ("the SPKI header, then garbage", header + [UInt8](repeating: 0x41, count: 80)),
                ("a key with a byte after it", pkcs1 + [0x00]),
                ("a truncated key", Array(pkcs1.dropLast(3))),
                ("a 1024-bit modulus", sequence(integer([0x00, 0xC1] + [UInt8](repeating: 0x5A, count: 127)) + [0x02, 0x03, 0x01, 0x00, 0x01])),
                ("a negative modulus", sequence(integer([0xC1] + [UInt8](repeating: 0x5A, count: 256)) + [0x02, 0x03, 0x01, 0x00, 0x01])),
                ("an even exponent", sequence(integer(modulus) + [0x02, 0x01, 0x02])),
                ("a length in more bytes than it needs", [0x30, 0x81, 0x05, 0x02, 0x01, 0x03, 0x02, 0x01, 0x03]),
            ]
        }()

        static func pem(_ der: [UInt8]) -> String {
            "-----BEGIN PUBLIC KEY-----\n" + Data(der).base64EncodedString(options: [.lineLength64Characters, .endLineWithLineFeed]) + "\n-----END PUBLIC KEY-----"
        }

        @Test func refusesKeysThatAreNotPublicKeys() throws {
            for text in ["-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----", "hello"] + Self.notKeys.map({ Self.pem($0.1) }) {
                #expect(throws: KalshiCredentialsError.self, "\(text)") { try KalshiPublicKey(pem: text) }
            }
            do {
                _ = try KalshiPublicKey(pem: Self.pem(Self.notKeys[2].1))
            } catch {
                #expect("\(error)".hasSuffix("the PEM text is not a readable RSA (2048 bits or more) or Ed25519 public key"), "\(error)")
            }
        }

        /// The same RSA key as a SubjectPublicKeyInfo (`BEGIN PUBLIC KEY`) and as PKCS#1
        /// (`BEGIN RSA PUBLIC KEY`) verifies a signature Python's `cryptography` made.
        @Test func readsBothRSAPublicKeyForms() throws {
            let (signer, startup) = try Self.signed()
            defer { withExtendedLifetime(signer) {} }
            let request = startup.requests[0]
            // Signed without the query, as Kalshi signs.
            let message = request.timestamp + request.method + String(request.path.prefix { $0 != "?" })
            let spki = try KalshiPublicKey(pem: startup.rsa_public)
            #expect(spki.isValidSignature(request.signature, for: message))
            let pkcs1 = try _RSA.Signing.PublicKey(pemRepresentation: startup.rsa_public).pkcs1PEMRepresentation
            #expect(pkcs1.hasPrefix("-----BEGIN RSA PUBLIC KEY-----"))
            #expect(try KalshiPublicKey(pem: pkcs1).isValidSignature(request.signature, for: message))
            #expect(!spki.isValidSignature(request.signature, for: message + "x"))
            // Lines that end in CRLF, as in a key file saved on Windows.
            let crlf = startup.rsa_public.replacingOccurrences(of: "\n", with: "\r\n")
            #expect(try KalshiPublicKey(pem: crlf).isValidSignature(request.signature, for: message))
        }

        /// Refusing keys while other threads sign requests and send them with URLSession: with
        /// swift-crypto's double free (the third key reached it through the old check), this
        /// aborted the process in 3 of 3 runs (signal 6, in BoringSSL's reference count).
        @Test func refusesKeysWhileOtherThreadsSignAndSend() async throws {
            let server = try KalshiTestServer()
            let client = try server.client(keyID: "rsa-key", pem: server.startup.rsa_pkcs1)
            let texts = Self.notKeys.map { Self.pem($0.1) }
            for _ in 0..<5 {
                try await withThrowingTaskGroup(of: Int.self) { group in
                    for _ in 0..<4 {
                        group.addTask {
                            let names = try await apiKeyNames(client.apiKeys)
                            #expect(names == ["bot", "sub"])
                            return 0
                        }
                        group.addTask { texts.filter { (try? KalshiPublicKey(pem: $0)) == nil }.count }
                    }
                    var refused = 0
                    for try await count in group { refused += count }
                    #expect(refused == 4 * texts.count)
                }
            }
        }
    }
}
