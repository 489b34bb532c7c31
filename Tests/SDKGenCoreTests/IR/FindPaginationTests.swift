import SDKGenCore
import Testing

/// Which operations get a page sequence, and what it reads from the page.
@Suite struct FindPaginationTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /markets:
            get:
              operationId: getMarkets
              parameters:
                - {name: cursor, in: query, schema: {type: string}}
                - {name: limit, in: query, schema: {type: integer}}
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Markets'}}}}
          /events:
            get:
              operationId: getEvents
              parameters: [{name: cursor, in: query, schema: {type: string}}]
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Events'}}}}
          /required:
            get:
              operationId: getRequired
              parameters: [{name: cursor, in: query, required: true, schema: {type: string}}]
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Markets'}}}}
          /programs:
            get:
              operationId: getPrograms
              parameters: [{name: cursor, in: query, schema: {type: string}}]
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Programs'}}}}
          /plain:
            get:
              operationId: getPlain
              parameters: [{name: cursor, in: query, schema: {type: string}}]
              responses:
                '200': {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}
        components:
          schemas:
            Markets:
              type: object
              required: [markets]
              properties:
                markets: {type: array, items: {type: string}}
                cursor: {type: string}
            Events:
              type: object
              properties:
                events: {type: array, items: {type: string}}
                series: {type: array, items: {type: string}}
                cursor: {type: string, nullable: true}
            Programs:
              type: object
              properties:
                programs: {type: array, items: {type: integer}}
                next_cursor: {type: string}
        """

    @Test func marksCursorOperationsWithTheirItems() throws {
        let (built, diagnostics) = model(Self.spec)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let operations = try #require(built).tags.flatMap(\.operations)
        let found = Dictionary(uniqueKeysWithValues: operations.map { ($0.swiftName, $0.pagination) })
        let markets = try #require(found["getMarkets"] ?? nil)
        #expect(markets.methodName == "getMarketsPages")
        #expect(markets.cursorProperty == "cursor")
        #expect(markets.cursorOptional)
        #expect(markets.itemsProperty == "markets")
        #expect(markets.itemsOptional == false)
        #expect(markets.itemType == .builtin(.string))
        // Two arrays: pages, but no items.
        let events = try #require(found["getEvents"] ?? nil)
        #expect(events.itemsProperty == nil)
        #expect(events.itemType == nil)
        // The next cursor in `next_cursor` (Kalshi's incentive programs).
        let programs = try #require(found["getPrograms"] ?? nil)
        #expect(programs.cursorProperty == "nextCursor")
        #expect(programs.itemsProperty == "programs")
        #expect(programs.itemType == .builtin(.int))
        // A required cursor, or a page that is not an object with a cursor: no pages.
        #expect(found["getRequired"].flatMap { $0 } == nil)
        #expect(found["getPlain"].flatMap { $0 } == nil)
    }
}
