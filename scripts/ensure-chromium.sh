#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the browser tests. Playwright
# drives it through CHROME_PATH (default /usr/bin/chromium); no browser is
# ever downloaded. Installs it with apt-get when it can, otherwise stops
# with the exact command to run.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$chrome" ] && exit 0

install=(apt-get install -y --no-install-recommends chromium)
if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "Chromium is missing at $chrome: installing Debian's chromium with apt-get." >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${install[@]}" -qq
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    echo "Chromium is missing at $chrome: installing Debian's chromium with sudo apt-get." >&2
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive "${install[@]}" -qq
  fi
fi
[ -x "$chrome" ] && exit 0

echo "The browser tests need Chromium at $chrome and it could not be installed here." >&2
echo "Run:  sudo apt-get update && sudo apt-get install -y chromium" >&2
echo "or point CHROME_PATH at a Chromium binary, then run npm test again." >&2
exit 1
