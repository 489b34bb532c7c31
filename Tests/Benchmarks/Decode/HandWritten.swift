import Foundation

/// Kalshi's `Market` as a Swift developer would write it by hand: plain `Codable`, closed enums,
/// the same properties, optionality and wire names as the generated model.
struct HandMarket: Codable {
    enum MarketType: String, Codable { case binary, scalar }
    enum Status: String, Codable { case initialized, inactive, active, closed, determined, disputed, amended, finalized }
    enum PriceUnits: String, Codable { case usdCent = "usd_cent" }
    enum Result: String, Codable { case yes, no, scalar, empty = "" }
    enum StrikeType: String, Codable {
        case greater, less, between, functional, custom, structured
        case greaterOrEqual = "greater_or_equal"
        case lessOrEqual = "less_or_equal"
    }

    struct SelectedLeg: Codable {
        var eventTicker: String?
        var marketTicker: String?
        var side: String?
        var yesSettlementValueDollars: String?

        enum CodingKeys: String, CodingKey {
            case side
            case eventTicker = "event_ticker"
            case marketTicker = "market_ticker"
            case yesSettlementValueDollars = "yes_settlement_value_dollars"
        }
    }

    struct PriceRange: Codable {
        var start: String
        var end: String
        var step: String
    }

    var ticker: String
    var eventTicker: String
    var marketType: MarketType
    var title: String?
    var subtitle: String?
    var yesSubTitle: String
    var noSubTitle: String
    var createdTime: Date
    var updatedTime: Date
    var openTime: Date
    var closeTime: Date
    var expectedExpirationTime: Date?
    var expirationTime: Date?
    var latestExpirationTime: Date
    var settlementTimerSeconds: Int
    var status: Status
    var responsePriceUnits: PriceUnits?
    var yesBidDollars: String
    var yesBidSizeFp: String
    var yesAskDollars: String
    var yesAskSizeFp: String
    var noBidDollars: String
    var noAskDollars: String
    var lastPriceDollars: String
    var volumeFp: String
    var volume24hFp: String
    var result: Result
    var canCloseEarly: Bool
    var fractionalTradingEnabled: Bool
    var openInterestFp: String
    var notionalValueDollars: String
    var previousYesBidDollars: String
    var previousYesAskDollars: String
    var previousPriceDollars: String
    var liquidityDollars: String
    var settlementValueDollars: String?
    var settlementTs: Date?
    var expirationValue: String
    var occurrenceDatetime: Date?
    var feeWaiverExpirationTime: Date?
    var earlyCloseCondition: String?
    var tickSize: Int?
    var strikeType: StrikeType?
    var floorStrike: Double?
    var capStrike: Double?
    var functionalStrike: String?
    var customStrike: [String: String]?
    var rulesPrimary: String
    var rulesSecondary: String
    var mveCollectionTicker: String?
    var mveSelectedLegs: [SelectedLeg]?
    var primaryParticipantKey: String?
    var priceLevelStructure: String
    var priceRanges: [PriceRange]
    var isProvisional: Bool?

    enum CodingKeys: String, CodingKey {
        case ticker, title, subtitle, status, result
        case eventTicker = "event_ticker"
        case marketType = "market_type"
        case yesSubTitle = "yes_sub_title"
        case noSubTitle = "no_sub_title"
        case createdTime = "created_time"
        case updatedTime = "updated_time"
        case openTime = "open_time"
        case closeTime = "close_time"
        case expectedExpirationTime = "expected_expiration_time"
        case expirationTime = "expiration_time"
        case latestExpirationTime = "latest_expiration_time"
        case settlementTimerSeconds = "settlement_timer_seconds"
        case responsePriceUnits = "response_price_units"
        case yesBidDollars = "yes_bid_dollars"
        case yesBidSizeFp = "yes_bid_size_fp"
        case yesAskDollars = "yes_ask_dollars"
        case yesAskSizeFp = "yes_ask_size_fp"
        case noBidDollars = "no_bid_dollars"
        case noAskDollars = "no_ask_dollars"
        case lastPriceDollars = "last_price_dollars"
        case volumeFp = "volume_fp"
        case volume24hFp = "volume_24h_fp"
        case canCloseEarly = "can_close_early"
        case fractionalTradingEnabled = "fractional_trading_enabled"
        case openInterestFp = "open_interest_fp"
        case notionalValueDollars = "notional_value_dollars"
        case previousYesBidDollars = "previous_yes_bid_dollars"
        case previousYesAskDollars = "previous_yes_ask_dollars"
        case previousPriceDollars = "previous_price_dollars"
        case liquidityDollars = "liquidity_dollars"
        case settlementValueDollars = "settlement_value_dollars"
        case settlementTs = "settlement_ts"
        case expirationValue = "expiration_value"
        case occurrenceDatetime = "occurrence_datetime"
        case feeWaiverExpirationTime = "fee_waiver_expiration_time"
        case earlyCloseCondition = "early_close_condition"
        case tickSize = "tick_size"
        case strikeType = "strike_type"
        case floorStrike = "floor_strike"
        case capStrike = "cap_strike"
        case functionalStrike = "functional_strike"
        case customStrike = "custom_strike"
        case rulesPrimary = "rules_primary"
        case rulesSecondary = "rules_secondary"
        case mveCollectionTicker = "mve_collection_ticker"
        case mveSelectedLegs = "mve_selected_legs"
        case primaryParticipantKey = "primary_participant_key"
        case priceLevelStructure = "price_level_structure"
        case priceRanges = "price_ranges"
        case isProvisional = "is_provisional"
    }
}
