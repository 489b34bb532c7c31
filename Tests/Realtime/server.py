"""Kalshi's WebSocket server for the end-to-end check, written from Kalshi's AsyncAPI document
(spec/kalshi-asyncapi.yaml), not from the generated code.

    python3 server.py KEYS_FOLDER

Listens on 127.0.0.1 on a free port and prints it. The handshake must carry Kalshi's headers
(KALSHI-ACCESS-KEY, -TIMESTAMP, -SIGNATURE over timestamp + "GET" + path), verified with
`cryptography` against KEYS_FOLDER/<key id>.pub (RSA-PSS SHA-256 or Ed25519); anything else is
refused with 401. Commands are answered by id as the document describes; pings go out every
0.2 s. Market tickers choose what the order book does, once per server run:

    BOOK   snapshot, then three deltas
    GAP    snapshot, a delta, then a delta whose seq skips two numbers; after a resubscribe, a
           fresh snapshot and one delta
    DROP   snapshot and one delta, then the connection is dropped; after the reconnect, a fresh
           snapshot and one delta
    FLOOD  snapshot, then 200 deltas at once
Other commands: subscribe to `trade` sends a malformed frame, an unknown message type and a
trade; update_subscription naming the market NO-REPLY gets no answer; unknown sids are error 7,
unknown channels error 8, unknown commands error 5.
"""
import asyncio
import base64
import json
import os
import sys
import time

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding
from websockets.asyncio.server import serve
from websockets.datastructures import Headers
from websockets.http11 import Response

KEYS = sys.argv[1]
CHANNELS = {"orderbook_delta", "ticker", "trade", "fill", "market_positions", "market_lifecycle_v2",
            "multivariate_market_lifecycle", "communications", "order_group_updates", "user_orders",
            "cfbenchmarks_value", "cfbenchmarks_value_5hz", "pyth_value"}
SERVED = {"orderbook_delta", "ticker", "trade"}
done_once = set()


def refuse(reason):
    return Response(401, "Unauthorized", Headers([("Content-Type", "text/plain")]), reason.encode())


def check_signature(connection, request):
    key_id = request.headers.get("KALSHI-ACCESS-KEY")
    timestamp = request.headers.get("KALSHI-ACCESS-TIMESTAMP")
    signature = request.headers.get("KALSHI-ACCESS-SIGNATURE")
    if not (key_id and timestamp and signature):
        return refuse("missing KALSHI-ACCESS headers")
    path = os.path.join(KEYS, os.path.basename(key_id) + ".pub")
    if not os.path.exists(path):
        return refuse("unknown key")
    if abs(time.time() * 1000 - int(timestamp)) > 60_000:
        return refuse("timestamp outside the window")
    key = serialization.load_pem_public_key(open(path, "rb").read())
    message = (timestamp + "GET" + request.path.split("?")[0]).encode()
    try:
        raw = base64.b64decode(signature)
        if isinstance(key, ed25519.Ed25519PublicKey):
            key.verify(raw, message)
        else:
            key.verify(raw, message, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32), hashes.SHA256())
    except (InvalidSignature, ValueError):
        return refuse("bad signature")
    return None


async def session(websocket):
    sids = {}          # sid -> {"channel", "ticker", "seq"}
    state = {"next": 1}

    async def send(message):
        await websocket.send(json.dumps(message))

    async def level(sid, price, delta, side="yes"):
        sub = sids[sid]
        sub["seq"] += 1
        await send({"type": "orderbook_delta", "sid": sid, "seq": sub["seq"], "msg": {
            "market_ticker": sub["ticker"], "market_id": "m-" + sub["ticker"], "price_dollars": price,
            "delta_fp": delta, "side": side}})

    async def book(sid):
        sub = sids[sid]
        ticker = sub["ticker"]
        sub["seq"] += 1
        await send({"type": "orderbook_snapshot", "sid": sid, "seq": sub["seq"], "msg": {
            "market_ticker": ticker, "market_id": "m-" + ticker,
            "yes_dollars_fp": [["0.4200", "10.00"], ["0.4100", "5.00"]], "no_dollars_fp": [["0.5500", "7.00"]]}})
        if ticker == "BOOK":
            for _ in range(3):
                await level(sid, "0.4200", "-1.00")
        elif ticker == "GAP":
            if "GAP" in done_once:
                await level(sid, "0.4000", "3.00")
            else:
                done_once.add("GAP")
                await level(sid, "0.4200", "-1.00")
                sub["seq"] += 2
                await level(sid, "0.4200", "-1.00")
        elif ticker == "DROP":
            if "DROP" in done_once:
                await level(sid, "0.4000", "3.00")
            else:
                done_once.add("DROP")
                await level(sid, "0.4200", "-1.00")
                await asyncio.sleep(0.05)
                raise ConnectionAbortedError
        elif ticker == "FLOOD":
            for index in range(200):
                await level(sid, "0.3000", "1.00")

    async for text in websocket:
        try:
            command = json.loads(text)
        except ValueError:
            await send({"type": "error", "msg": {"code": 1, "msg": "Unable to process message"}})
            continue
        cid = command.get("id")
        cmd = command.get("cmd")
        params = command.get("params") or {}
        if cmd == "subscribe":
            channels = params.get("channels") or []
            if not channels:
                await send({"id": cid, "type": "error", "msg": {"code": 3, "msg": "Channels required"}})
                continue
            if any(channel not in CHANNELS or channel not in SERVED for channel in channels):
                await send({"id": cid, "type": "error", "msg": {"code": 8, "msg": "Unknown channel name"}})
                continue
            for channel in channels:
                sid = state["next"]
                state["next"] += 1
                sids[sid] = {"channel": channel, "ticker": params.get("market_ticker"), "seq": 0}
                await send({"id": cid, "type": "subscribed", "msg": {"channel": channel, "sid": sid}})
                if channel == "orderbook_delta" and params.get("market_ticker"):
                    await book(sid)
                if channel == "trade":
                    await websocket.send("{not json")
                    await send({"type": "market_halted", "sid": sid, "msg": {"market_ticker": "X"}})
                    await send({"type": "trade", "sid": sid, "seq": 1, "msg": {
                        "trade_id": "t-1", "market_ticker": "TRADED", "yes_price_dollars": "0.3600",
                        "no_price_dollars": "0.6400", "count_fp": "3.00", "taker_side": "yes", "taker_outcome_side": "yes",
                        "taker_book_side": "bid", "is_block_trade": False, "ts": 1700000000, "ts_ms": 1700000000000}})
        elif cmd == "unsubscribe":
            wanted = params.get("sids") or []
            if not wanted:
                await send({"id": cid, "type": "error", "msg": {"code": 4, "msg": "Subscription IDs required"}})
                continue
            unknown = [sid for sid in wanted if sid not in sids]
            if unknown:
                await send({"id": cid, "type": "error", "msg": {"code": 7, "msg": "Unknown subscription ID"}})
                continue
            for sid in wanted:
                sub = sids.pop(sid)
                await send({"id": cid, "sid": sid, "seq": sub["seq"] + 1, "type": "unsubscribed"})
        elif cmd == "update_subscription":
            tickers = params.get("market_tickers") or []
            if "NO-REPLY" in tickers:
                continue
            sid = params.get("sid") or (params.get("sids") or [None])[0]
            if sid not in sids:
                await send({"id": cid, "type": "error", "msg": {"code": 7, "msg": "Unknown subscription ID"}})
                continue
            await send({"id": cid, "sid": sid, "seq": sids[sid]["seq"], "type": "ok", "msg": {"market_tickers": tickers}})
        elif cmd == "list_subscriptions":
            await send({"id": cid, "type": "ok", "msg": [{"channel": sub["channel"], "sid": sid} for sid, sub in sorted(sids.items())]})
        else:
            await send({"id": cid, "type": "error", "msg": {"code": 5, "msg": "Unknown command"}})


async def handler(websocket):
    try:
        await session(websocket)
    except ConnectionAbortedError:
        websocket.transport.abort()


async def main():
    async with serve(handler, "127.0.0.1", 0, process_request=check_signature, ping_interval=0.2, ping_timeout=5) as server:
        port = server.sockets[0].getsockname()[1]
        print(port, flush=True)
        await asyncio.Future()


asyncio.run(main())
