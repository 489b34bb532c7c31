@testable import SDKGenCore
import Testing

@Suite struct SwiftNameTests {
    @Test(arguments: [
        ("GetApiKeys", "getApiKeys"),
        ("createApiKey", "createApiKey"),
        ("api_key_id", "apiKeyID"),
        ("fcm_subtrader_id", "fcmSubtraderID"),
        ("APIKey", "apiKey"),
        ("URLPath", "urlPath"),
        ("min_ts", "minTs"),
        ("market-ticker", "marketTicker"),
        ("SCREAMING_SNAKE", "screamingSnake"),
        ("read::block_trade_accept", "readBlockTradeAccept"),
        ("1st", "_1st"),
        ("default", "`default`"),
        ("class", "`class`"),
        ("self", "self_"),
        ("Type", "type"),
        ("", "_empty"),
        ("$", "_24"),
        ("x-rate-limit", "xRateLimit"),
        ("café_au_lait", "caféAuLait"),
        ("日本語", "日本語"),
        ("emoji🐶name", "emojiName"),
        ("🐶", "_1f436"),
        ("hashValue", "hashValue_"),
        ("a b", "aB"),
        ("name#1", "name1"),
        ("`quoted`", "quoted"),
    ])
    func memberNames(input: String, expected: String) {
        #expect(SwiftName.memberName(input) == expected)
    }

    @Test(arguments: [
        ("api-keys", "ApiKeys"),
        ("ApiKey", "ApiKey"),
        ("APIKey", "APIKey"),
        ("order_group", "OrderGroup"),
        ("Error", "ErrorModel"),
        ("Data", "DataModel"),
        ("2fa_method", "_2faMethod"),
        ("user id", "UserID"),
        ("live-data", "LiveData"),
    ])
    func typeNames(input: String, expected: String) {
        #expect(SwiftName.typeName(input) == expected)
    }

    @Test(arguments: [
        ("Etc/GMT-1", "Etc/GMT minus 1"),
        ("GMT+0", "GMT plus 0"),
        ("-1", " minus 1"),
        ("+-1", "+ minus 1"),
        ("utf-8", "utf minus 8"),
        ("a-b", nil),
        ("x+", nil),
        ("x-", nil),
        ("-", nil),
        ("", nil),
    ] as [(String, String?)])
    func spellingSigns(input: String, expected: String?) {
        #expect(SwiftName.spellingSigns(input) == expected)
    }

    /// A clash gets a number; after a name that ends in a digit, `_` keeps the two numbers apart.
    @Test(arguments: [
        (["aB", "aB"], ["aB", "aB2"]),
        (["aB", "aB", "aB"], ["aB", "aB2", "aB3"]),
        (["etcGmt1", "etcGmt1"], ["etcGmt1", "etcGmt1_2"]),
        (["v2", "v2_2", "v2"], ["v2", "v2_2", "v2_3"]),
        (["`default`", "default"], ["`default`", "default2"]),
    ])
    func clashesAreNumbered(names: [String], expected: [String]) {
        var scope = NameScope()
        let diagnostics = DiagnosticSink()
        #expect(names.map { scope.unique($0, for: $0, origin: nil, diagnostics: diagnostics) } == expected)
    }

    /// The ASCII fast path splits exactly as the Unicode path does.
    @Test(arguments: [
        "api_key_id", "APIKey", "createApiKey", "HTTPServer2Config", "v2Beta", "iOS15", "get-/v1/charges", "x-ms-Version",
        "ABC", "a", "", "__", "123abc", "abc123Def", "UUID4", "tax_id.type", "GMT-0", "Etc/GMT+12", "OAuth2Token", "AB1Cd",
        "utf8String", "EXIF", "snake_Case_Mixed", "IPv6Address", "getURLsForIDs", "A1b2C3", " spaced  out ",
    ])
    func asciiAndUnicodeWordSplittingAgree(_ name: String) {
        let ascii = SwiftName.asciiWords(name)
        let unicode = SwiftName.unicodeWords(name)
        #expect(ascii.words == unicode.words && ascii.plain == unicode.plain)
    }
}
