#!/usr/bin/env bash
# Builds Best Offer and serves it on http://127.0.0.1:8080/ with live reload.
# Installs whatever is missing first (see scripts/setup.sh). PORT=9000 to change port.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"
cd "$ROOT"

PORT="${PORT:-8080}"
"$ROOT/scripts/setup.sh" --build
echo "[serve] building, then serving Best Offer at http://127.0.0.1:$PORT/ (Ctrl+C to stop)"
exec trunk serve --offline --address 127.0.0.1 --port "$PORT" --dist target/serve-dist
