#!/usr/bin/env bash
# npm test: type check, lint, unit and component tests, then the browser tests
# against the production build in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci
npx tsc -p .
# The layers of src/ (core, shared, features, app) and a browser-safe ingest: see .oxlintrc.json.
npx oxlint src pipeline tests scripts bench
npx vitest run
bash scripts/ensure-chromium.sh
bash scripts/ensure-fonts.sh
# The embedding tests frame the app from a second local origin, which the build must allow.
PORT_BASE="${PORT_BASE:-4173}"
VITE_EMBED_ORIGINS="${VITE_EMBED_ORIGINS:-http://127.0.0.1:$((PORT_BASE + 1))}" npx vite build
npx playwright test
