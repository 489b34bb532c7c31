import SDKGenCore
import Testing

/// Which operations get streaming forms, of what, and the name clash that leaves one out.
@Suite struct StreamsTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /chat:
            post:
              operationId: chat
              responses:
                '200':
                  description: ok
                  content:
                    text/event-stream: {schema: {$ref: '#/components/schemas/Chunk'}}
                    application/json: {schema: {$ref: '#/components/schemas/Chunk'}}
          /speech:
            post:
              operationId: speech
              responses:
                '200':
                  description: audio, or events
                  headers: {X-Id: {schema: {type: string}}}
                  content:
                    application/octet-stream: {schema: {type: string, format: binary}}
                    text/event-stream: {schema: {$ref: '#/components/schemas/Chunk'}}
          /lines:
            get:
              operationId: lines
              responses:
                '200': {description: ok, content: {application/x-ndjson: {schema: {$ref: '#/components/schemas/Chunk'}}}}
          /lines-stream:
            get:
              operationId: linesStream
              responses:
                '204': {description: ok}
          /records:
            get:
              operationId: records
              responses:
                '200': {description: ok, content: {application/json-seq: {}}}
        components:
          schemas:
            Chunk: {type: object, properties: {text: {type: string}}}
        """

    @Test func streamingMediaTypesGetStreamsAndBinaryBodiesGetBodies() throws {
        let (built, diagnostics) = model(Self.spec)
        let operations = Dictionary(uniqueKeysWithValues: try #require(built).tags.flatMap(\.operations).map { ($0.swiftName, $0) })
        func streams(_ name: String) -> [String] {
            (operations[name]?.streams ?? []).map { "\($0.methodName) \($0.content.contentType) \($0.content.type.swift) \($0.status)" }
        }
        // The method reads the JSON body; the stream the events.
        #expect(operations["chat"]?.result.bodyType == .named("Chunk"))
        #expect(streams("chat") == ["chatStream text/event-stream Chunk 200"])
        // The method reads the bytes (not the event stream, which is text), with the headers; the
        // body alone is the third method.
        #expect(operations["speech"]?.result.bodyType?.swift == "Data")
        #expect(streams("speech") == ["speechStream text/event-stream Chunk 200", "speechBody application/octet-stream Data 200"])
        // Events without a schema are JSON values.
        #expect(streams("records") == ["recordsStream application/json-seq JSONValue 200"])
        // `linesStream` is an operation of the group: `lines` gets no stream, with a warning, and no
        // `Body` either, since its bytes are the stream's.
        #expect(streams("lines") == [])
        #expect(diagnostics.map(\.description) == [
            "spec.yaml:25:7: warning: the application/x-ndjson response of 'lines' gets no 'linesStream' method: Default has a method of that name; rename one with 'naming: operations:' in sdkgen.yaml (at '#/paths/~1lines/get')",
        ])
    }
}
