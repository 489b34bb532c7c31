import Foundation

/// Every page of a cursor-paginated operation, fetched one at a time as the sequence is read:
/// the first without a cursor, each next one with the cursor the previous page gave, until a page
/// gives none (empty or absent). `items` reads the pages' items one by one instead.
///
/// A cursor that comes back a second time ends the sequence with `PaginationError`, instead of
/// fetching the same pages forever.
public struct CursorPages<Page: Sendable, Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Page

    let fetch: @Sendable (String?) async throws -> Page
    let cursor: @Sendable (Page) -> String?
    let pageItems: @Sendable (Page) -> [Item]
    let operationID: String

    public init(
        operationID: String, cursor: @escaping @Sendable (Page) -> String?, items: @escaping @Sendable (Page) -> [Item],
        fetch: @escaping @Sendable (String?) async throws -> Page
    ) {
        self.operationID = operationID
        self.fetch = fetch
        self.cursor = cursor
        pageItems = items
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        let pages: CursorPages
        var next: String?
        var seen: Set<String> = []
        var done = false

        public mutating func next() async throws -> Page? {
            guard !done else { return nil }
            let page = try await pages.fetch(next)
            guard let cursor = pages.cursor(page), !cursor.isEmpty else {
                done = true
                return page
            }
            guard seen.insert(cursor).inserted else {
                done = true
                throw PaginationError(operationID: pages.operationID, cursor: cursor, pages: seen.count + 1)
            }
            next = cursor
            return page
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pages: self)
    }

    /// The items of every page, in order.
    public var items: Items { Items(pages: self) }

    public struct Items: AsyncSequence, Sendable {
        public typealias Element = Item
        let pages: CursorPages

        public struct AsyncIterator: AsyncIteratorProtocol {
            var pages: CursorPages.AsyncIterator
            var buffer: [Item] = []
            var position = 0

            public mutating func next() async throws -> Item? {
                while position == buffer.count {
                    guard let page = try await pages.next() else { return nil }
                    buffer = pages.pages.pageItems(page)
                    position = 0
                }
                position += 1
                return buffer[position - 1]
            }
        }

        public func makeAsyncIterator() -> AsyncIterator {
            AsyncIterator(pages: pages.makeAsyncIterator())
        }
    }
}

/// A server gave a cursor it had given before: following it would fetch the same pages again.
public struct PaginationError: Error, CustomStringConvertible {
    public var operationID: String
    public var cursor: String
    /// The pages fetched, the one that repeated the cursor included.
    public var pages: Int

    public var description: String {
        "\(operationID): page \(pages) gave the cursor '\(cursor)' again; the pages would repeat forever"
    }
}
