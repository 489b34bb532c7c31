import SDKGenCore
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
}
