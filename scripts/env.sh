# Sourced by the project's scripts: puts the project-local tools on PATH.
# shellcheck shell=bash
BEST_OFFER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$BEST_OFFER_ROOT/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The dated nightly that builds the release Wasm only (std rebuilt for size, see the
# README's "Size"); stable (rust-toolchain.toml) builds, lints and tests everything else.
export BEST_OFFER_NIGHTLY="nightly-2026-10-30"
