#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders the application icon (resources/icons/*.svg) as the PNG sizes
# desktops and software centres look for (hicolor 16…256), into
# resources/icons/png/. Run it after changing the SVG, and commit the PNGs:
# the build installs them as they are, so it needs no SVG renderer.
# Needs rsvg-convert (Debian: librsvg2-bin).

set -euo pipefail
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || { echo "render-icons: rsvg-convert is missing (apt install librsvg2-bin)" >&2; exit 1; }
for svg in resources/icons/*.svg; do
    name="$(basename "$svg" .svg)"
    for size in 16 22 24 32 48 64 128 256; do
        mkdir -p "resources/icons/png/${size}x${size}"
        rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" \
            --output "resources/icons/png/${size}x${size}/$name.png"
    done
done
echo "render-icons: wrote resources/icons/png/"
