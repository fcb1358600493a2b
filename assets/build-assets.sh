#!/usr/bin/env bash
# Derives the committed images from assets/icon.svg with ImageMagick (6 or 7), so one source
# gives every size: the PNGs, the Windows .ico (16-256 px), and the MSI's banner and dialog
# bitmaps (WiX's sizes: 493x58 and 493x312), in the app's colours. Also writes the MSI's
# licence page (RTF) from LICENSE. Run it after changing icon.svg or LICENSE, then commit.
set -euo pipefail
cd "$(dirname "$0")"
IM=$(command -v magick || command -v convert) || { echo "ImageMagick is needed (magick or convert)" >&2; exit 1; }
BRAND='#1f4e8c'

render() { "$IM" -background none -density 768 icon.svg -resize "$1x$1" "png:$2"; }

mkdir -p png
for s in 16 24 32 48 64 128 256 512; do render "$s" "png/icon-$s.png"; done

# The .ico carries each size drawn from the SVG, not one bitmap scaled by Windows.
"$IM" png/icon-16.png png/icon-24.png png/icon-32.png png/icon-48.png png/icon-64.png png/icon-128.png png/icon-256.png icon.ico

# Banner (top of the installer's inner pages): white, the icon at the right.
"$IM" -size 493x58 xc:white \( png/icon-48.png \) -gravity east -geometry +10+0 -composite \
  -type TrueColor BMP3:installer-banner.bmp
# Dialog (welcome and finish pages): WiX writes its text on the right; the left 164 px are ours.
"$IM" -size 493x312 xc:white \( -size 164x312 "xc:$BRAND" \) -gravity west -composite \
  \( png/icon-128.png \) -gravity northwest -geometry +18+40 -composite \
  -type TrueColor BMP3:installer-dialog.bmp

# The licence page: LICENSE as RTF (one paragraph per blank-line-separated block).
{
  printf '{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Segoe UI;}}\\fs18\n'
  awk 'BEGIN { RS=""; } { gsub(/\\/, "\\\\"); gsub(/[{}]/, "\\\\&"); gsub(/\n/, " "); print $0 "\\par\\par" }' ../LICENSE
  printf '}\n'
} > ../packaging/windows/license.rtf
echo "assets written"
