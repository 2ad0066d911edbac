#!/usr/bin/env bash
# Runs every check Best Offer has, installing missing tools first. Exits non-zero on
# any failure and ends with a one-line summary of the steps.
#
#   scripts/test.sh
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"
cd "$ROOT"

# The e2e suite serves the site under this sub-path, proving it works off the root.
export E2E_PUBLIC_PATH="/best-offer/"
export E2E_DIST="$ROOT/dist-e2e"
# The first-visit size the build may not exceed (KB, gzip -9): the current size plus
# a little. Lower it when the build shrinks; it becomes 150 once the budget is met.
SIZE_CEILING_KB=367

passed=0
failed=0
failed_names=()

step() {
  local name="$1"
  shift
  printf '\n=== %s\n' "$name"
  local started=$SECONDS
  if "$@"; then
    passed=$((passed + 1))
    printf '=== ok: %s (%ss)\n' "$name" $((SECONDS - started))
    return 0
  else
    failed=$((failed + 1))
    failed_names+=("$name")
    printf '=== FAILED: %s (%ss)\n' "$name" $((SECONDS - started))
    return 1
  fi
}

if ! step "set-up (scripts/setup.sh)" "$ROOT/scripts/setup.sh"; then
  echo "steps: $passed passed, $failed failed"
  exit 1
fi

step "format (cargo fmt --check)" cargo fmt --all --check
# Clippy, then rustdoc with warnings as errors: every doc link points at what it names.
step "lint native (cargo clippy --all-targets; cargo doc, warnings denied)" bash -c \
  'cargo clippy --workspace --all-targets --locked -- -D warnings &&
   RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --locked --quiet'
# Three times: as `trunk serve` builds it, and with the split points of each release
# build (src/split): the app's (feature split-views), the viewer's (split-link-parts).
step "lint wasm32 (cargo clippy --target wasm32-unknown-unknown, without and with each build's split points)" bash -c \
  'cargo clippy --workspace --lib --bins --locked --target wasm32-unknown-unknown -- -D warnings &&
   cargo clippy --workspace --lib --bins --locked --target wasm32-unknown-unknown --features split-views -- -D warnings &&
   cargo clippy --workspace --lib --bins --locked --target wasm32-unknown-unknown --features split-link-parts -- -D warnings'
step "native tests (cargo test)" cargo test --workspace --locked
if step "release build under $E2E_PUBLIC_PATH (scripts/build.sh)" \
  "$ROOT/scripts/build.sh" "$E2E_PUBLIC_PATH" "$E2E_DIST"; then
  # Fails above the ceiling (today's size plus a little); the 150 KB budget is
  # reported until it is met (README, "Size").
  step "size report (scripts/size-report.mjs: the app 150 KB budget, $SIZE_CEILING_KB KB ceiling; a customer link 100 KB brotli)" \
    node "$ROOT/scripts/size-report.mjs" "$E2E_DIST" --budget-kb 150 --ceiling-kb "$SIZE_CEILING_KB" --viewer-budget-kb 100 --enforce --json "$ROOT/tests/e2e/artifacts/size.json"
  step "browser tests (Playwright + system Chromium)" \
    bash -c 'cd tests/e2e && npx --no-install playwright test'
  step "audits (Lighthouse 12.8.2, app and customer link: accessibility 100, best practices 100, DOM size gated; performance reported against 95 and 98)" \
    bash -c 'cd tests/e2e && node lighthouse.mjs "$E2E_DIST" "$E2E_PUBLIC_PATH"'
else
  failed=$((failed + 1))
  failed_names+=("size report, browser tests and audits (not run: the build failed)")
fi

echo
if [ "$failed" -gt 0 ]; then
  printf 'failed steps:\n'
  printf '  - %s\n' "${failed_names[@]}"
fi
echo "steps: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
