#!/bin/sh
# Draws the app's icons from build/icon.svg, in every size each platform asks for:
# build/icons/NxN.png (Linux), build/icon.png (1024, for electron-builder), build/icon.ico (Windows),
# build/icon.icns (macOS). Debian: apt-get install librsvg2-bin icoutils icnsutils.
# The results are committed; run this again only after changing the SVG.
set -eu
cd "$(dirname "$0")/../build"
mkdir -p icons
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icons/${size}x${size}.png"
done
cp icons/1024x1024.png icon.png
icotool -c -o icon.ico icons/16x16.png icons/24x24.png icons/32x32.png icons/48x48.png icons/64x64.png icons/128x128.png -r icons/256x256.png
png2icns icon.icns icons/16x16.png icons/32x32.png icons/48x48.png icons/128x128.png icons/256x256.png icons/512x512.png icons/1024x1024.png
