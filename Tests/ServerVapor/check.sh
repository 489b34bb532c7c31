#!/usr/bin/env bash
# The generated servers of Tests/ServerHummingbird, served by Vapor: the same 12 requests over HTTP
# on 127.0.0.1, the same exact statuses and bodies.
set -euo pipefail
exec bash "$(dirname "$0")/../ServerHummingbird/check.sh" "$(cd "$(dirname "$0")" && pwd)" vapor
