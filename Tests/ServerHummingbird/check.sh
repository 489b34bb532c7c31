#!/usr/bin/env bash
# Serves generated servers with Hummingbird, as a user's server package would, and checks them
# over HTTP on 127.0.0.1 (Tests/ServerVapor/check.sh runs the same checks on its package:
# check.sh [PACKAGE_FOLDER NAME]):
# 1. The petstore-expanded spec's server (SDKGenPlugin, `server: true`): create, list, find, a
#    documented 404 with its `Error` body, a 400 for a malformed parameter, delete.
# 2. Kalshi's API keys behind KalshiSignatureVerifier: a request signed by Python's `cryptography`
#    passes; an unsigned one and one with a changed path get 401.
set -euo pipefail
here=${1:-$(cd "$(dirname "$0")" && pwd)}
name=${2:-hummingbird}
scratch="$here/.build"
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "$name: FAILED: $*" >&2; exit 1; }
# swiftpm COMMAND...: a SwiftPM command, run once more if SwiftPM dies of a signal.
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/swiftpm.sh"
cd "$here"

start=$(date +%s)
swiftpm swift build --scratch-path "$scratch" --product PetStoreServer | tail -n 1
built=$(( $(date +%s) - start ))

# A key pair and a signed request, made without the SDK.
python3 - "$work" <<'PY'
import base64, sys, time
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
work = sys.argv[1]
key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
open(f"{work}/public.pem", "wb").write(key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
timestamp = str(int(time.time() * 1000))
signature = key.sign((timestamp + "GET/trade-api/v2/api_keys").encode(), padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32), hashes.SHA256())
open(f"{work}/headers", "w").write(f"KALSHI-ACCESS-KEY: test-key\nKALSHI-ACCESS-TIMESTAMP: {timestamp}\nKALSHI-ACCESS-SIGNATURE: {base64.b64encode(signature).decode()}\n")
PY

"$scratch/debug/PetStoreServer" "$work/public.pem" > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do
    port=$(sed -n 's/^listening on \([0-9]*\)$/\1/p' "$work/server.log")
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "${port:-}" ] || fail "the server did not start: $(cat "$work/server.log")"
base="http://127.0.0.1:$port"

# expect METHOD PATH STATUS BODY [curl arguments...]: the exact status and body.
expect() {
    local method=$1 path=$2 status=$3 body=$4
    shift 4
    local got
    got=$(curl -s -X "$method" -o "$work/body" -w '%{http_code}' "$@" "$base$path")
    [ "$got" = "$status" ] || fail "$method $path: status $got, expected $status: $(cat "$work/body")"
    [ "$(cat "$work/body")" = "$body" ] || fail "$method $path: body $(cat "$work/body"), expected $body"
}
json=(-H 'Content-Type: application/json')
expect POST /v2/pets 200 '{"id":1,"name":"Rex","tag":"dog"}' "${json[@]}" -d '{"name":"Rex","tag":"dog"}'
expect POST /v2/pets 200 '{"id":2,"name":"Tom","tag":"cat"}' "${json[@]}" -d '{"name":"Tom","tag":"cat"}'
expect GET '/v2/pets?tags=cat&limit=5' 200 '[{"id":2,"name":"Tom","tag":"cat"}]'
expect GET /v2/pets/1 200 '{"id":1,"name":"Rex","tag":"dog"}'
expect GET /v2/pets/9 404 '{"code":404,"message":"no pet 9"}'
expect GET '/v2/pets?limit=many' 400 '{"error":{"in":"query","message":"the query parameter '"'"'limit'"'"' is invalid: expected an integer that fits Int32, got '"'"'many'"'"'","parameter":"limit"}}'
expect POST /v2/pets 400 '{"error":{"message":"the request body is invalid: the body: missing key '"'"'name'"'"'","pointer":"/name"}}' "${json[@]}" -d '{"tag":"x"}'
expect DELETE /v2/pets/1 204 ''
expect GET /v2/pets 200 '[{"id":2,"name":"Tom","tag":"cat"}]'

signed=()
while IFS= read -r line; do signed+=(-H "$line"); done < "$work/headers"
expect GET /trade-api/v2/api_keys 200 '{"api_keys":[]}' "${signed[@]}"
expect GET /trade-api/v2/api_keys 401 '{"error":{"message":"the request is not signed: it needs KALSHI-ACCESS-KEY, KALSHI-ACCESS-TIMESTAMP and KALSHI-ACCESS-SIGNATURE"}}'
expect DELETE /trade-api/v2/api_keys/key-0 401 '{"error":{"message":"KALSHI-ACCESS-SIGNATURE does not verify for this key, timestamp, method and path"}}' "${signed[@]}"
echo "$name: ok (build ${built} s, 12 requests)"
