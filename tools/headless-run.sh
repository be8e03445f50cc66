#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `./dev run` on a machine with no display: ClearLine runs on a virtual X
# screen with a window manager, shared over VNC on 127.0.0.1 only (Qt's own
# VNC platform cannot be bound to one address, and a VNC screen without a
# password must not face the network). Runs inside the build root; the
# arguments go to clearline. Ends when ClearLine quits.

set -euo pipefail
port="${CLEARLINE_VNC_PORT:-5900}"
display=":$((90 + RANDOM % 100))"

Xvfb "$display" -screen 0 "${CLEARLINE_SCREEN_SIZE:-1280x800x24}" -nolisten tcp >/dev/null 2>&1 &
pids=($!)
trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null || true' EXIT
export DISPLAY="$display"
unset QT_QPA_PLATFORM
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

openbox >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 50); do xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q window && break; sleep 0.1; done
x11vnc -display "$display" -localhost -rfbport "$port" -forever -shared -nopw -quiet >/dev/null 2>&1 &
pids+=($!)

cat >&2 <<MSG
dev: there is no display here, so ClearLine runs on a virtual screen.
     See it with a VNC viewer on this machine: vncviewer 127.0.0.1:$port
     From another computer: ssh -L $port:127.0.0.1:$port THIS-HOST, then vncviewer 127.0.0.1:$port
     For a picture instead: ./dev screenshot shot.png
     Quit ClearLine (File > Quit) or press Ctrl+C here to stop.
MSG
clearline "$@"
