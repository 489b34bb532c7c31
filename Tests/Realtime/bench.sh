#!/usr/bin/env bash
# The real-time benchmark (not a test; ratios measured in one run): a recorded stream of N Kalshi
# messages (default 100,000: 70% orderbook deltas, 20% tickers, 10% trades) from a local server,
# read three ways: raw frames through NIOWebSocketTransport, typed ServerMessages through
# KalshiRealtimeClient, and a Python `websockets` + `json` client (the language of Kalshi's SDK).
#   Tests/Realtime/bench.sh [N] [ROUNDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
count=${1:-100000}
rounds=${2:-3}
cd "$here"
swift build -c release --product RealtimeBench 2>&1 | tail -n 1
python3 bench.py serve "$count" > /tmp/realtime-bench-port &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 100); do port=$(head -n 1 /tmp/realtime-bench-port); [ -n "$port" ] && break; sleep 0.1; done
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "mode messages seconds p50_us p99_us peak_MB"
for round in $(seq "$rounds"); do
    raw=$(.build/release/RealtimeBench raw "$port" "$count")
    typed=$(.build/release/RealtimeBench typed "$port" "$count")
    python=$(python3 bench.py read "$port" "$count")
    echo "$raw"; echo "$typed"; echo "$python"
    awk -v r="$raw" -v t="$typed" -v p="$python" -v n="$round" 'BEGIN {
        split(r, a, " "); split(t, b, " "); split(p, c, " ");
        printf "round %d: typed %.0f msg/s, %.1fx the Python client, %.2fx the raw frames time\n", n, b[2] / b[3], c[3] / b[3], b[3] / a[3] }'
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
