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
#
# The viewer is built with two more flags, in a target folder of its own:
# `-Zfmt-debug=none` (no `{:?}` formatting code: the viewer shows no reader's
# message, only where a link's text fails) and `-Zlocation-detail=none` (no source
# locations of panics that abort anyway): 2.6 KB brotli off the customer's first
# visit (docs/performance.md). The rep's app keeps `{:?}`: serde's messages of an
# imported file quote the text with it.
trunk_build() {
  local flags="$1" target="$2"
  shift 2
  RUSTUP_TOOLCHAIN="$BEST_OFFER_NIGHTLY" \
    CARGO_UNSTABLE_BUILD_STD="std,panic_abort" \
    RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort $flags" \
    CARGO_TARGET_DIR="$ROOT/target/$target" \
    trunk build --release --offline --public-url "$PUBLIC_URL" "$@"
}
# Two entries: the customer's viewer (viewer.html, its own small Wasm), then the
# rep's app (index.html). Trunk empties the folder it builds into, so the viewer is
# built aside and its files join the app's.
VIEWER_DIST="$(mktemp -d)"
trap 'rm -rf "$VIEWER_DIST"' EXIT
trunk_build "-Zfmt-debug=none -Zlocation-detail=none -Clink-arg=--emit-relocs" nightly-viewer --dist "$VIEWER_DIST" --features split-link-parts viewer.html
node "$ROOT/scripts/split-views.mjs" "$VIEWER_DIST" "$ROOT/target/nightly-viewer/wasm32-unknown-unknown/release/best-offer-viewer.wasm"
# The app is linked with its relocations kept, for scripts/split-views.mjs, which
# then cuts the views built on demand out of it (src/split.rs).
trunk_build "-Clink-arg=--emit-relocs" nightly --dist "$DIST" --features split-views index.html
node "$ROOT/scripts/split-views.mjs" "$DIST" "$ROOT/target/nightly/wasm32-unknown-unknown/release/best-offer.wasm"
# Trunk writes its page as index.html whatever the source's name.
mv "$VIEWER_DIST/index.html" "$DIST/viewer.html"
cp -n "$VIEWER_DIST"/* "$DIST"/
# The loaders (index.html's chooses the app or the viewer from the fragment), the
# content security policy with their hashes, the service worker's file list.
node "$ROOT/scripts/finalize-site.mjs" "$DIST"
echo "[build] site for $PUBLIC_URL is in $DIST/"
