#!/usr/bin/env bash
# What the Wasm bundle is made of, for hunting size (not part of the test command).
# Builds the release Wasm, runs wasm-bindgen and `wasm-opt -Oz` as the Trunk build
# does, prints the optimised size (raw and gzip -9), then twiggy's view of a copy
# that keeps function names: bytes per crate and the largest items.
#
#   scripts/size-breakdown.sh [how-many-items]
#
# Installs twiggy (pinned) on first use. Output files are in target/size-breakdown/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"
cd "$ROOT"

TWIGGY_VERSION="0.8.0"
TOP="${1:-25}"
OUT="$ROOT/target/size-breakdown"
WASM_OPT="$ROOT/tests/e2e/node_modules/.bin/wasm-opt"
FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types)

"$ROOT/scripts/setup.sh" --build >/dev/null
if ! twiggy --version 2>/dev/null | grep -q " $TWIGGY_VERSION"; then
  echo "[size] installing twiggy $TWIGGY_VERSION (once)" >&2
  cargo install --locked --quiet twiggy --version "$TWIGGY_VERSION"
fi

mkdir -p "$OUT/plain" "$OUT/named"
cargo build --quiet --release --target wasm32-unknown-unknown --bin best-offer
WASM="$ROOT/target/wasm32-unknown-unknown/release/best-offer.wasm"
wasm-bindgen --target web --out-dir "$OUT/plain" "$WASM"
wasm-bindgen --target web --keep-debug --out-dir "$OUT/named" "$WASM"
"$WASM_OPT" -Oz "${FEATURES[@]}" "$OUT/plain/best-offer_bg.wasm" -o "$OUT/final.wasm"
"$WASM_OPT" -Oz -g "${FEATURES[@]}" "$OUT/named/best-offer_bg.wasm" -o "$OUT/named.wasm"

raw=$(stat -c %s "$OUT/final.wasm")
gz=$(gzip -9 -c "$OUT/final.wasm" | wc -c)
echo "wasm after wasm-opt -Oz: ${raw} bytes raw, ${gz} bytes gzip -9"
twiggy top -n 1000000 -f csv "$OUT/named.wasm" > "$OUT/top.csv"
node "$ROOT/scripts/size-breakdown.mjs" "$OUT/top.csv" "$TOP"
