#!/usr/bin/env bash
# Proves SDKGenPlugin as users use it: a package depending on swift-sdkgen by path builds a client
# from its own spec, runs it, then gets a new schema and tag in the spec and builds again without
# touching Package.swift (the plugin's fixed output files must pick them up).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Tests"
cp -R "$here" "$work/Tests/Downstream"
# The fixture depends on "../.."; point it at this repository instead of the copy's parent.
sed -i.bak "s|path: \"../..\"|path: \"$repo\"|" "$work/Tests/Downstream/Package.swift"
cd "$work/Tests/Downstream"
scratch="$repo/.build-downstream"

start=$(date +%s)
swift build --scratch-path "$scratch" --product PetDemo 2>&1 | tail -n 3
output=$(swift run --skip-build --scratch-path "$scratch" PetDemo)
echo "$output"
grep -q 'downstream: /pets/rex%2F1' <<<"$output"

cat >> Sources/PetClient/openapi.yaml <<'YAML'
    Toy:
      type: object
      required: [label]
      properties:
        label: {type: string}
YAML
python3 - <<'PY'
import re
path = "Sources/PetClient/openapi.yaml"
text = open(path).read()
text = text.replace("components:\n", """  /toys:
    get:
      tags: [toys]
      operationId: listToys
      responses:
        '200':
          description: Toys
          content:
            application/json:
              schema:
                type: array
                items: {$ref: '#/components/schemas/Toy'}
components:
""", 1)
open(path, "w").write(text)
PY
swift build --scratch-path "$scratch" --product PetDemo -Xswiftc -DSDKGEN_ADDED_SCHEMA 2>&1 | tail -n 3
output=$(swift run --skip-build --scratch-path "$scratch" PetDemo)
echo "$output"
grep -q 'downstream: added schema ball and tag Toys' <<<"$output"
echo "downstream: ok ($(( $(date +%s) - start )) s)"
