// Every example of Tests/Fixtures/features/pagination/Expected/docs, extracted by DocExamplesTests and compiled by the DocExamples target.
// Do not edit: re-record with `RECORD_GOLDENS=1 swift test`.
import Foundation
import GoldenFeaturePagination
import OpenAPIURLSession

enum GoldenFeaturePaginationExamples {
    static func DefaultApi_listEvents() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.default.listEvents()
        print(result)
        for try await page in client.default.listEventsPages() { print(page) }
        for try await item in client.default.listEventsPages().items { print(item) }  // every `data`
    }

    static func DefaultApi_listRepos() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.default.listRepos()
        print(result)
        for try await page in client.default.listReposPages() { print(page) }
        for try await item in client.default.listReposPages().items { print(item) }  // every `items`
    }

    static func DefaultApi_listTags() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.default.listTags()
        print(result)
    }

    static func DefaultApi_listUsers() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.default.listUsers()
        print(result)
        for try await page in client.default.listUsersPages() { print(page) }
        for try await item in client.default.listUsersPages().items { print(item) }  // every `users`
    }

    static func DefaultApi_search() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.default.search(q: "q")
        print(result)
        for try await page in client.default.searchPages(q: "q") { print(page) }
        for try await item in client.default.searchPages(q: "q").items { print(item) }  // every `results`
    }
}
