// Every example of Generated/docs, extracted by DocExamplesTests and compiled by the DocExamples target.
// Do not edit: re-record with `RECORD_GOLDENS=1 swift test`.
import Foundation
import KalshiAPI
import OpenAPIURLSession

enum KalshiExamples {
    static func AccountApi_getAccountApiLimits() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.account.getAccountApiLimits()
        print(result)
    }

    static func AccountApi_getAccountApiUsageLevelVolumeProgress() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.account.getAccountApiUsageLevelVolumeProgress()
        print(result)
    }

    static func AccountApi_getAccountEndpointCosts() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.account.getAccountEndpointCosts()
        print(result)
    }

    static func AccountApi_upgradeAccountApiUsageLevel() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        try await client.account.upgradeAccountApiUsageLevel()
    }

    static func ApiKeysApi_createApiKey() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.apiKeys.createApiKey(CreateApiKeyRequest(name: "name", publicKey: "public_key"))
        print(result)
    }

    static func ApiKeysApi_deleteApiKey() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        try await client.apiKeys.deleteApiKey(apiKey: "api_key")
    }

    static func ApiKeysApi_generateApiKey() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.apiKeys.generateApiKey(GenerateApiKeyRequest(name: "name"))
        print(result)
    }

    static func ApiKeysApi_getApiKeys() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.apiKeys.getApiKeys()
        print(result)
    }

    static func CommunicationsApi_acceptBlockTradeProposal() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        try await client.communications.acceptBlockTradeProposal(blockTradeProposalID: "block_trade_proposal_id")
    }

    @available(*, deprecated)
    static func CommunicationsApi_acceptQuote() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        try await client.communications.acceptQuote(quoteID: "quote_id", body: AcceptQuoteRequest(acceptedSide: .yes))
    }

    static func CommunicationsApi_acceptRFQQuote() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        try await client.communications.acceptRFQQuote(rfqID: "rfq_id", quoteID: "quote_id", body: AcceptQuoteRequest(acceptedSide: .yes))
    }

    @available(*, deprecated)
    static func CommunicationsApi_confirmQuote() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        try await client.communications.confirmQuote(quoteID: "quote_id")
    }

    static func CommunicationsApi_confirmRFQQuote() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        try await client.communications.confirmRFQQuote(rfqID: "rfq_id", quoteID: "quote_id")
    }

    static func CommunicationsApi_createQuote() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.communications.createQuote(CreateQuoteRequest(rfqID: "rfq_id", yesBid: "yes_bid", noBid: "no_bid", restRemainder: true))
        print(result)
    }

    static func CommunicationsApi_createRFQ() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.communications.createRFQ(CreateRFQRequest(marketTicker: "market_ticker", restRemainder: true))
        print(result)
    }

    @available(*, deprecated)
    static func CommunicationsApi_deleteQuote() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        try await client.communications.deleteQuote(quoteID: "quote_id")
    }

    static func CommunicationsApi_deleteRFQ() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        try await client.communications.deleteRFQ(rfqID: "rfq_id")
    }

    static func CommunicationsApi_deleteRFQQuote() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        try await client.communications.deleteRFQQuote(rfqID: "rfq_id", quoteID: "quote_id")
    }

    static func CommunicationsApi_getBlockTradeProposals() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.communications.getBlockTradeProposals()
        print(result)
        for try await page in client.communications.getBlockTradeProposalsPages() { print(page) }
        for try await item in client.communications.getBlockTradeProposalsPages().items { print(item) }  // every `blockTradeProposals`
    }

    static func CommunicationsApi_getCommunicationsID() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.communications.getCommunicationsID()
        print(result)
    }

    @available(*, deprecated)
    static func CommunicationsApi_getQuote() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.communications.getQuote(quoteID: "quote_id")
        print(result)
    }

    static func CommunicationsApi_getQuotes() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.communications.getQuotes()
        print(result)
        for try await page in client.communications.getQuotesPages() { print(page) }
        for try await item in client.communications.getQuotesPages().items { print(item) }  // every `quotes`
    }

    static func CommunicationsApi_getRFQ() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.communications.getRFQ(rfqID: "rfq_id")
        print(result)
    }

    static func CommunicationsApi_getRFQQuote() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.communications.getRFQQuote(rfqID: "rfq_id", quoteID: "quote_id")
        print(result)
    }

    static func CommunicationsApi_getRFQs() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.communications.getRFQs()
        print(result)
        for try await page in client.communications.getRFQsPages() { print(page) }
        for try await item in client.communications.getRFQsPages().items { print(item) }  // every `rfqs`
    }

    static func CommunicationsApi_proposeBlockTrade() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.communications.proposeBlockTrade(ProposeBlockTradeRequest(buyerUserID: "buyer_user_id", sellerUserID: "seller_user_id", marketTicker: "market_ticker", priceCentiCents: 1, centicount: 1, makerSide: .yes, expirationTs: Date()))
        print(result)
    }

    static func EventsApi_getEvent() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.events.getEvent(eventTicker: "event_ticker")
        print(result)
    }

    static func EventsApi_getEventFeeChanges() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.events.getEventFeeChanges()
        print(result)
        for try await page in client.events.getEventFeeChangesPages() { print(page) }
        for try await item in client.events.getEventFeeChangesPages().items { print(item) }  // every `eventFeeChanges`
    }

    static func EventsApi_getEventForecastPercentilesHistory() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.events.getEventForecastPercentilesHistory(seriesTicker: "series_ticker", ticker: "ticker", percentiles: [], startTs: 1, endTs: 1, periodInterval: ._0)
        print(result)
    }

    static func EventsApi_getEventMetadata() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.events.getEventMetadata(eventTicker: "event_ticker")
        print(result)
    }

    static func EventsApi_getEvents() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.events.getEvents()
        print(result)
        for try await page in client.events.getEventsPages() { print(page) }
    }

    static func EventsApi_getMarketCandlesticksByEvent() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.events.getMarketCandlesticksByEvent(seriesTicker: "series_ticker", ticker: "ticker", startTs: 1, endTs: 1, periodInterval: ._1)
        print(result)
    }

    static func EventsApi_getMultivariateEvents() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.events.getMultivariateEvents()
        print(result)
        for try await page in client.events.getMultivariateEventsPages() { print(page) }
        for try await item in client.events.getMultivariateEventsPages().items { print(item) }  // every `events`
    }

    static func ExchangeApi_getExchangeSchedule() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.exchange.getExchangeSchedule()
        print(result)
    }

    static func ExchangeApi_getExchangeStatus() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.exchange.getExchangeStatus()
        print(result)
    }

    static func ExchangeApi_getSeriesFeeChanges() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.exchange.getSeriesFeeChanges()
        print(result)
    }

    static func ExchangeApi_getUserDataTimestamp() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.exchange.getUserDataTimestamp()
        print(result)
    }

    static func FcmApi_createFCMSubtrader() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.fcm.createFCMSubtrader(CreateFCMSubtraderRequest(subtraderSuffix: "subtrader_suffix"))
        print(result)
    }

    static func FcmApi_deleteFCMEventContractDailyCap() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.fcm.deleteFCMEventContractDailyCap(subtraderID: "subtrader_id")
        print(result)
    }

    static func FcmApi_getFCMEventContractDailyCap() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.fcm.getFCMEventContractDailyCap()
        print(result)
    }

    static func FcmApi_getFCMFills() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.fcm.getFCMFills()
        print(result)
        for try await page in client.fcm.getFCMFillsPages() { print(page) }
        for try await item in client.fcm.getFCMFillsPages().items { print(item) }  // every `fills`
    }

    static func FcmApi_getFCMOrders() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.fcm.getFCMOrders()
        print(result)
        for try await page in client.fcm.getFCMOrdersPages() { print(page) }
        for try await item in client.fcm.getFCMOrdersPages().items { print(item) }  // every `orders`
    }

    static func FcmApi_getFCMPositions() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.fcm.getFCMPositions()
        print(result)
        for try await page in client.fcm.getFCMPositionsPages() { print(page) }
    }

    static func FcmApi_getFCMSubtraderBlockedCategories() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.fcm.getFCMSubtraderBlockedCategories(subtraderID: "subtrader_id")
        print(result)
    }

    static func FcmApi_listFCMSubtraders() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.fcm.listFCMSubtraders()
        print(result)
    }

    static func FcmApi_updateFCMEventContractDailyCap() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.fcm.updateFCMEventContractDailyCap(UpdateFCMEventContractDailyCapRequest(subtraderID: "subtrader_id", limit: "limit"))
        print(result)
    }

    static func FcmApi_updateFCMSubtraderBlockedCategories() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.fcm.updateFCMSubtraderBlockedCategories(UpdateFCMSubtraderBlockedCategoriesRequest(subtraderID: "subtrader_id", category: "category", blocked: true))
        print(result)
    }

    static func HistoricalApi_getFillsHistorical() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.historical.getFillsHistorical()
        print(result)
        for try await page in client.historical.getFillsHistoricalPages() { print(page) }
        for try await item in client.historical.getFillsHistoricalPages().items { print(item) }  // every `fills`
    }

    static func HistoricalApi_getHistoricalCutoff() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.historical.getHistoricalCutoff()
        print(result)
    }

    static func HistoricalApi_getHistoricalMarket() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.historical.getHistoricalMarket(ticker: "ticker")
        print(result)
    }

    static func HistoricalApi_getHistoricalMarkets() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.historical.getHistoricalMarkets()
        print(result)
        for try await page in client.historical.getHistoricalMarketsPages() { print(page) }
        for try await item in client.historical.getHistoricalMarketsPages().items { print(item) }  // every `markets`
    }

    static func HistoricalApi_getHistoricalOrders() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.historical.getHistoricalOrders()
        print(result)
        for try await page in client.historical.getHistoricalOrdersPages() { print(page) }
        for try await item in client.historical.getHistoricalOrdersPages().items { print(item) }  // every `orders`
    }

    static func HistoricalApi_getHistoricalPositions() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.historical.getHistoricalPositions()
        print(result)
        for try await page in client.historical.getHistoricalPositionsPages() { print(page) }
    }

    static func HistoricalApi_getMarketCandlesticksHistorical() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.historical.getMarketCandlesticksHistorical(ticker: "ticker", startTs: 1, endTs: 1, periodInterval: ._1)
        print(result)
    }

    static func HistoricalApi_getTradesHistorical() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.historical.getTradesHistorical()
        print(result)
        for try await page in client.historical.getTradesHistoricalPages() { print(page) }
        for try await item in client.historical.getTradesHistoricalPages().items { print(item) }  // every `trades`
    }

    static func IncentiveProgramsApi_getIncentivePrograms() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.incentivePrograms.getIncentivePrograms()
        print(result)
        for try await page in client.incentivePrograms.getIncentiveProgramsPages() { print(page) }
        for try await item in client.incentivePrograms.getIncentiveProgramsPages().items { print(item) }  // every `incentivePrograms`
    }

    static func LiveDataOperationsApi_getEventLiveData() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.liveData.getEventLiveData(eventTicker: "event_ticker")
        print(result)
    }

    static func LiveDataOperationsApi_getGameStats() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.liveData.getGameStats(milestoneID: "milestone_id")
        print(result)
    }

    static func LiveDataOperationsApi_getLiveData() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.liveData.getLiveData(type: "type", milestoneID: "milestone_id")
        print(result)
    }

    static func LiveDataOperationsApi_getLiveDataByMilestone() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.liveData.getLiveDataByMilestone(milestoneID: "milestone_id")
        print(result)
    }

    static func LiveDataOperationsApi_getLiveDatas() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.liveData.getLiveDatas(milestoneIDS: [])
        print(result)
    }

    static func LiveDataOperationsApi_getWeatherIndex() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.liveData.getWeatherIndex(city: "city")
        print(result)
    }

    static func LiveDataOperationsApi_getWeatherIndexCalibrations() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.liveData.getWeatherIndexCalibrations(city: "city")
        print(result)
    }

    static func MarketOperationsApi_batchGetMarketCandlesticks() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.market.batchGetMarketCandlesticks(marketTickers: "market_tickers", startTs: 1, endTs: 1, periodInterval: 1)
        print(result)
    }

    static func MarketOperationsApi_getMarket() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.market.getMarket(ticker: "ticker")
        print(result)
    }

    static func MarketOperationsApi_getMarketCandlesticks() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.market.getMarketCandlesticks(seriesTicker: "series_ticker", ticker: "ticker", startTs: 1, endTs: 1, periodInterval: ._1)
        print(result)
    }

    static func MarketOperationsApi_getMarketOrderbook() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.market.getMarketOrderbook(ticker: "ticker")
        print(result)
    }

    static func MarketOperationsApi_getMarketOrderbooks() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.market.getMarketOrderbooks(tickers: [])
        print(result)
    }

    static func MarketOperationsApi_getMarkets() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.market.getMarkets()
        print(result)
        for try await page in client.market.getMarketsPages() { print(page) }
        for try await item in client.market.getMarketsPages().items { print(item) }  // every `markets`
    }

    static func MarketOperationsApi_getSeries() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.market.getSeries(seriesTicker: "series_ticker")
        print(result)
    }

    static func MarketOperationsApi_getSeriesList() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.market.getSeriesList()
        print(result)
    }

    static func MarketOperationsApi_getTrades() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.market.getTrades()
        print(result)
        for try await page in client.market.getTradesPages() { print(page) }
        for try await item in client.market.getTradesPages().items { print(item) }  // every `trades`
    }

    static func MilestoneOperationsApi_getMilestone() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.milestone.getMilestone(milestoneID: "milestone_id")
        print(result)
    }

    static func MilestoneOperationsApi_getMilestones() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.milestone.getMilestones(limit: 1)
        print(result)
        for try await page in client.milestone.getMilestonesPages(limit: 1) { print(page) }
        for try await item in client.milestone.getMilestonesPages(limit: 1).items { print(item) }  // every `milestones`
    }

    static func MultivariateApi_createMarketInMultivariateEventCollection() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.multivariate.createMarketInMultivariateEventCollection(collectionTicker: "collection_ticker", body: CreateMarketInMultivariateEventCollectionRequest(selectedMarkets: []))
        print(result)
    }

    static func MultivariateApi_getMultivariateEventCollection() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.multivariate.getMultivariateEventCollection(collectionTicker: "collection_ticker")
        print(result)
    }

    static func MultivariateApi_getMultivariateEventCollections() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.multivariate.getMultivariateEventCollections()
        print(result)
        for try await page in client.multivariate.getMultivariateEventCollectionsPages() { print(page) }
        for try await item in client.multivariate.getMultivariateEventCollectionsPages().items { print(item) }  // every `multivariateContracts`
    }

    static func OrderGroupsApi_createOrderGroup() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.orderGroups.createOrderGroup(CreateOrderGroupRequest())
        print(result)
    }

    static func OrderGroupsApi_deleteOrderGroup() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.orderGroups.deleteOrderGroup(orderGroupID: "order_group_id")
        print(result)
    }

    static func OrderGroupsApi_getOrderGroup() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.orderGroups.getOrderGroup(orderGroupID: "order_group_id")
        print(result)
    }

    static func OrderGroupsApi_getOrderGroups() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.orderGroups.getOrderGroups()
        print(result)
    }

    static func OrderGroupsApi_resetOrderGroup() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.orderGroups.resetOrderGroup(orderGroupID: "order_group_id")
        print(result)
    }

    static func OrderGroupsApi_triggerOrderGroup() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.orderGroups.triggerOrderGroup(orderGroupID: "order_group_id")
        print(result)
    }

    static func OrderGroupsApi_updateOrderGroupLimit() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.orderGroups.updateOrderGroupLimit(orderGroupID: "order_group_id", body: UpdateOrderGroupLimitRequest())
        print(result)
    }

    static func OrdersApi_amendOrderV2() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.orders.amendOrderV2(orderID: "order_id", body: AmendOrderV2Request(ticker: "ticker", side: .bid, price: "price", count: "count"))
        print(result)
    }

    static func OrdersApi_batchCancelOrdersV2() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.orders.batchCancelOrdersV2(BatchCancelOrdersV2Request(orders: []))
        print(result)
    }

    static func OrdersApi_batchCreateOrdersV2() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.orders.batchCreateOrdersV2(BatchCreateOrdersV2Request(orders: []))
        print(result)
    }

    static func OrdersApi_cancelAllOrders() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        try await client.orders.cancelAllOrders()
    }

    static func OrdersApi_cancelOrderV2() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.orders.cancelOrderV2(orderID: "order_id")
        print(result)
    }

    static func OrdersApi_createOrderV2() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.orders.createOrderV2(CreateOrderV2Request(ticker: "ticker", side: .bid, count: "count", price: "price", timeInForce: .fillOrKill, selfTradePreventionType: .takerAtCross))
        print(result)
    }

    static func OrdersApi_decreaseOrderV2() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.orders.decreaseOrderV2(orderID: "order_id", body: DecreaseOrderV2Request())
        print(result)
    }

    static func OrdersApi_getOrder() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.orders.getOrder(orderID: "order_id")
        print(result)
    }

    static func OrdersApi_getOrderQueuePosition() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.orders.getOrderQueuePosition(orderID: "order_id")
        print(result)
    }

    static func OrdersApi_getOrderQueuePositions() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.orders.getOrderQueuePositions()
        print(result)
    }

    static func OrdersApi_getOrders() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.orders.getOrders()
        print(result)
        for try await page in client.orders.getOrdersPages() { print(page) }
        for try await item in client.orders.getOrdersPages().items { print(item) }  // every `orders`
    }

    static func PortfolioApi_applySubaccountTransfer() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.portfolio.applySubaccountTransfer(ApplySubaccountTransferRequest(clientTransferID: "client_transfer_id", fromSubaccount: 1, toSubaccount: 1, amountCents: 1))
        print(result)
    }

    static func PortfolioApi_createSubaccount() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.portfolio.createSubaccount()
        print(result)
    }

    static func PortfolioApi_getBalance() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.portfolio.getBalance()
        print(result)
    }

    static func PortfolioApi_getDeposits() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.portfolio.getDeposits()
        print(result)
        for try await page in client.portfolio.getDepositsPages() { print(page) }
        for try await item in client.portfolio.getDepositsPages().items { print(item) }  // every `deposits`
    }

    static func PortfolioApi_getFills() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.portfolio.getFills()
        print(result)
        for try await page in client.portfolio.getFillsPages() { print(page) }
        for try await item in client.portfolio.getFillsPages().items { print(item) }  // every `fills`
    }

    static func PortfolioApi_getIntraExchangeInstanceTransfer() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.portfolio.getIntraExchangeInstanceTransfer(transferID: "transfer_id")
        print(result)
    }

    static func PortfolioApi_getIntraExchangeInstanceTransfers() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.portfolio.getIntraExchangeInstanceTransfers()
        print(result)
        for try await page in client.portfolio.getIntraExchangeInstanceTransfersPages() { print(page) }
        for try await item in client.portfolio.getIntraExchangeInstanceTransfersPages().items { print(item) }  // every `transfers`
    }

    static func PortfolioApi_getPortfolioRestingOrderTotalValue() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.portfolio.getPortfolioRestingOrderTotalValue()
        print(result)
    }

    static func PortfolioApi_getPositions() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.portfolio.getPositions()
        print(result)
        for try await page in client.portfolio.getPositionsPages() { print(page) }
    }

    static func PortfolioApi_getSettlements() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.portfolio.getSettlements()
        print(result)
        for try await page in client.portfolio.getSettlementsPages() { print(page) }
        for try await item in client.portfolio.getSettlementsPages().items { print(item) }  // every `settlements`
    }

    static func PortfolioApi_getSubaccountBalances() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.portfolio.getSubaccountBalances()
        print(result)
    }

    static func PortfolioApi_getSubaccountNetting() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.portfolio.getSubaccountNetting()
        print(result)
    }

    static func PortfolioApi_getSubaccountTransfers() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.portfolio.getSubaccountTransfers()
        print(result)
        for try await page in client.portfolio.getSubaccountTransfersPages() { print(page) }
        for try await item in client.portfolio.getSubaccountTransfersPages().items { print(item) }  // every `transfers`
    }

    static func PortfolioApi_getTargetBalanceAllocation() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.portfolio.getTargetBalanceAllocation()
        print(result)
    }

    static func PortfolioApi_getWithdrawals() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.portfolio.getWithdrawals()
        print(result)
        for try await page in client.portfolio.getWithdrawalsPages() { print(page) }
        for try await item in client.portfolio.getWithdrawalsPages().items { print(item) }  // every `withdrawals`
    }

    static func PortfolioApi_intraExchangeInstanceTransfer() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.portfolio.intraExchangeInstanceTransfer(IntraExchangeInstanceTransferRequest(source: .eventContract, destination: .eventContract, amount: 1))
        print(result)
    }

    static func PortfolioApi_setTargetBalanceAllocation() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.portfolio.setTargetBalanceAllocation(SetTargetBalanceAllocationRequest(allocations: []))
        print(result)
    }

    static func PortfolioApi_updateSubaccountNetting() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        try await client.portfolio.updateSubaccountNetting(UpdateSubaccountNettingRequest(subaccountNumber: 1, enabled: true))
    }

    static func SearchApi_getFiltersForSports() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.search.getFiltersForSports()
        print(result)
    }

    static func SearchApi_getTagsForSeriesCategories() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.search.getTagsForSeriesCategories()
        print(result)
    }

    static func StructuredTargetsApi_getStructuredTarget() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.structuredTargets.getStructuredTarget(structuredTargetID: "structured_target_id")
        print(result)
    }

    static func StructuredTargetsApi_getStructuredTargets() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())
        let result = try await client.structuredTargets.getStructuredTargets()
        print(result)
        for try await page in client.structuredTargets.getStructuredTargetsPages() { print(page) }
        for try await item in client.structuredTargets.getStructuredTargetsPages().items { print(item) }  // every `structuredTargets`
    }
}
