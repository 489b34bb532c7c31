// Every example of Generated/Realtime/docs, extracted by DocExamplesTests and compiled by the DocExamples target.
// Do not edit: re-record with `RECORD_GOLDENS=1 swift test`.
import Foundation
import KalshiRealtime
import OpenAPIURLSession

enum KalshiRealtimeExamples {
    static func CfbenchmarksValue5hzChannel_cfbenchmarksValue5Hz() async throws {
        let frame = #"{"type":"cfbenchmarks_value_5hz","sid":1,"seq":42,"msg":{"index_id":"BRTI","value_usd":"68000.12000000","source_ts_ms":1710000000323,"received_at":1710000000341,"data":"{\"type\":\"value\",\"id\":\"BRTI\",\"time\":1710000000323,\"value\":\"68000.12\"}"}}"#
        if case .cfbenchmarksValue5Hz(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func CfbenchmarksValue5hzChannel_cfbenchmarks5HzIndexList() async throws {
        let frame = #"{"type":"cfbenchmarks_value_5hz_indexlist","id":2,"sid":1,"seq":1,"msg":{"index_ids":["BRTI","ETHUSD_RTI"]}}"#
        if case .cfbenchmarks5HzIndexList(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func CfbenchmarksValueChannel_cfbenchmarksValue() async throws {
        let frame = #"{"type":"cfbenchmarks_value","sid":1,"seq":42,"msg":{"index_id":"BRTI","received_at":1710000000123,"data":"{\"type\":\"value\",\"id\":\"BRTI\",\"time\":1710000000123,\"value\":\"68000.12\"}","avg_60s_data":{"value":"68000.12000000","window_size":3,"window_start_ts_ms":1709999940123,"window_end_ts_exclusive":1710000000123},"last_60s_windowed_average_15min":{"value":"68000.23000000","window_size":14,"window_start_ts_ms":1709999980000,"window_end_ts_exclusive":1710000000123}}}"#
        if case .cfbenchmarksValue(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func CfbenchmarksValueChannel_cfbenchmarksIndexList() async throws {
        let frame = #"{"type":"cfbenchmarks_value_indexlist","id":2,"sid":1,"seq":1,"msg":{"index_ids":["BRTI","ETHUSD_RTI"]}}"#
        if case .cfbenchmarksIndexList(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func CommunicationsChannel_rfqCreated() async throws {
        let frame = #"{"type":"rfq_created","sid":15,"seq":11,"msg":{"id":"rfq_123","creator_id":"43fc3733603f4830a8c3b2986011a5f78d67b03b473dbfd3a3847abd85b63a51","market_ticker":"FED-23DEC-T3.00","event_ticker":"FED-23DEC","contracts_fp":"100.00","created_ts":"2024-12-01T10:00:00Z"}}"#
        if case .rfqCreated(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func CommunicationsChannel_rfqDeleted() async throws {
        let frame = #"{"type":"rfq_deleted","sid":15,"seq":12,"msg":{"id":"rfq_123","creator_id":"comm_abc123","market_ticker":"FED-23DEC-T3.00","event_ticker":"FED-23DEC","contracts_fp":"100.00","target_cost_dollars":"0.3500","deleted_ts":"2024-12-01T10:05:00Z"}}"#
        if case .rfqDeleted(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func CommunicationsChannel_quoteCreated() async throws {
        let frame = #"{"type":"quote_created","sid":15,"seq":13,"msg":{"quote_id":"quote_456","rfq_id":"rfq_123","quote_creator_id":"comm_def456","rfq_creator_id":"comm_abc123","market_ticker":"FED-23DEC-T3.00","event_ticker":"FED-23DEC","yes_bid_dollars":"0.3500","no_bid_dollars":"0.6500","yes_contracts_offered_fp":"100.00","no_contracts_offered_fp":"200.00","rfq_target_cost_dollars":"0.3500","created_ts":"2024-12-01T10:02:00Z","subaccount":3}}"#
        if case .quoteCreated(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func CommunicationsChannel_quoteAccepted() async throws {
        let frame = #"{"type":"quote_accepted","sid":15,"seq":14,"msg":{"quote_id":"quote_456","rfq_id":"rfq_123","quote_creator_id":"comm_def456","rfq_creator_id":"comm_abc123","market_ticker":"FED-23DEC-T3.00","event_ticker":"FED-23DEC","yes_bid_dollars":"0.3500","no_bid_dollars":"0.6500","accepted_side":"yes","contracts_accepted_fp":"50.00","yes_contracts_offered_fp":"100.00","no_contracts_offered_fp":"200.00","rfq_target_cost_dollars":"0.3500","subaccount":3}}"#
        if case .quoteAccepted(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func CommunicationsChannel_quoteExecuted() async throws {
        let frame = #"{"type":"quote_executed","sid":15,"seq":15,"msg":{"quote_id":"quote_456","rfq_id":"rfq_123","quote_creator_id":"a1b2c3d4e5f6...","rfq_creator_id":"f6e5d4c3b2a1...","order_id":"order_789","client_order_id":"my_client_order_123","market_ticker":"FED-23DEC-T3.00","executed_ts":"2024-12-01T10:05:00Z","subaccount":3}}"#
        if case .quoteExecuted(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func FillChannel_fill() async throws {
        let frame = #"{"type":"fill","sid":13,"msg":{"trade_id":"d91bc706-ee49-470d-82d8-11418bda6fed","order_id":"ee587a1c-8b87-4dcf-b721-9f6f790619fa","client_order_id":"my-order-1","market_ticker":"HIGHNY-22DEC23-B53.5","exchange_index":2,"is_taker":true,"side":"yes","yes_price_dollars":"0.7500","count_fp":"278.00","fee_cost":"0.010000","action":"buy","ts":1671899397,"ts_ms":1671899397000,"post_position_fp":"500.00","purchased_side":"yes","outcome_side":"yes","book_side":"bid","subaccount":3}}"#
        if case .fill(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func MarketLifecycleV2Channel_marketLifecycleV2() async throws {
        let frame = #"{"type":"market_lifecycle_v2","sid":13,"seq":3,"msg":{"market_ticker":"INXD-23SEP14-B4487","exchange_index":0,"open_ts":1694635200,"close_ts":1694721600,"additional_metadata":{"name":"S&P 500 daily return on Sep 14","title":"S&P 500 closes up by 0.02% or more","yes_sub_title":"S&P 500 closes up 0.02%+","no_sub_title":"S&P 500 closes up <0.02%","rules_primary":"The S&P 500 index level at 4:00 PM ET...","rules_secondary":"","can_close_early":true,"event_ticker":"INXD-23SEP14","expected_expiration_ts":1694721600,"strike_type":"greater","floor_strike":4487},"event_type":"created","price_level_structure":"linear_cent"}}"#
        if case .marketLifecycleV2(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func MarketLifecycleV2Channel_marketMetadataUpdated() async throws {
        let frame = #"{"type":"market_lifecycle_v2","sid":13,"seq":5,"msg":{"event_type":"metadata_updated","market_ticker":"KXBTC-25APR30-T0915-B95000","strike_type":"between","floor_strike":95000,"cap_strike":95250}}"#
        if case .marketMetadataUpdated(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func MarketLifecycleV2Channel_eventLifecycle() async throws {
        let frame = #"{"type":"event_lifecycle","sid":5,"seq":8,"msg":{"event_ticker":"KXQUICKSETTLE-26JAN25H2150","exchange_index":0,"title":"What will 1+1 equal on Jan 25 at 21:50?","subtitle":"Jan 25 at 21:50","collateral_return_type":"MECNET","series_ticker":"KXQUICKSETTLE"}}"#
        if case .eventLifecycle(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func MarketLifecycleV2Channel_eventFeeUpdate() async throws {
        let frame = #"{"type":"event_fee_update","sid":5,"seq":9,"msg":{"event_ticker":"KXBTCD-26MAY2018","fee_type_override":"quadratic","fee_multiplier_override":1}}"#
        if case .eventFeeUpdate(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func MarketPositionsChannel_marketPosition() async throws {
        let frame = #"{"type":"market_position","sid":14,"msg":{"user_id":"user123","market_ticker":"FED-23DEC-T3.00","position_fp":"100.00","position_cost_dollars":"50.0000","realized_pnl_dollars":"10.0000","fees_paid_dollars":"1.0000","position_fee_cost_dollars":"0.5000","volume_fp":"15.00"}}"#
        if case .marketPosition(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func MultivariateMarketLifecycleChannel_multivariateMarketLifecycle() async throws {
        let frame = #"{"type":"multivariate_market_lifecycle","sid":14,"seq":7,"msg":{"market_ticker":"KXMVE-TEST-EVENT-M1","exchange_index":0,"open_ts":1773936000,"close_ts":1774022400,"additional_metadata":{"name":"MVE One","title":"Market 1","yes_sub_title":"YES 1","no_sub_title":"NO 1","rules_primary":"Rule 1","rules_secondary":"Rule 2","can_close_early":true,"event_ticker":"KXMVE-TEST-EVENT","expected_expiration_ts":1774029600},"event_type":"created"}}"#
        if case .multivariateMarketLifecycle(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func MultivariateMarketLifecycleChannel_eventLifecycle() async throws {
        let frame = #"{"type":"event_lifecycle","sid":5,"seq":8,"msg":{"event_ticker":"KXQUICKSETTLE-26JAN25H2150","exchange_index":0,"title":"What will 1+1 equal on Jan 25 at 21:50?","subtitle":"Jan 25 at 21:50","collateral_return_type":"MECNET","series_ticker":"KXQUICKSETTLE"}}"#
        if case .eventLifecycle(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func OrderGroupUpdatesChannel_orderGroupUpdates() async throws {
        let frame = #"{"type":"order_group_updates","sid":21,"seq":7,"msg":{"event_type":"limit_updated","order_group_id":"og_123","contracts_limit_fp":"150.00","ts_ms":1733047200000}}"#
        if case .orderGroupUpdates(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func OrderbookDeltaChannel_orderbookSnapshot() async throws {
        let frame = #"{"type":"orderbook_snapshot","sid":2,"seq":2,"msg":{"market_ticker":"FED-23DEC-T3.00","market_id":"9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1","yes_dollars_fp":[["0.0800","300.00"],["0.2200","333.00"]],"no_dollars_fp":[["0.5400","20.00"],["0.5600","146.00"]]}}"#
        if case .orderbookSnapshot(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func OrderbookDeltaChannel_orderbookDelta() async throws {
        let frame = #"{"type":"orderbook_delta","sid":2,"seq":3,"msg":{"market_ticker":"FED-23DEC-T3.00","market_id":"9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1","price_dollars":"0.9600","delta_fp":"-54.00","side":"yes","ts":"2022-11-22T20:44:01Z","ts_ms":1669149841000}}"#
        if case .orderbookDelta(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func PythValueChannel_pythValue() async throws {
        let frame = #"{"type":"pyth_value","sid":1,"seq":42,"msg":{"underlying_ticker":"Commodities.Index.PYTHOIL/USD","value_usd":"82.12345000","source_ts_ms":1710000000100,"received_at":1710000000123}}"#
        if case .pythValue(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func PythValueChannel_pythUnderlyingList() async throws {
        let frame = #"{"type":"pyth_value_underlying_list","id":2,"sid":1,"seq":1,"msg":{"underlying_tickers":["Commodities.Index.NATGAS/USD","Commodities.Index.PYTHOIL/USD","Metal.XAG/USD","Metal.XAU/USD"]}}"#
        if case .pythUnderlyingList(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func RootChannel_subscribeCommand() async throws {
        let frame = #"{"id":1,"cmd":"subscribe","params":{"channels":["orderbook_delta"],"market_ticker":"CPI-22DEC-TN0.1"}}"#
        if case .subscribeCommand(let message) = try JSONCoding.decoder().decode(ClientMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func RootChannel_unsubscribeCommand() async throws {
        let frame = #"{"id":124,"cmd":"unsubscribe","params":{"sids":[1,2]}}"#
        if case .unsubscribeCommand(let message) = try JSONCoding.decoder().decode(ClientMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func RootChannel_updateSubscriptionCommand() async throws {
        let frame = #"{"id":124,"cmd":"update_subscription","params":{"sids":[456],"market_tickers":["NEW-MARKET-1","NEW-MARKET-2"],"action":"add_markets"}}"#
        if case .updateSubscriptionCommand(let message) = try JSONCoding.decoder().decode(ClientMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func RootChannel_cfbenchmarksUpdateSubscriptionCommand() async throws {
        let frame = #"{"id":2,"cmd":"update_subscription","params":{"sid":1,"action":"indexlist"}}"#
        if case .cfbenchmarksUpdateSubscriptionCommand(let message) = try JSONCoding.decoder().decode(ClientMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func RootChannel_pythUpdateSubscriptionCommand() async throws {
        let frame = #"{"id":2,"cmd":"update_subscription","params":{"sid":1,"action":"underlying_list"}}"#
        if case .pythUpdateSubscriptionCommand(let message) = try JSONCoding.decoder().decode(ClientMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func RootChannel_listSubscriptionsCommand() async throws {
        let frame = #"{"id":3,"cmd":"list_subscriptions"}"#
        if case .listSubscriptionsCommand(let message) = try JSONCoding.decoder().decode(ClientMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func RootChannel_subscribedResponse() async throws {
        let frame = #"{"id":1,"type":"subscribed","msg":{"channel":"orderbook_delta","sid":1}}"#
        if case .subscribedResponse(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func RootChannel_listSubscriptionsResponse() async throws {
        let frame = #"{"id":3,"type":"ok","msg":[{"channel":"orderbook_delta","sid":1},{"channel":"ticker","sid":2},{"channel":"fill","sid":3}]}"#
        if case .listSubscriptionsResponse(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func RootChannel_unsubscribedResponse() async throws {
        let frame = #"{"id":102,"sid":2,"seq":7,"type":"unsubscribed"}"#
        if case .unsubscribedResponse(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func RootChannel_okResponse() async throws {
        let frame = #"{"id":123,"sid":456,"seq":222,"type":"ok","msg":{"market_tickers":["MARKET-1","MARKET-2","MARKET-3"]}}"#
        if case .okResponse(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func RootChannel_errorResponse() async throws {
        let frame = #"{"id":123,"type":"error","msg":{"code":7,"msg":"Unknown subscription ID"}}"#
        if case .errorResponse(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func TickerChannel_ticker() async throws {
        let frame = #"{"type":"ticker","sid":11,"msg":{"market_id":"9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1","market_ticker":"FED-23DEC-T3.00","price_dollars":"0.4800","yes_bid_dollars":"0.4500","yes_ask_dollars":"0.5300","volume_fp":"33896.00","open_interest_fp":"20422.00","dollar_volume":16948,"dollar_open_interest":10211,"yes_bid_size_fp":"300.00","yes_ask_size_fp":"150.00","last_trade_size_fp":"25.00","ts":1669149841,"ts_ms":1669149841000,"time":"2022-11-22T20:44:01Z"}}"#
        if case .ticker(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func TradeChannel_trade() async throws {
        let frame = #"{"type":"trade","sid":11,"seq":2,"msg":{"trade_id":"d91bc706-ee49-470d-82d8-11418bda6fed","market_ticker":"HIGHNY-22DEC23-B53.5","yes_price_dollars":"0.3600","no_price_dollars":"0.6400","count_fp":"136.00","taker_side":"no","taker_outcome_side":"no","taker_book_side":"ask","is_block_trade":false,"ts":1669149841,"ts_ms":1669149841000}}"#
        if case .trade(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }

    static func UserOrdersChannel_userOrder() async throws {
        let frame = #"{"type":"user_order","sid":22,"msg":{"order_id":"ee587a1c-8b87-4dcf-b721-9f6f790619fa","user_id":"a1b2c3d4-e5f6-7890-abcd-ef1234567890","ticker":"FED-23DEC-T3.00","exchange_index":2,"status":"resting","side":"yes","is_yes":true,"outcome_side":"yes","book_side":"bid","yes_price_dollars":"0.3500","fill_count_fp":"0.00","remaining_count_fp":"10.00","initial_count_fp":"10.00","taker_fill_cost_dollars":"0.000000","maker_fill_cost_dollars":"0.000000","taker_fees_dollars":"0.000000","maker_fees_dollars":"0.000000","client_order_id":"my-order-1","order_group_id":"og_123","self_trade_prevention_type":"taker_at_cross","created_time":"2024-12-01T10:00:00Z","created_ts_ms":1733047200000,"expiration_time":"2024-12-01T11:00:00Z","expiration_ts_ms":1733050800000,"subaccount_number":0}}"#
        if case .userOrder(let message) = try JSONCoding.decoder().decode(ServerMessage.self, from: Data(frame.utf8)) {
            print(message)
        }
    }
}
