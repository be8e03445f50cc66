#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts ClearLine on a virtual X screen, waits for its window, optionally
# types keys into it, saves a PNG of the screen and quits. Runs inside the
# build root (./dev screenshot FILE [ARGS]); ARGS go to clearline.
#
#   CLEARLINE_SHOT_OUT    the PNG to write (required)
#   CLEARLINE_SHOT_KEYS   xdotool key names to send first, e.g. "alt+f Down"
#   CLEARLINE_SHOT_STEPS  lines of "key NAMES", "type TEXT" or "sleep SECONDS",
#                         done after the keys: a person's walk through a screen
#   CLEARLINE_SHOT_SIZE   the screen, default 1280x800x24
#   CLEARLINE_SHOT_DELAY  seconds to wait after the window appears, default 1

set -euo pipefail
out="${CLEARLINE_SHOT_OUT:?CLEARLINE_SHOT_OUT names the PNG to write}"

display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 "${CLEARLINE_SHOT_SIZE:-1280x800x24}" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=""
wm=""
cleanup() {
    [ -n "$app" ] && kill "$app" 2>/dev/null
    kill "$wm" "$xvfb" 2>/dev/null
    wait 2>/dev/null || true
}
trap cleanup EXIT

export DISPLAY="$display"
unset QT_QPA_PLATFORM
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
# A window manager, so that windows get frames and focus as on a desktop.
openbox >/dev/null 2>&1 &
wm=$!
# Windows mapped before the window manager runs get no frame or focus.
for _ in $(seq 50); do xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q window && break; sleep 0.1; done

clearline "$@" &
app=$!
window=""
for _ in $(seq 100); do
    window="$(xdotool search --onlyvisible --pid "$app" 2>/dev/null | head -n 1 || true)"
    [ -n "$window" ] && break
    kill -0 "$app" 2>/dev/null || { echo "clearline exited before showing a window" >&2; exit 1; }
    sleep 0.1
done
[ -n "$window" ] || { echo "no ClearLine window appeared" >&2; exit 1; }

sleep "${CLEARLINE_SHOT_DELAY:-1}"
xdotool windowactivate "$window" 2>/dev/null || true
for key in ${CLEARLINE_SHOT_KEYS:-}; do
    xdotool key --clearmodifiers "$key"
    sleep 0.3
done
while IFS= read -r step; do
    case "$step" in
        key\ *) xdotool key --clearmodifiers ${step#key } ;;
        type\ *) xdotool type --delay 20 -- "${step#type }" ;;
        sleep\ *) sleep "${step#sleep }" ;;
        "") continue ;;
        *) echo "screenshot: unknown step '$step'" >&2; exit 1 ;;
    esac
    sleep 0.3
done <<<"${CLEARLINE_SHOT_STEPS:-}"
sleep 1.5

# Xvfb's root image can hold stale pixels where a newer window (a dialog)
# is, so paste each of ClearLine's windows, captured on its own, over the
# root image: oldest (lowest id) first, so dialogs land on top.
work="$(mktemp -d)"
xwd -root -silent | xwdtopnm >"$work/screen.pnm" 2>/dev/null
for id in $(xdotool search --onlyvisible --pid "$app" 2>/dev/null | sort -n); do
    info="$(xwininfo -id "$id")"
    x="$(sed -n 's/.*Absolute upper-left X: *//p' <<<"$info")"
    y="$(sed -n 's/.*Absolute upper-left Y: *//p' <<<"$info")"
    [ "${x:-0}" -ge 0 ] && [ "${y:-0}" -ge 0 ] || continue
    xwd -id "$id" -silent | xwdtopnm >"$work/window.pnm" 2>/dev/null || continue
    pnmpaste "$work/window.pnm" "$x" "$y" "$work/screen.pnm" >"$work/next.pnm" 2>/dev/null &&
        mv "$work/next.pnm" "$work/screen.pnm"
done
pnmtopng "$work/screen.pnm" >"$out"
rm -rf "$work"
