#!/usr/bin/env bash
# Kalshi's WebSocket client end to end on Linux: builds RealtimeCheck (KalshiRealtimeClient on
# NIOWebSocketTransport, swift-websocket's NIO client) and runs it against server.py, a Kalshi
# server written in Python from the AsyncAPI document, on 127.0.0.1 and a free port. The server
# checks the handshake's RSA-PSS and Ed25519 signatures with `cryptography`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "realtime: FAILED: $*" >&2; exit 1; }
source "$here/../swiftpm.sh"
cd "$here"

start=$(date +%s)
swiftpm swift build --product RealtimeCheck | tail -n 1
built=$(( $(date +%s) - start ))

# Keys: two registered with the server (by file name), one that is not.
python3 - "$work" <<'PY'
import os, sys
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
work = sys.argv[1]
os.makedirs(f"{work}/public")
def save(key, private, public):
    open(f"{work}/{private}", "wb").write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    if public:
        open(f"{work}/public/{public}.pub", "wb").write(key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
save(rsa.generate_private_key(public_exponent=65537, key_size=2048), "rsa.pem", "rsa-key")
save(ed25519.Ed25519PrivateKey.generate(), "ed25519.pem", "ed25519-key")
save(rsa.generate_private_key(public_exponent=65537, key_size=2048), "stranger.pem", None)
PY

python3 "$here/server.py" "$work/public" > "$work/port" 2> "$work/server.log" &
server_pid=$!
for _ in $(seq 100); do
    port=$(head -n 1 "$work/port")
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "${port:-}" ] || fail "the server did not start: $(cat "$work/server.log")"
timeout 120 "$here/.build/debug/RealtimeCheck" "$port" "$work" || fail "RealtimeCheck (server log: $(tail -n 20 "$work/server.log"))"
echo "realtime: ok (build ${built} s)"
