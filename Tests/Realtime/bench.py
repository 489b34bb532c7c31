"""The real-time benchmark's two Python sides (Tests/Realtime/bench.sh).

    python3 bench.py serve N      a stream server: prints its port; each connection gets the same
                                  recorded stream of N Kalshi messages after its first frame (the
                                  subscribe command)
    python3 bench.py read PORT N  Kalshi's SDK language: a `websockets` client that subscribes and
                                  reads the N messages with `json.loads`; prints its figures

The server writes the stream pre-framed (RFC 6455 server frames, unmasked) in large writes, so it
sends at memory speed and the clients' reading is what is measured. The stream: 70% orderbook
deltas (each `client_order_id` holds its send time in ns, for latency), 20% tickers, 10% trades.
"""
import asyncio
import base64
import hashlib
import json
import random
import resource
import struct
import sys
import time


def messages(count):
    rng = random.Random(7)
    out = []
    seq = 1
    for index in range(count):
        kind = rng.random()
        if kind < 0.7:
            seq += 1
            out.append({"type": "orderbook_delta", "sid": 1, "seq": seq, "msg": {
                "market_ticker": "BENCH", "market_id": "m-1", "price_dollars": "0.%02d00" % rng.randint(1, 99),
                "delta_fp": "%d.00" % rng.randint(-50, 50), "side": rng.choice(["yes", "no"]), "client_order_id": "T"}})
        elif kind < 0.9:
            out.append({"type": "ticker", "sid": 1, "msg": {
                "market_ticker": "BENCH", "market_id": "m-1", "price_dollars": "0.4400", "yes_bid_dollars": "0.4300",
                "yes_ask_dollars": "0.4500", "volume_fp": "%d.00" % index, "open_interest_fp": "1000.00",
                "dollar_volume": index, "dollar_open_interest": 1000, "yes_bid_size_fp": "10.00", "yes_ask_size_fp": "12.00",
                "last_trade_size_fp": "1.00", "ts": 1700000000, "ts_ms": 1700000000000, "time": "2023-11-14T22:13:20Z"}})
        else:
            # One subscription's numbering: deltas and trades share it.
            seq += 1
            out.append({"type": "trade", "sid": 1, "seq": seq, "msg": {
                "trade_id": "t-%d" % index, "market_ticker": "BENCH", "yes_price_dollars": "0.3600", "no_price_dollars": "0.6400",
                "count_fp": "3.00", "taker_side": "yes", "taker_outcome_side": "yes", "taker_book_side": "bid",
                "is_block_trade": False, "ts": 1700000000, "ts_ms": 1700000000000}})
    return out


def frame(text):
    data = text.encode()
    if len(data) < 126:
        head = struct.pack("!BB", 0x81, len(data))
    elif len(data) < 65536:
        head = struct.pack("!BBH", 0x81, 126, len(data))
    else:
        head = struct.pack("!BBQ", 0x81, 127, len(data))
    return head + data


async def read_frame(reader):
    """One masked client frame (RFC 6455), as JSON."""
    head = await reader.readexactly(2)
    length = head[1] & 0x7F
    if length == 126:
        length = struct.unpack("!H", await reader.readexactly(2))[0]
    elif length == 127:
        length = struct.unpack("!Q", await reader.readexactly(8))[0]
    mask = await reader.readexactly(4)
    payload = bytes(byte ^ mask[index % 4] for index, byte in enumerate(await reader.readexactly(length)))
    return json.loads(payload)


async def serve(count):
    stream = messages(count)
    snapshot = frame(json.dumps({"type": "orderbook_snapshot", "sid": 1, "seq": 1, "msg": {"market_ticker": "BENCH", "market_id": "m-1"}}))
    texts = [json.dumps(message, separators=(",", ":")) for message in stream]

    async def client(reader, writer):
        request = await reader.readuntil(b"\r\n\r\n")
        key = [line.split(b":", 1)[1].strip() for line in request.split(b"\r\n") if line.lower().startswith(b"sec-websocket-key:")][0]
        accept = base64.b64encode(hashlib.sha1(key + b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11").digest())
        writer.write(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: " + accept + b"\r\n\r\n")
        command = await read_frame(reader)
        subscribed = frame(json.dumps({"id": command["id"], "type": "subscribed", "msg": {"channel": "orderbook_delta", "sid": 1}}))
        writer.write(subscribed + snapshot)
        batch = []
        for text in texts:
            if '"client_order_id":"T"' in text:
                text = text.replace('"client_order_id":"T"', '"client_order_id":"%d"' % time.time_ns())
            batch.append(frame(text))
            if len(batch) == 2000:
                writer.write(b"".join(batch))
                batch = []
                await writer.drain()
        writer.write(b"".join(batch))
        await writer.drain()
        await reader.read()  # until the client closes
        writer.close()

    server = await asyncio.start_server(client, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


async def read(port, count):
    from websockets.asyncio.client import connect
    latencies = []
    async with connect("ws://127.0.0.1:%d/trade-api/ws/v2" % port, max_size=None, ping_interval=None) as websocket:
        await websocket.send(json.dumps({"id": 1, "cmd": "subscribe", "params": {"channels": ["orderbook_delta"], "market_ticker": "BENCH"}}))
        json.loads(await websocket.recv())
        json.loads(await websocket.recv())
        start = time.perf_counter()
        for _ in range(count):
            message = json.loads(await websocket.recv())
            if message["type"] == "orderbook_delta":
                latencies.append(time.time_ns() - int(message["msg"]["client_order_id"]))
        elapsed = time.perf_counter() - start
    latencies.sort()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("python %d %.3f %.1f %.1f %.0f" % (count, elapsed, latencies[len(latencies) // 2] / 1e3, latencies[len(latencies) * 99 // 100] / 1e3, peak))


if sys.argv[1] == "serve":
    asyncio.run(serve(int(sys.argv[2])))
else:
    asyncio.run(read(int(sys.argv[2]), int(sys.argv[3])))
