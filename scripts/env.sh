# Sourced by the project's scripts: puts the project-local tools on PATH.
# shellcheck shell=bash
BEST_OFFER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$BEST_OFFER_ROOT/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
