#!/usr/bin/env bash
# Streams with the generated client as a user on Linux would, through AsyncHTTPClientTransport,
# from Tests/SDKGenRuntimeTests/Server/stream_server.py on 127.0.0.1:
# 1. the first server-sent event is read while the response is still open (the server sends the
#    rest only after the client has acknowledged the first);
# 2. cancelling the task that reads an endless stream closes the connection, as the server sees;
# 3. a binary body arrives chunk by chunk through the `...Body` method.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
scratch="$here/.build"
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "streaming: FAILED: $*" >&2; exit 1; }
# swiftpm COMMAND...: a SwiftPM command, run once more if SwiftPM dies of a signal.
source "$repo/Tests/swiftpm.sh"
cd "$here"

start=$(date +%s)
swiftpm swift build --scratch-path "$scratch" --product StreamingDemo | tail -n 1
built=$(( $(date +%s) - start ))

# The server serves until its standard input closes: a FIFO this script holds open (fd 3).
mkfifo "$work/stdin"
python3 "$repo/Tests/SDKGenRuntimeTests/Server/stream_server.py" < "$work/stdin" > "$work/port" 2> "$work/server.log" &
server_pid=$!
exec 3> "$work/stdin"
for _ in $(seq 100); do
    port=$(head -n 1 "$work/port")
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "${port:-}" ] || fail "the stream server did not start: $(cat "$work/server.log")"

output=$(timeout 120 "$scratch/debug/StreamingDemo" "$port") || fail "StreamingDemo failed: $output"
echo "$output"
expected='streaming: events Hello !, first before the end: true
streaming: cancelled after 1 event, server saw the connection closed: true
streaming: 3000 bytes in several chunks'
[ "$output" = "$expected" ] || fail "expected:
$expected"
echo "streaming: ok (build ${built} s)"
