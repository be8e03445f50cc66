#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tools/soak.sh [RUNS] [PROFILE-DIR]
#
# Kills ClearLine with SIGKILL, RUNS times (default 1000), against one
# profile, at a random moment within twice the time a save takes there: each writing verb (memo add, contact log,
# ledger rebuild) and the window (offscreen). Then checks that every save
# ClearLine acknowledged (exit 0 and its record id printed) is still there,
# that `ledger verify` passes and that the profile is not left locked.
#
# Long, so not part of `./dev test`; run it inside the build root:
#   ./dev exec tools/soak.sh 1000
# Figures go to stdout as one summary line (and docs/reliability.md keeps
# the last ones). Exit 1 if a save was lost or verification failed.

set -uo pipefail

runs="${1:-1000}"
profile="${2:-$(mktemp -d /tmp/clearline-soak.XXXXXX)/profile}"
clearline="${CLEARLINE_BIN:-clearline}"
export CLEARLINE_KEYSTORE=file
export CLEARLINE_PASSPHRASE="soak test passphrase"
export QT_QPA_PLATFORM=offscreen
export QTWEBENGINE_DISABLE_SANDBOX=1 # the build root runs as root
work="$(dirname "$profile")"
acked="$work/acked.txt"
: >"$acked"

say() { printf 'soak: %s\n' "$*" >&2; }

"$clearline" init --profile "$profile" --name "Sam Soak" --email sam@district.example --role teacher \
    >/dev/null || { say "init failed"; exit 2; }
"$clearline" settings set district wareham --profile "$profile" >/dev/null || { say "no district"; exit 2; }

# How long a save takes here, so that kills land across a save's whole
# life (on a busy machine a fixed window would kill nearly every run before
# it saves, and test nothing): kills come at random within twice that.
now_ms() { echo $(($(date +%s%N) / 1000000)); }
t0=$(now_ms)
for i in 1 2 3; do
    "$clearline" memo add --profile "$profile" --title "Timing $i" --text "timing" --json >>"$acked.timing" ||
        { say "a save failed before the soak began"; exit 2; }
done
window_ms=$(((($(now_ms) - t0) / 3) * 2))
[ "$window_ms" -lt 100 ] && window_ms=100
grep -o '"recordId":"[^"]*"' "$acked.timing" | cut -d'"' -f4 >>"$acked"
say "a save takes about $((window_ms / 2)) ms here; kills come within $window_ms ms"

# One run: start a verb, kill it after a random delay, or let it finish;
# record what it acknowledged. Prints "killed" or "finished".
run_once() {
    local i="$1" out="$work/out.$1" kind=$((RANDOM % 4))
    local -a cmd
    case "$kind" in
    0) cmd=(memo add --profile "$profile" --title "Soak memo $i" --text "Written by run $i" --json) ;;
    1) cmd=(contact log --profile "$profile" --when 2026-09-08T21:05:00-04:00 --with J.R. --audience students
        --channel personal-cell-text --purpose scheduling --json) ;;
    2) cmd=(ledger rebuild --profile "$profile" --json) ;;
    3) cmd=(--profile "$profile") ;; # the window
    esac
    "$clearline" "${cmd[@]}" >"$out" 2>&1 &
    local pid=$!
    local delay=$(((RANDOM * 32768 + RANDOM) % window_ms))
    sleep "$((delay / 1000)).$(printf '%03d' $((delay % 1000)))"
    local state=finished
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid" 2>/dev/null && state=killed
    fi
    wait "$pid" 2>/dev/null
    local rc=$?
    # The window never ends by itself: it counts as killed.
    [ "$kind" = 3 ] && state=killed
    if [ "$rc" = 0 ] && [ "$state" = finished ]; then
        grep -o '"recordId":"[^"]*"' "$out" | head -n 1 | cut -d'"' -f4 >>"$acked"
    fi
    rm -f "$out"
    echo "$state"
}

start=$(date +%s)
killed=0
for i in $(seq "$runs"); do
    [ "$(run_once "$i")" = killed ] && killed=$((killed + 1))
    [ $((i % 100)) = 0 ] && say "$i of $runs runs, $killed killed"
done
elapsed=$(($(date +%s) - start))

sed -i '/^$/d' "$acked"
saves=$(wc -l <"$acked")
listed="$work/listed.txt"
if ! "$clearline" records search --profile "$profile" --limit 0 --json >"$work/search.json" 2>"$work/search.err"; then
    say "records search failed: $(cat "$work/search.err")"
fi
grep -o '"recordId":"[^"]*"' "$work/search.json" | cut -d'"' -f4 | sort -u >"$listed"
lost=$(sort -u "$acked" | comm -23 - "$listed" | wc -l)
if "$clearline" ledger verify --profile "$profile" >"$work/verify.txt" 2>&1; then
    verify=passed
else
    verify="FAILED: $(head -c 300 "$work/verify.txt")"
fi
# Not left locked: a last save goes through.
if "$clearline" memo add --profile "$profile" --title "After the soak" --text "last" >/dev/null 2>"$work/last.err"; then
    unlocked=yes
else
    unlocked="NO: $(cat "$work/last.err")"
fi
backups=$("$clearline" ledger backups --profile "$profile" --json | grep -o '"date"' | wc -l)

echo "runs=$runs killed=$killed kill_window_ms=$window_ms acknowledged_saves=$saves lost_saves=$lost verify=$verify" \
    "writable_after=$unlocked backups=$backups seconds=$elapsed profile=$profile"
[ "$lost" = 0 ] && [ "$verify" = passed ] && [ "$unlocked" = yes ]
