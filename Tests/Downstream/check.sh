#!/usr/bin/env bash
# Proves the plugins as users use them, in a package depending on swift-sdkgen by path:
# 1. SDKGenPlugin builds a client from the package's spec, which then runs.
# 2. A schema in a new file (reached through a '$ref') and a new tag compile on the next build
#    without touching the plugin's declared outputs.
# 3. An edit to that '$ref'-reached file alone regenerates the SDK (the plugin declares every
#    file a run reads, as `sdkgen inputs` lists them).
# 4. generate-sdk writes the SDK into a target's own folder (`output: .`) and leaves the target's
#    files, the spec and hidden files alone, also when a spec change drops generated files.
# 5. The Kalshi SDK and the petstore golden spec's SDK and server compile in targets whose code is
#    MainActor by default (`.defaultIsolation(MainActor.self)`), in Swift 6 mode.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Tests"
cp -R "$here" "$work/Tests/Downstream"
# The MainActor targets read specs of this repository by relative path: the same layout in the copy.
mkdir -p "$work/Tests/Fixtures" "$work/spec"
cp -R "$repo/Tests/Fixtures/petstore" "$work/Tests/Fixtures/"
cp "$repo/spec/kalshi.yaml" "$work/spec/"
# The fixture depends on "../.."; point it at this repository instead of the copy's parent.
sed -i.bak "s|path: \"../..\"|path: \"$repo\"|" "$work/Tests/Downstream/Package.swift"
cd "$work/Tests/Downstream"
scratch="$repo/.build-downstream"
fail() { echo "downstream: FAILED: $*" >&2; exit 1; }
# swiftpm COMMAND...: a SwiftPM command, run once more if SwiftPM dies of a signal.
source "$repo/Tests/swiftpm.sh"

start=$(date +%s)
swiftpm swift build --scratch-path "$scratch" --product PetDemo | tail -n 3
output=$(swift run --skip-build --scratch-path "$scratch" PetDemo) || fail "PetDemo failed: $output"
echo "$output"
grep -qx 'downstream: /pets/rex%2F1' <<<"$output" || fail "step 1"

# 2. A new tag whose schema lives in a file of its own, added to the target's excluded files as
#    a user would (which makes SwiftPM plan the build again).
cat > Sources/PetClient/toy.yaml <<'YAML'
type: object
required: [label]
properties:
  label: {type: string}
YAML
sed -i.bak 's|exclude: \["sdkgen.yaml", "openapi.yaml"\]|exclude: ["sdkgen.yaml", "openapi.yaml", "toy.yaml"]|' Package.swift
python3 - <<'PY'
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
                items: {$ref: 'toy.yaml'}
components:
""", 1)
open(path, "w").write(text)
PY
swiftpm swift build --scratch-path "$scratch" --product PetDemo -Xswiftc -DSDKGEN_ADDED_SCHEMA | tail -n 3
output=$(swift run --skip-build --scratch-path "$scratch" PetDemo) || fail "PetDemo failed: $output"
echo "$output"
grep -qx 'downstream: added schema ball and tag Toys' <<<"$output" || fail "step 2"

# 3. Only toy.yaml changes (and the demo's own source, which does not make SwiftPM plan again).
cat >> Sources/PetClient/toy.yaml <<'YAML'
  size: {type: integer}
YAML
cat >> Sources/PetDemo/main.swift <<'SWIFT'
print("downstream: toy size \(Toy(label: "ball", size: 3).size ?? 0)")
SWIFT
swiftpm swift build --scratch-path "$scratch" --product PetDemo -Xswiftc -DSDKGEN_ADDED_SCHEMA | tail -n 3
output=$(swift run --skip-build --scratch-path "$scratch" PetDemo) || fail "PetDemo failed: $output"
echo "$output"
grep -qx 'downstream: toy size 3' <<<"$output" || fail "step 3: an edit to a \$ref-reached file did not regenerate the SDK"

# 4. generate-sdk into the PetSnapshot target's own folder.
snapshot=Sources/PetSnapshot
echo 'TOKEN=1' > "$snapshot/.env"
echo 'notes of my own' > "$snapshot/notes.txt"
sed -i.bak 's|exclude: \["sdkgen.yaml", "openapi.yaml", "docs"\]|exclude: ["sdkgen.yaml", "openapi.yaml", "docs", "notes.txt"]|' Package.swift
users_files() { (cd "$snapshot" && cat Snapshot.swift sdkgen.yaml openapi.yaml .env notes.txt docs/.gitkeep ../../Package.swift | cksum); }
mine=$(users_files)
generate() {
    swiftpm swift package --scratch-path "$scratch" --allow-writing-to-package-directory generate-sdk | grep -v '^\[' | tail -n 6
}
output=$(generate) || fail "generate-sdk failed: $output"
echo "$output"
grep -qx "PetClient: skipped: .*/Sources/PetClient/sdkgen.yaml has no 'output:'. The build plugin generates this target at build time; for a reviewable copy in the source tree, add a line such as 'output: \.\./\.\./Generated/PetClient' (relative to sdkgen.yaml)" <<<"$output" || fail "step 4: PetClient"
# 4 Swift files (no empty shards in a reviewable copy) and 4 docs pages.
grep -q '^PetSnapshot: .*/PetSnapshot: 8 written, 0 unchanged, 0 removed (' <<<"$output" || fail "step 4: first run"
[ -f "$snapshot/00-Client.swift" ] && [ -f "$snapshot/docs/Models/Owner.md" ] || fail "step 4: nothing generated"
[ "$(users_files)" = "$mine" ] || fail "step 4: a user's file changed"
swiftpm swift build --scratch-path "$scratch" --target PetSnapshot | tail -n 1
# The spec drops Owner: its docs page and its file go, nothing of the user's does.
python3 - <<'PY'
path = "Sources/PetSnapshot/openapi.yaml"
text = open(path).read()
text = text.replace("        owner: {$ref: '#/components/schemas/Owner'}\n", "").split("    Owner:\n")[0]
open(path, "w").write(text)
PY
mine=$(users_files)
output=$(generate) || fail "generate-sdk failed: $output"
echo "$output"
# Owner's page goes, and so does the models file it was alone in.
grep -q '^PetSnapshot: .*/PetSnapshot: 3 written, 3 unchanged, 2 removed (' <<<"$output" || fail "step 4: second run"
[ ! -e "$snapshot/docs/Models/Owner.md" ] || fail "step 4: the stale page is still there"
[ "$(users_files)" = "$mine" ] || fail "step 4: a user's file changed"
swiftpm swift build --scratch-path "$scratch" --target PetSnapshot | tail -n 1

# 5. MainActor by default.
for target in MainActorPetstore MainActorKalshi; do
    output=$(swiftpm swift build --scratch-path "$scratch" --target "$target") || fail "step 5: $target does not compile: $(grep 'error:' <<<"$output" | head -n 5)"
    echo "downstream: $target compiles MainActor by default ($(tail -n 1 <<<"$output"))"
done
echo "downstream: ok ($(( $(date +%s) - start )) s)"
