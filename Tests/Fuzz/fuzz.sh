#!/usr/bin/env bash
# Runs the mutation fuzzer longer than `swift test` does, and reports line coverage of SDKGenCore.
# Usage: Tests/Fuzz/fuzz.sh [ITERATIONS] [SEED]   (defaults: 100000, 1)
set -euo pipefail
cd "$(dirname "$0")/../.."
iterations=${1:-100000}
seed=${2:-1}
FUZZ_ITERATIONS=$iterations FUZZ_SEED=$seed swift test --enable-code-coverage --filter MutationFuzzTests 2>&1 | grep -E 'fuzz:|Test run|Fatal'
bin=$(swift build --show-bin-path)
toolchain=$(dirname "$(command -v swift)")
"$toolchain/llvm-cov" report "$bin/swift-sdkgenPackageTests.xctest" -instr-profile "$bin/codecov/default.profdata" \
    -ignore-filename-regex '(\.build|Tests)/' Sources/SDKGenCore | tail -n 1
