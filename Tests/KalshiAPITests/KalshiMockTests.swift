import Foundation
import KalshiAPI
import OpenAPIURLSession
import SDKGenCore
import SDKGenMock
import SDKGenRuntime
import Testing
import _CryptoExtras

/// One client call per operation of spec/kalshi.yaml, with its required arguments made by the
/// mock from the spec (`MockAPI.sampleRequestValue`), so the mock accepts them.
struct MockCall: Sendable {
    let method: String
    let template: String
    let run: @Sendable (Client, MockSampler) async throws -> Void

    init(_ method: String, _ template: String, _ run: @escaping @Sendable (Client, MockSampler) async throws -> Void) {
        self.method = method
        self.template = template
        self.run = run
    }

    var label: String { "\(method) \(template)" }
}

/// A request value for one operation, decoded into the Swift type the client takes.
struct MockSampler {
    let api: MockAPI
    let method: String
    let template: String

    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    func callAsFunction<T: Decodable>(_ type: T.Type, _ part: MockAPI.RequestPart) throws -> T {
        guard let value = api.sampleRequestValue(method, template, part) else {
            throw Missing(description: "\(method) \(template) has no \(part)")
        }
        return try JSONCoding.decoder().decode(T.self, from: Data(value.text.utf8))
    }
}

/// The mock of spec/kalshi.yaml, read the way `sdkgen mock` reads it.
func kalshiMock() throws -> MockAPI {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent("spec/kalshi.yaml")))
    let diagnostics = DiagnosticSink()
    guard let document = bundledDocument(specs: [(bytes, "kalshi.yaml")], diagnostics: diagnostics) else {
        throw MockSampler.Missing(description: diagnostics.diagnostics.map(\.description).joined(separator: "\n"))
    }
    return MockAPI(document: document)
}

/// What the mock answered, by operation.
final class MockAnswers: @unchecked Sendable {
    private let lock = NSLock()
    private var statuses: [String: [Int]] = [:]

    func record(_ label: String, _ status: Int) {
        lock.lock()
        statuses[label, default: []].append(status)
        lock.unlock()
    }

    var all: [String: [Int]] {
        lock.lock()
        defer { lock.unlock() }
        return statuses
    }
}

@Suite("The Kalshi client against sdkgen's mock of spec/kalshi.yaml, over HTTP", .timeLimit(.minutes(3)))
struct KalshiMockTests {
    @Test func everyOperationOfTheSpecHasACall() throws {
        let api = try kalshiMock()
        let inSpec = Set(api.operations.map { "\($0.method.uppercased()) \($0.template)" })
        let called = Set(Self.calls.map(\.label))
        #expect(inSpec.subtracting(called).sorted() == [], "operations of spec/kalshi.yaml without a call here: add one to KalshiMockTests.calls")
        #expect(called.subtracting(inSpec).sorted() == [], "calls of operations the spec no longer has")
        #expect(Self.calls.count == 117)
        #expect(called.count == Self.calls.count)
    }

    @Test func everyOperationDecodesTheMocksAnswer() async throws {
        let api = try kalshiMock()
        let answers = MockAnswers()
        let listener = try HTTPListener(port: 0) { request in
            let response = api.respond(to: request)
            let operation = api.operation(for: request)
            answers.record(operation.map { "\($0.method.uppercased()) \($0.template)" } ?? "\(request.method) \(request.path)", response.status)
            return response
        }
        defer { listener.stop() }
        let pem = try _RSA.Signing.PrivateKey(keySize: .bits2048).pemRepresentation
        let client = Client(
            serverURL: URL(string: "http://127.0.0.1:\(listener.port)/trade-api/v2")!,
            credentials: try KalshiCredentials(keyID: "mock-key", privateKeyPEM: pem),
            transport: URLSessionTransport())
        var failures: [String] = []
        for call in Self.calls {
            do {
                try await call.run(client, MockSampler(api: api, method: call.method, template: call.template))
            } catch {
                failures.append("\(call.label): \(error)")
            }
        }
        #expect(failures == [])
        let statuses = answers.all
        let answered = Set(statuses.keys)
        #expect(answered == Set(Self.calls.map(\.label)))
        let refused = statuses.filter { !$0.value.allSatisfy { (200..<300).contains($0) } }.map { "\($0.key): \($0.value)" }.sorted()
        #expect(refused == [])
    }

    static let calls: [MockCall] = [
        MockCall("GET", "/account/limits") { client, sample in _ = try await client.account.getAccountApiLimits() },
        MockCall("GET", "/account/api_usage_level/volume_progress") { client, sample in _ = try await client.account.getAccountApiUsageLevelVolumeProgress() },
        MockCall("GET", "/account/endpoint_costs") { client, sample in _ = try await client.account.getAccountEndpointCosts() },
        MockCall("POST", "/account/api_usage_level/upgrade") { client, sample in _ = try await client.account.upgradeAccountApiUsageLevel() },
        MockCall("POST", "/api_keys") { client, sample in _ = try await client.apiKeys.createApiKey(try sample(CreateApiKeyRequest.self, .body)) },
        MockCall("DELETE", "/api_keys/{api_key}") { client, sample in _ = try await client.apiKeys.deleteApiKey(apiKey: try sample(String.self, .parameter("path", "api_key"))) },
        MockCall("POST", "/api_keys/generate") { client, sample in _ = try await client.apiKeys.generateApiKey(try sample(GenerateApiKeyRequest.self, .body)) },
        MockCall("GET", "/api_keys") { client, sample in _ = try await client.apiKeys.getApiKeys() },
        MockCall("POST", "/communications/block-trade-proposals/{block_trade_proposal_id}/accept") { client, sample in _ = try await client.communications.acceptBlockTradeProposal(blockTradeProposalID: try sample(String.self, .parameter("path", "block_trade_proposal_id"))) },
        MockCall("PUT", "/communications/rfqs/{rfq_id}/quotes/{quote_id}/accept") { client, sample in _ = try await client.communications.acceptRFQQuote(rfqID: try sample(String.self, .parameter("path", "rfq_id")), quoteID: try sample(String.self, .parameter("path", "quote_id")), body: try sample(AcceptQuoteRequest.self, .body)) },
        MockCall("PUT", "/communications/rfqs/{rfq_id}/quotes/{quote_id}/confirm") { client, sample in _ = try await client.communications.confirmRFQQuote(rfqID: try sample(String.self, .parameter("path", "rfq_id")), quoteID: try sample(String.self, .parameter("path", "quote_id"))) },
        MockCall("POST", "/communications/quotes") { client, sample in _ = try await client.communications.createQuote(try sample(CreateQuoteRequest.self, .body)) },
        MockCall("POST", "/communications/rfqs") { client, sample in _ = try await client.communications.createRFQ(try sample(CreateRFQRequest.self, .body)) },
        MockCall("DELETE", "/communications/rfqs/{rfq_id}") { client, sample in _ = try await client.communications.deleteRFQ(rfqID: try sample(String.self, .parameter("path", "rfq_id"))) },
        MockCall("DELETE", "/communications/rfqs/{rfq_id}/quotes/{quote_id}") { client, sample in _ = try await client.communications.deleteRFQQuote(rfqID: try sample(String.self, .parameter("path", "rfq_id")), quoteID: try sample(String.self, .parameter("path", "quote_id"))) },
        MockCall("GET", "/communications/block-trade-proposals") { client, sample in _ = try await client.communications.getBlockTradeProposals() },
        MockCall("GET", "/communications/id") { client, sample in _ = try await client.communications.getCommunicationsID() },
        MockCall("GET", "/communications/quotes") { client, sample in _ = try await client.communications.getQuotes() },
        MockCall("GET", "/communications/rfqs/{rfq_id}") { client, sample in _ = try await client.communications.getRFQ(rfqID: try sample(String.self, .parameter("path", "rfq_id"))) },
        MockCall("GET", "/communications/rfqs/{rfq_id}/quotes/{quote_id}") { client, sample in _ = try await client.communications.getRFQQuote(rfqID: try sample(String.self, .parameter("path", "rfq_id")), quoteID: try sample(String.self, .parameter("path", "quote_id"))) },
        MockCall("GET", "/communications/rfqs") { client, sample in _ = try await client.communications.getRFQs() },
        MockCall("POST", "/communications/block-trade-proposals") { client, sample in _ = try await client.communications.proposeBlockTrade(try sample(ProposeBlockTradeRequest.self, .body)) },
        MockCall("PUT", "/communications/quotes/{quote_id}/accept") { client, sample in _ = try await (client.communications as any CommunicationsAPI).acceptQuote(quoteID: try sample(String.self, .parameter("path", "quote_id")), body: try sample(AcceptQuoteRequest.self, .body)) },
        MockCall("PUT", "/communications/quotes/{quote_id}/confirm") { client, sample in _ = try await (client.communications as any CommunicationsAPI).confirmQuote(quoteID: try sample(String.self, .parameter("path", "quote_id")), body: nil) },
        MockCall("DELETE", "/communications/quotes/{quote_id}") { client, sample in _ = try await (client.communications as any CommunicationsAPI).deleteQuote(quoteID: try sample(String.self, .parameter("path", "quote_id"))) },
        MockCall("GET", "/communications/quotes/{quote_id}") { client, sample in _ = try await (client.communications as any CommunicationsAPI).getQuote(quoteID: try sample(String.self, .parameter("path", "quote_id"))) },
        MockCall("GET", "/events/{event_ticker}") { client, sample in _ = try await client.events.getEvent(eventTicker: try sample(String.self, .parameter("path", "event_ticker"))) },
        MockCall("GET", "/events/fee_changes") { client, sample in _ = try await client.events.getEventFeeChanges() },
        MockCall("GET", "/series/{series_ticker}/events/{ticker}/forecast_percentile_history") { client, sample in _ = try await client.events.getEventForecastPercentilesHistory(seriesTicker: try sample(String.self, .parameter("path", "series_ticker")), ticker: try sample(String.self, .parameter("path", "ticker")), percentiles: try sample([Int32].self, .parameter("query", "percentiles")), startTs: try sample(Int64.self, .parameter("query", "start_ts")), endTs: try sample(Int64.self, .parameter("query", "end_ts")), periodInterval: try sample(GetEventForecastPercentilesHistoryPeriodInterval.self, .parameter("query", "period_interval"))) },
        MockCall("GET", "/events/{event_ticker}/metadata") { client, sample in _ = try await client.events.getEventMetadata(eventTicker: try sample(String.self, .parameter("path", "event_ticker"))) },
        MockCall("GET", "/events") { client, sample in _ = try await client.events.getEvents() },
        MockCall("GET", "/series/{series_ticker}/events/{ticker}/candlesticks") { client, sample in _ = try await client.events.getMarketCandlesticksByEvent(seriesTicker: try sample(String.self, .parameter("path", "series_ticker")), ticker: try sample(String.self, .parameter("path", "ticker")), startTs: try sample(Int64.self, .parameter("query", "start_ts")), endTs: try sample(Int64.self, .parameter("query", "end_ts")), periodInterval: try sample(GetMarketCandlesticksByEventPeriodInterval.self, .parameter("query", "period_interval"))) },
        MockCall("GET", "/events/multivariate") { client, sample in _ = try await client.events.getMultivariateEvents() },
        MockCall("GET", "/exchange/schedule") { client, sample in _ = try await client.exchange.getExchangeSchedule() },
        MockCall("GET", "/exchange/status") { client, sample in _ = try await client.exchange.getExchangeStatus() },
        MockCall("GET", "/series/fee_changes") { client, sample in _ = try await client.exchange.getSeriesFeeChanges() },
        MockCall("GET", "/exchange/user_data_timestamp") { client, sample in _ = try await client.exchange.getUserDataTimestamp() },
        MockCall("POST", "/fcm/subtraders") { client, sample in _ = try await client.fcm.createFCMSubtrader(try sample(CreateFCMSubtraderRequest.self, .body)) },
        MockCall("DELETE", "/fcm/subtraders/event_contract_daily_cap") { client, sample in _ = try await client.fcm.deleteFCMEventContractDailyCap(subtraderID: try sample(String.self, .parameter("query", "subtrader_id"))) },
        MockCall("GET", "/fcm/subtraders/event_contract_daily_cap") { client, sample in _ = try await client.fcm.getFCMEventContractDailyCap() },
        MockCall("GET", "/fcm/fills") { client, sample in _ = try await client.fcm.getFCMFills() },
        MockCall("GET", "/fcm/orders") { client, sample in _ = try await client.fcm.getFCMOrders() },
        MockCall("GET", "/fcm/positions") { client, sample in _ = try await client.fcm.getFCMPositions() },
        MockCall("GET", "/fcm/subtraders/blocked_categories") { client, sample in _ = try await client.fcm.getFCMSubtraderBlockedCategories(subtraderID: try sample(String.self, .parameter("query", "subtrader_id"))) },
        MockCall("GET", "/fcm/subtraders") { client, sample in _ = try await client.fcm.listFCMSubtraders() },
        MockCall("PUT", "/fcm/subtraders/event_contract_daily_cap") { client, sample in _ = try await client.fcm.updateFCMEventContractDailyCap(try sample(UpdateFCMEventContractDailyCapRequest.self, .body)) },
        MockCall("PUT", "/fcm/subtraders/blocked_categories") { client, sample in _ = try await client.fcm.updateFCMSubtraderBlockedCategories(try sample(UpdateFCMSubtraderBlockedCategoriesRequest.self, .body)) },
        MockCall("GET", "/historical/fills") { client, sample in _ = try await client.historical.getFillsHistorical() },
        MockCall("GET", "/historical/cutoff") { client, sample in _ = try await client.historical.getHistoricalCutoff() },
        MockCall("GET", "/historical/markets/{ticker}") { client, sample in _ = try await client.historical.getHistoricalMarket(ticker: try sample(String.self, .parameter("path", "ticker"))) },
        MockCall("GET", "/historical/markets") { client, sample in _ = try await client.historical.getHistoricalMarkets() },
        MockCall("GET", "/historical/orders") { client, sample in _ = try await client.historical.getHistoricalOrders() },
        MockCall("GET", "/historical/positions") { client, sample in _ = try await client.historical.getHistoricalPositions() },
        MockCall("GET", "/historical/markets/{ticker}/candlesticks") { client, sample in _ = try await client.historical.getMarketCandlesticksHistorical(ticker: try sample(String.self, .parameter("path", "ticker")), startTs: try sample(Int64.self, .parameter("query", "start_ts")), endTs: try sample(Int64.self, .parameter("query", "end_ts")), periodInterval: try sample(GetMarketCandlesticksHistoricalPeriodInterval.self, .parameter("query", "period_interval"))) },
        MockCall("GET", "/historical/trades") { client, sample in _ = try await client.historical.getTradesHistorical() },
        MockCall("GET", "/incentive_programs") { client, sample in _ = try await client.incentivePrograms.getIncentivePrograms() },
        MockCall("GET", "/live_data/events/{event_ticker}") { client, sample in _ = try await client.liveData.getEventLiveData(eventTicker: try sample(String.self, .parameter("path", "event_ticker"))) },
        MockCall("GET", "/live_data/milestone/{milestone_id}/game_stats") { client, sample in _ = try await client.liveData.getGameStats(milestoneID: try sample(String.self, .parameter("path", "milestone_id"))) },
        MockCall("GET", "/live_data/{type}/milestone/{milestone_id}") { client, sample in _ = try await client.liveData.getLiveData(type: try sample(String.self, .parameter("path", "type")), milestoneID: try sample(String.self, .parameter("path", "milestone_id"))) },
        MockCall("GET", "/live_data/milestone/{milestone_id}") { client, sample in _ = try await client.liveData.getLiveDataByMilestone(milestoneID: try sample(String.self, .parameter("path", "milestone_id"))) },
        MockCall("GET", "/live_data/batch") { client, sample in _ = try await client.liveData.getLiveDatas(milestoneIDS: try sample([String].self, .parameter("query", "milestone_ids"))) },
        MockCall("GET", "/live_data/weather/{city}") { client, sample in _ = try await client.liveData.getWeatherIndex(city: try sample(String.self, .parameter("path", "city"))) },
        MockCall("GET", "/live_data/weather/{city}/calibrations") { client, sample in _ = try await client.liveData.getWeatherIndexCalibrations(city: try sample(String.self, .parameter("path", "city"))) },
        MockCall("GET", "/markets/candlesticks") { client, sample in _ = try await client.market.batchGetMarketCandlesticks(marketTickers: try sample(String.self, .parameter("query", "market_tickers")), startTs: try sample(Int64.self, .parameter("query", "start_ts")), endTs: try sample(Int64.self, .parameter("query", "end_ts")), periodInterval: try sample(Int32.self, .parameter("query", "period_interval"))) },
        MockCall("GET", "/markets/{ticker}") { client, sample in _ = try await client.market.getMarket(ticker: try sample(String.self, .parameter("path", "ticker"))) },
        MockCall("GET", "/series/{series_ticker}/markets/{ticker}/candlesticks") { client, sample in _ = try await client.market.getMarketCandlesticks(seriesTicker: try sample(String.self, .parameter("path", "series_ticker")), ticker: try sample(String.self, .parameter("path", "ticker")), startTs: try sample(Int64.self, .parameter("query", "start_ts")), endTs: try sample(Int64.self, .parameter("query", "end_ts")), periodInterval: try sample(GetMarketCandlesticksPeriodInterval.self, .parameter("query", "period_interval"))) },
        MockCall("GET", "/markets/{ticker}/orderbook") { client, sample in _ = try await client.market.getMarketOrderbook(ticker: try sample(String.self, .parameter("path", "ticker"))) },
        MockCall("GET", "/markets/orderbooks") { client, sample in _ = try await client.market.getMarketOrderbooks(tickers: try sample([String].self, .parameter("query", "tickers"))) },
        MockCall("GET", "/markets") { client, sample in _ = try await client.market.getMarkets() },
        MockCall("GET", "/series/{series_ticker}") { client, sample in _ = try await client.market.getSeries(seriesTicker: try sample(String.self, .parameter("path", "series_ticker"))) },
        MockCall("GET", "/series") { client, sample in _ = try await client.market.getSeriesList() },
        MockCall("GET", "/markets/trades") { client, sample in _ = try await client.market.getTrades() },
        MockCall("GET", "/milestones/{milestone_id}") { client, sample in _ = try await client.milestone.getMilestone(milestoneID: try sample(String.self, .parameter("path", "milestone_id"))) },
        MockCall("GET", "/milestones") { client, sample in _ = try await client.milestone.getMilestones(limit: try sample(Int.self, .parameter("query", "limit"))) },
        MockCall("POST", "/multivariate_event_collections/{collection_ticker}") { client, sample in _ = try await client.multivariate.createMarketInMultivariateEventCollection(collectionTicker: try sample(String.self, .parameter("path", "collection_ticker")), body: try sample(CreateMarketInMultivariateEventCollectionRequest.self, .body)) },
        MockCall("GET", "/multivariate_event_collections/{collection_ticker}") { client, sample in _ = try await client.multivariate.getMultivariateEventCollection(collectionTicker: try sample(String.self, .parameter("path", "collection_ticker"))) },
        MockCall("GET", "/multivariate_event_collections") { client, sample in _ = try await client.multivariate.getMultivariateEventCollections() },
        MockCall("POST", "/portfolio/order_groups/create") { client, sample in _ = try await client.orderGroups.createOrderGroup(try sample(CreateOrderGroupRequest.self, .body)) },
        MockCall("DELETE", "/portfolio/order_groups/{order_group_id}") { client, sample in _ = try await client.orderGroups.deleteOrderGroup(orderGroupID: try sample(String.self, .parameter("path", "order_group_id"))) },
        MockCall("GET", "/portfolio/order_groups/{order_group_id}") { client, sample in _ = try await client.orderGroups.getOrderGroup(orderGroupID: try sample(String.self, .parameter("path", "order_group_id"))) },
        MockCall("GET", "/portfolio/order_groups") { client, sample in _ = try await client.orderGroups.getOrderGroups() },
        MockCall("PUT", "/portfolio/order_groups/{order_group_id}/reset") { client, sample in _ = try await client.orderGroups.resetOrderGroup(orderGroupID: try sample(String.self, .parameter("path", "order_group_id"))) },
        MockCall("PUT", "/portfolio/order_groups/{order_group_id}/trigger") { client, sample in _ = try await client.orderGroups.triggerOrderGroup(orderGroupID: try sample(String.self, .parameter("path", "order_group_id"))) },
        MockCall("PUT", "/portfolio/order_groups/{order_group_id}/limit") { client, sample in _ = try await client.orderGroups.updateOrderGroupLimit(orderGroupID: try sample(String.self, .parameter("path", "order_group_id")), body: try sample(UpdateOrderGroupLimitRequest.self, .body)) },
        MockCall("POST", "/portfolio/events/orders/{order_id}/amend") { client, sample in _ = try await client.orders.amendOrderV2(orderID: try sample(String.self, .parameter("path", "order_id")), body: try sample(AmendOrderV2Request.self, .body)) },
        MockCall("DELETE", "/portfolio/events/orders/batched") { client, sample in _ = try await client.orders.batchCancelOrdersV2(try sample(BatchCancelOrdersV2Request.self, .body)) },
        MockCall("POST", "/portfolio/events/orders/batched") { client, sample in _ = try await client.orders.batchCreateOrdersV2(try sample(BatchCreateOrdersV2Request.self, .body)) },
        MockCall("DELETE", "/portfolio/events/orders") { client, sample in _ = try await client.orders.cancelAllOrders() },
        MockCall("DELETE", "/portfolio/events/orders/{order_id}") { client, sample in _ = try await client.orders.cancelOrderV2(orderID: try sample(String.self, .parameter("path", "order_id"))) },
        MockCall("POST", "/portfolio/events/orders") { client, sample in _ = try await client.orders.createOrderV2(try sample(CreateOrderV2Request.self, .body)) },
        MockCall("POST", "/portfolio/events/orders/{order_id}/decrease") { client, sample in _ = try await client.orders.decreaseOrderV2(orderID: try sample(String.self, .parameter("path", "order_id")), body: try sample(DecreaseOrderV2Request.self, .body)) },
        MockCall("GET", "/portfolio/orders/{order_id}") { client, sample in _ = try await client.orders.getOrder(orderID: try sample(String.self, .parameter("path", "order_id"))) },
        MockCall("GET", "/portfolio/orders/{order_id}/queue_position") { client, sample in _ = try await client.orders.getOrderQueuePosition(orderID: try sample(String.self, .parameter("path", "order_id"))) },
        MockCall("GET", "/portfolio/orders/queue_positions") { client, sample in _ = try await client.orders.getOrderQueuePositions() },
        MockCall("GET", "/portfolio/orders") { client, sample in _ = try await client.orders.getOrders() },
        MockCall("POST", "/portfolio/subaccounts/transfer") { client, sample in _ = try await client.portfolio.applySubaccountTransfer(try sample(ApplySubaccountTransferRequest.self, .body)) },
        MockCall("POST", "/portfolio/subaccounts") { client, sample in _ = try await client.portfolio.createSubaccount() },
        MockCall("GET", "/portfolio/balance") { client, sample in _ = try await client.portfolio.getBalance() },
        MockCall("GET", "/portfolio/deposits") { client, sample in _ = try await client.portfolio.getDeposits() },
        MockCall("GET", "/portfolio/fills") { client, sample in _ = try await client.portfolio.getFills() },
        MockCall("GET", "/portfolio/intra_exchange_instance_transfers/{transfer_id}") { client, sample in _ = try await client.portfolio.getIntraExchangeInstanceTransfer(transferID: try sample(String.self, .parameter("path", "transfer_id"))) },
        MockCall("GET", "/portfolio/intra_exchange_instance_transfers") { client, sample in _ = try await client.portfolio.getIntraExchangeInstanceTransfers() },
        MockCall("GET", "/portfolio/summary/total_resting_order_value") { client, sample in _ = try await client.portfolio.getPortfolioRestingOrderTotalValue() },
        MockCall("GET", "/portfolio/positions") { client, sample in _ = try await client.portfolio.getPositions() },
        MockCall("GET", "/portfolio/settlements") { client, sample in _ = try await client.portfolio.getSettlements() },
        MockCall("GET", "/portfolio/subaccounts/balances") { client, sample in _ = try await client.portfolio.getSubaccountBalances() },
        MockCall("GET", "/portfolio/subaccounts/netting") { client, sample in _ = try await client.portfolio.getSubaccountNetting() },
        MockCall("GET", "/portfolio/subaccounts/transfers") { client, sample in _ = try await client.portfolio.getSubaccountTransfers() },
        MockCall("GET", "/portfolio/target_balance_allocation") { client, sample in _ = try await client.portfolio.getTargetBalanceAllocation() },
        MockCall("GET", "/portfolio/withdrawals") { client, sample in _ = try await client.portfolio.getWithdrawals() },
        MockCall("POST", "/portfolio/intra_exchange_instance_transfer") { client, sample in _ = try await client.portfolio.intraExchangeInstanceTransfer(try sample(IntraExchangeInstanceTransferRequest.self, .body)) },
        MockCall("POST", "/portfolio/target_balance_allocation") { client, sample in _ = try await client.portfolio.setTargetBalanceAllocation(try sample(SetTargetBalanceAllocationRequest.self, .body)) },
        MockCall("PUT", "/portfolio/subaccounts/netting") { client, sample in _ = try await client.portfolio.updateSubaccountNetting(try sample(UpdateSubaccountNettingRequest.self, .body)) },
        MockCall("GET", "/search/filters_by_sport") { client, sample in _ = try await client.search.getFiltersForSports() },
        MockCall("GET", "/search/tags_by_categories") { client, sample in _ = try await client.search.getTagsForSeriesCategories() },
        MockCall("GET", "/structured_targets/{structured_target_id}") { client, sample in _ = try await client.structuredTargets.getStructuredTarget(structuredTargetID: try sample(String.self, .parameter("path", "structured_target_id"))) },
        MockCall("GET", "/structured_targets") { client, sample in _ = try await client.structuredTargets.getStructuredTargets() },
    ]
}
