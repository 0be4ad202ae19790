#!/usr/bin/env bash
# Renders build/icon.svg to the 512x512 build/icon.png that electron-builder turns into the Linux,
# macOS and Windows icons. Needs chromium (Debian package chromium); run it after editing the SVG.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
command -v chromium >/dev/null || { echo 'render-icon: chromium is missing: apt-get install chromium' >&2; exit 1; }

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

# --no-sandbox because Chromium refuses to start as root with its sandbox on.
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
  --user-data-dir="$profile" --default-background-color=00000000 --window-size=512,512 \
  --screenshot="$root/build/icon.png" "file://$root/build/icon.svg" 2>/dev/null
echo "render-icon: wrote $root/build/icon.png"
