import Foundation
import HTTPTypes

/// Every page of a paginated operation, fetched one at a time as the sequence is read; `items`
/// reads the pages' items one by one instead. How one page leads to the next is the style's:
///
/// - cursor: the first page without a cursor, each next one with the cursor the previous page
///   gave, until a page gives none (empty or absent);
/// - offset and page number: the parameter moves on by the items of a page, or by one, until a
///   page has no items, or fewer than the page size asked for;
/// - `Link` headers (RFC 8288): the same request sent to the URL of the previous response's
///   `rel="next"` link, until a response has none.
///
/// A position that comes back a second time (a cursor, a URL) ends the sequence with
/// `PaginationError`, instead of fetching the same pages forever.
public struct Pages<Page: Sendable, Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Page

    /// Where a page is: what the operation is called with.
    public enum Position: Sendable, Hashable, CustomStringConvertible {
        case first
        case cursor(String)
        case number(Int)
        case url(String)

        public var description: String {
            switch self {
            case .first: return "the first page"
            case .cursor(let cursor): return "the cursor '\(cursor)'"
            case .number(let number): return "\(number)"
            case .url(let url): return "the URL '\(url)'"
            }
        }
    }

    /// Fetches the page at a position, and tells where the next one is (nil after the last).
    let step: @Sendable (Position) async throws -> (page: Page, next: Position?)
    let pageItems: @Sendable (Page) -> [Item]
    let operationID: String

    public init(operationID: String, items: @escaping @Sendable (Page) -> [Item], step: @escaping @Sendable (Position) async throws -> (page: Page, next: Position?)) {
        self.operationID = operationID
        self.step = step
        pageItems = items
    }

    /// Cursor pages: `fetch` gets nil for the first page, then each cursor a page gave.
    public init(
        operationID: String, cursor: @escaping @Sendable (Page) -> String?, items: @escaping @Sendable (Page) -> [Item],
        fetch: @escaping @Sendable (String?) async throws -> Page
    ) {
        self.init(operationID: operationID, items: items) { position in
            let page = try await fetch(position.cursorValue)
            guard let next = cursor(page), !next.isEmpty else { return (page, nil) }
            return (page, .cursor(next))
        }
    }

    /// What an offset or page-number parameter counts.
    public enum Numbering: Sendable {
        /// Items skipped: the next offset is this one plus the page's items (0 before the first).
        case offset
        /// Pages: the next number is this one plus one (1 for the first, when the caller gives none).
        case page
    }

    /// Offset or page-number pages: `fetch` gets the caller's `start` for the first page (nil
    /// when the caller gave none), then each next offset or number. A page with no items, or with
    /// fewer than `limit` (the page size the caller asked for), is the last.
    public init(
        operationID: String, numbering: Numbering, start: Int?, limit: Int?, items: @escaping @Sendable (Page) -> [Item],
        fetch: @escaping @Sendable (Int?) async throws -> Page
    ) {
        self.init(operationID: operationID, items: items) { position in
            let current: Int? = if case .number(let number) = position { number } else { start }
            let page = try await fetch(current)
            let count = items(page).count
            if count == 0 || limit.map({ count < $0 }) == true { return (page, nil) }
            switch numbering {
            case .offset: return (page, .number((current ?? 0) + count))
            case .page: return (page, .number((current ?? 1) + 1))
            }
        }
    }

    /// Pages linked by `Link: <url>; rel="next"` headers: `fetch` makes the operation's request,
    /// which `APIClient` sends to the next page's URL instead for every page but the first.
    public init(operationID: String, followingLinks fetch: @escaping @Sendable () async throws -> Page, items: @escaping @Sendable (Page) -> [Item]) {
        self.init(operationID: operationID, items: items) { position in
            let link = LinkPaging(url: position.urlValue)
            let page = try await LinkPaging.$current.withValue(link) { try await fetch() }
            return (page, link.next.map(Position.url))
        }
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        let pages: Pages
        var position: Position? = .first
        var seen: Set<Position> = []
        var count = 0

        public mutating func next() async throws -> Page? {
            guard let current = position else { return nil }
            let (page, next) = try await pages.step(current)
            count += 1
            position = next
            if let next {
                guard seen.insert(next).inserted else {
                    position = nil
                    throw PaginationError(operationID: pages.operationID, position: next.description, pages: count)
                }
            }
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
        let pages: Pages

        public struct AsyncIterator: AsyncIteratorProtocol {
            var pages: Pages.AsyncIterator
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

/// The pages of a cursor-paginated operation (`Pages` with a cursor).
public typealias CursorPages<Page: Sendable, Item: Sendable> = Pages<Page, Item>

extension Pages.Position {
    var cursorValue: String? {
        if case .cursor(let cursor) = self { return cursor }
        return nil
    }

    var urlValue: String? {
        if case .url(let url) = self { return url }
        return nil
    }
}

/// A server gave a position it had given before: following it would fetch the same pages again.
public struct PaginationError: Error, CustomStringConvertible {
    public var operationID: String
    /// The repeated cursor, URL or number, as the message names it.
    public var position: String
    /// The pages fetched, the one that repeated the position included.
    public var pages: Int

    public var description: String {
        "\(operationID): page \(pages) gave \(position) again; the pages would repeat forever"
    }
}

/// The page of `Link`-paginated `Pages` being fetched: the URL `APIClient.send` sends the request
/// to instead of the operation's (nil for the first page), and the `rel="next"` link of the response.
final class LinkPaging: @unchecked Sendable {
    @TaskLocal static var current: LinkPaging?

    let url: String?
    private let lock = NSLock()
    private var nextLink: String?

    init(url: String?) { self.url = url }

    var next: String? {
        lock.lock()
        defer { lock.unlock() }
        return nextLink
    }

    func record(_ response: HTTPResponse) {
        let link = response.headerFields[HTTPField.Name("Link")!].flatMap(LinkHeader.nextURL(in:))
        lock.lock()
        nextLink = link
        lock.unlock()
    }

    /// The request sent to `url` instead: its path and query relative to the server URL.
    func request(_ request: HTTPRequest, serverURL: URL, operationID: String) throws -> HTTPRequest {
        guard let url else { return request }
        let base = serverURL.absoluteString
        let rest = url.hasPrefix("/") ? url : url.hasPrefix(base) ? String(url.dropFirst(base.count)) : nil
        guard let rest, rest.isEmpty || rest.hasPrefix("/") || rest.hasPrefix("?") else {
            throw APIError(kind: .invalidRequest, operationID: operationID, underlying: "the next page's URL '\(url)' is not under the server URL '\(base)'")
        }
        var copy = request
        copy.path = rest.hasPrefix("/") ? rest : "/" + rest
        return copy
    }

}

/// The `Link` response header (RFC 8288).
public enum LinkHeader {
    /// The URL of the `rel="next"` link of a `Link` header value: links are separated by commas,
    /// each `<URL>` with `;`-separated parameters, `rel` holding space-separated types.
    public static func nextURL(in header: String) -> String? {
        var rest = Substring(header)
        while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
            let url = rest[rest.index(after: open)..<close]
            let parametersEnd = rest[close...].firstIndex(of: "<") ?? rest.endIndex
            let parameters = rest[rest.index(after: close)..<parametersEnd]
            for parameter in parameters.split(whereSeparator: { $0 == ";" || $0 == "," }) {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pair.count == 2, pair[0].lowercased() == "rel" else { continue }
                let types = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")).lowercased().split(separator: " ")
                if types.contains("next") { return String(url) }
            }
            rest = rest[parametersEnd...]
        }
        return nil
    }
}
