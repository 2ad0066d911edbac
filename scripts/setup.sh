#!/usr/bin/env bash
# Installs every tool Best Offer needs, idempotently and with pinned versions.
#
# Safe to run any number of times: each step checks first and skips what is already
# installed, so a second run takes seconds. Called by scripts/serve.sh and
# scripts/test.sh; run it alone to prepare a machine.
#
#   scripts/setup.sh            everything (build tools + browser test tools)
#   scripts/setup.sh --build    only what building and serving the app needs
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
E2E_DIR="$ROOT/tests/e2e"
MODE="${1:-all}"

say() { printf '[setup] %s\n' "$*"; }
die() {
  printf '[setup] ERROR: %s\n' "$*" >&2
  exit 1
}

for tool in rustup cargo node npm; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' is missing. Install rustup (https://rustup.rs) and Node.js 20+ with npm, then run this again."
done
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "Node.js 20 or newer is needed (found $(node --version))."

# 1. Rust toolchain, wasm32 target, clippy and rustfmt, as pinned in rust-toolchain.toml.
if rustup target list --installed 2>/dev/null | grep -qx 'wasm32-unknown-unknown' &&
  rustup component list --installed 2>/dev/null | grep -q '^clippy' &&
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt'; then
  say "Rust $(rustc --version | cut -d' ' -f2) with wasm32 target, clippy, rustfmt: present"
else
  say "installing the Rust toolchain from rust-toolchain.toml"
  rustup toolchain install
  rustup target add wasm32-unknown-unknown
  rustup component add clippy rustfmt
fi

# 1b. The pinned nightly for the release Wasm (scripts/build.sh): rust-src to rebuild
#     std with the app, the wasm32 target, and std's own dependencies fetched ahead,
#     because the release build runs offline.
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"
if rustup component list --toolchain "$BEST_OFFER_NIGHTLY" --installed 2>/dev/null | grep -q '^rust-src' &&
  rustup target list --toolchain "$BEST_OFFER_NIGHTLY" --installed 2>/dev/null | grep -qx 'wasm32-unknown-unknown'; then
  say "$BEST_OFFER_NIGHTLY with rust-src and the wasm32 target: present"
else
  say "installing $BEST_OFFER_NIGHTLY (rust-src, wasm32 target) for the release Wasm"
  rustup toolchain install "$BEST_OFFER_NIGHTLY" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi
std_manifest="$(rustc +"$BEST_OFFER_NIGHTLY" --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
cargo +"$BEST_OFFER_NIGHTLY" fetch --manifest-path "$std_manifest" --quiet

# 2. Trunk, the Wasm bundler (a first install compiles for ~13 minutes on 2 cores).
if [ "$(trunk --version 2>/dev/null || true)" = "trunk $TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION: present"
else
  say "installing trunk $TRUNK_VERSION (slow the first time: it compiles from source)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 3. wasm-bindgen CLI, exactly the version in Cargo.lock, so Trunk never downloads one.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
[ -n "$WASM_BINDGEN_VERSION" ] || die "could not read the wasm-bindgen version from Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
else
  # Not --locked: the CLI's own lock file names a webpki-roots release the registry lacks.
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# 3b. wasm-split-cli, which cuts the views built on demand out of the app's Wasm
#     (scripts/split-views.mjs; about 2 minutes to compile the first time).
WASM_SPLIT_VERSION="0.2.4"
if cargo install --list 2>/dev/null | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:" &&
  command -v wasm-split-cli >/dev/null 2>&1; then
  say "wasm-split-cli $WASM_SPLIT_VERSION: present"
else
  say "installing wasm-split-cli $WASM_SPLIT_VERSION"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

# 4. npm packages (wasm-opt from binaryen; Playwright and axe-core for the browser
#    tests) in the project-local folder tests/e2e, reinstalled only when the lock changes.
lock_hash="$(sha256sum "$E2E_DIR/package-lock.json" | cut -d' ' -f1)"
stamp="$E2E_DIR/node_modules/.best-offer-lock"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_hash" ]; then
  say "npm packages in tests/e2e: present"
else
  say "installing npm packages in tests/e2e (npm ci; no browser is downloaded)"
  (cd "$E2E_DIR" && npm ci --no-audit --no-fund)
  printf '%s' "$lock_hash" >"$stamp"
fi

if [ "$MODE" = "--build" ]; then
  exit 0
fi

# 5. Chromium for the browser tests and poppler-utils (pdftotext) to read printed PDFs.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ "${#missing[@]}" -eq 0 ]; then
  say "chromium ($(chromium --version 2>/dev/null | awk '{print $2}')) and pdftotext: present"
elif [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  say "installing ${missing[*]} from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
else
  die "please install ${missing[*]} (on Debian/Ubuntu: sudo apt-get install -y ${missing[*]}), then run this again"
fi
say "done"
