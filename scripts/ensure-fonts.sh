#!/usr/bin/env bash
# Makes sure the browser tests' Chromium can draw Hangul and Han characters:
# Debian's fonts-noto-cjk. Without them the Korean and Chinese screenshots
# and the PNG export show boxes (the tests' text checks still pass). Installs
# them with apt-get when it can; otherwise says the exact command and goes on.
set -euo pipefail
if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=ko family 2>/dev/null)" ] && [ -n "$(fc-list :lang=zh-cn family 2>/dev/null)" ]; then
  exit 0
fi

install=(apt-get install -y --no-install-recommends fonts-noto-cjk)
if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "No Korean or Chinese font: installing Debian's fonts-noto-cjk with apt-get." >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${install[@]}" -qq; } || true
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    echo "No Korean or Chinese font: installing Debian's fonts-noto-cjk with sudo apt-get." >&2
    { sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive "${install[@]}" -qq; } || true
  fi
fi
if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=ko family 2>/dev/null)" ]; then
  exit 0
fi
echo "Korean and Chinese text will show as boxes in the browser tests' screenshots." >&2
echo "Run:  sudo apt-get update && sudo apt-get install -y fonts-noto-cjk" >&2
exit 0
