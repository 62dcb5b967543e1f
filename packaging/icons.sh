#!/usr/bin/env bash
# Regenerates the committed icons in packaging/ from assets/icon.png (256x256 RGBA), so that no
# build needs an image tool. Run it by hand after changing the icon; needs ImageMagick, icoutils
# and icnsutils (Debian: apt-get install imagemagick icoutils icnsutils).
set -euo pipefail
cd "$(dirname "$0")/.."
src=assets/icon.png
out=packaging/icons
mkdir -p "$out"
sizes=(16 24 32 48 64 128 256)
for s in "${sizes[@]}"; do
  # -strip: no timestamps in the files, so a rerun changes nothing.
  /usr/bin/convert "$src" -filter Lanczos -resize "${s}x${s}" -strip "PNG32:$out/$s.png"
done
# Windows: one .ico with the sizes Explorer and the taskbar ask for (256 stored as PNG).
icotool -c -o packaging/windows/medtech-guide.ico \
  "$out/16.png" "$out/24.png" "$out/32.png" "$out/48.png" "$out/64.png" "$out/128.png" -r "$out/256.png"
# macOS: .icns (png2icns takes the sizes it knows: 16, 32, 48, 128, 256).
png2icns packaging/macos/medtech-guide.icns "$out/16.png" "$out/32.png" "$out/48.png" "$out/128.png" "$out/256.png" >/dev/null
