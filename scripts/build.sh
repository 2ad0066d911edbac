#!/usr/bin/env bash
# Builds the static site (release) into a folder, for any host and any sub-path.
#
#   scripts/build.sh                       site for the root of a host, into dist/
#   scripts/build.sh /best-offer/          site served under /best-offer/, into dist/
#   scripts/build.sh /best-offer/ out/     same, into out/
#
# Copy the folder's contents to any static host (no server code is needed).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"
cd "$ROOT"

PUBLIC_URL="${1:-/}"
DIST="${2:-dist}"
case "$PUBLIC_URL" in
  /*/ | /) ;;
  *) echo "[build] the public path must start and end with '/', e.g. /best-offer/" >&2; exit 2 ;;
esac

"$ROOT/scripts/setup.sh" --build >/dev/null
# The release Wasm is built by the pinned nightly with std rebuilt for this app and
# panics that abort at once (no panic messages or unwinding machinery in the Wasm):
# 16 KB brotli smaller than the stable build (README, "Size"). Its own target folder
# keeps the stable build cache of lints and tests intact.
RUSTUP_TOOLCHAIN="$BEST_OFFER_NIGHTLY" \
  CARGO_UNSTABLE_BUILD_STD="std,panic_abort" \
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
  CARGO_TARGET_DIR="$ROOT/target/nightly" \
  trunk build --release --offline --public-url "$PUBLIC_URL" --dist "$DIST"
# The content security policy needs the hash of Trunk's final inline loader.
node "$ROOT/scripts/finalize-site.mjs" "$DIST"
echo "[build] site for $PUBLIC_URL is in $DIST/"
