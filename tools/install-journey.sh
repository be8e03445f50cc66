#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What a person does with the installed .deb, run inside a clean Debian 13
# root (./dev check-install makes it and runs this as its root user):
# install the .deb with apt without recommends, then, as an ordinary user,
# init, a memo, a contact entry, ledger verify, a CSV and a PDF export and
# the window on a virtual screen. Any step that fails stops with a message
# naming what is missing.
#
#   $1  the .deb inside the root
#   $2  a folder for what the run leaves to look at (logs, the screenshot)

set -uo pipefail
deb="$1"
out="$2"
mkdir -p "$out"

say() { printf 'check-install: %s\n' "$*" >&2; }
fail() {
    say "FAILED: $1"
    shift
    local line
    for line in "$@"; do printf '               %s\n' "$line" >&2; done
    exit 1
}

export DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8

say "apt-get install --no-install-recommends $(basename "$deb")…"
apt-get update -qq >"$out/apt-update.log" 2>&1 ||
    fail "apt-get update failed in the clean root." "$(tail -n 5 "$out/apt-update.log")"
apt-get install --yes --no-install-recommends "$deb" >"$out/apt-install.log" 2>&1 ||
    fail "the .deb does not install with apt in a clean Debian 13 root." "$(tail -n 8 "$out/apt-install.log")"
dpkg-query -W -f='${Package} ${Version}\n' >"$out/installed-packages.txt"
say "installed with $(wc -l <"$out/installed-packages.txt") packages in the root."

# An ordinary user, as on a district laptop: the web engine then runs with
# its sandbox.
uid=1000
echo "ana:x:$uid:$uid:Ana Teacher:/home/ana:/bin/bash" >>/etc/passwd
echo "ana:x:$uid:" >>/etc/group
mkdir -p /home/ana
chown "$uid:$uid" /home/ana "$out"
chmod 700 /home/ana

# Runs "$@" as ana with a login's environment and nothing of the caller's;
# Qt's plugin loader reports what it loads, so that a plugin package that
# is missing is named rather than guessed from a blank window.
as_ana() {
    setpriv --reuid="$uid" --regid="$uid" --clear-groups --reset-env -- \
        env -i HOME=/home/ana USER=ana LOGNAME=ana SHELL=/bin/bash PATH=/usr/local/bin:/usr/bin:/bin \
        LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp/ana-runtime \
        CLEARLINE_KEYSTORE=file CLEARLINE_PASSPHRASE='a long passphrase for the check' \
        QT_LOGGING_RULES='qt.core.library.debug=true' "$@"
}
as_ana mkdir -p -m 700 /tmp/ana-runtime

# What a missing package looks like from the outside, to name it.
hint() {
    local log="$1"
    grep -q 'QSQLITE driver not loaded' "$log" && echo "(the Qt SQLite driver is missing: libqt6sql6-sqlite)"
    grep -q 'is not a time zone' "$log" && echo "(the time zone database is missing: tzdata)"
    grep -q 'Could not load the Qt platform plugin' "$log" && echo "(a Qt platform plugin is missing)"
    grep -q 'QtWebEngineProcess' "$log" && echo "(the web engine's helper is missing: libqt6webenginecore6-bin)"
    return 0
}

# Runs one step of the journey as ana; its output goes to $out/NAME.log.
step() {
    local name="$1"
    shift
    if ! as_ana "$@" >"$out/$name.log" 2>&1; then
        fail "'${*:1:3} …' failed as an ordinary user in the clean root:" \
            "$(grep -v 'qt.core.library' "$out/$name.log" | tail -n 8)" "$(hint "$out/$name.log")"
    fi
    say "ok: $name"
}

# Every plugin named here must have been loaded by the step whose log it
# names; their packages must be dependencies of the .deb.
loaded() {
    local log="$1" plugin="$2" package="$3"
    grep -q "/$plugin\" loaded library" "$out/$log.log" ||
        fail "the step '$log' did not load $plugin: the .deb must depend on $package." \
            "$(grep -iE 'cannot|could not|not loaded|failed' "$out/$log.log" | grep -v 'qt.core.library' | tail -n 4)"
}

step version clearline --version
step init clearline init --name "Ana Teacher" --email ana@district.example --district wilmington --school high-school
loaded init libqsqlite.so libqt6sql6-sqlite
as_ana sh -c 'printf "scanned letter\n" > /home/ana/scan.txt'
step memo clearline memo add --title "Call with a parent" --text "Asked when the bus leaves." --attach /home/ana/scan.txt
step contact clearline contact log --with JR --audience students --channel personal-cell-text \
    --purpose scheduling --text "Bus leaves 6:45"
step verify clearline ledger verify
step csv clearline records export --format csv --out /home/ana/records.csv
grep -q "Call with a parent" /home/ana/records.csv ||
    fail "the CSV export does not list the memo." "$(head -n 3 /home/ana/records.csv)"
[ "$(grep -c . /home/ana/records.csv)" -ge 3 ] ||
    fail "the CSV export does not hold the memo and the contact entry." "$(cat /home/ana/records.csv)"
# The web engine runs with its sandbox (ana is not root, and nothing turns
# it off). Qt's web engine goes on without one when the kernel refuses it
# (as inside a chroot), saying so only in Chromium's log: read that log.
step pdf env QTWEBENGINE_CHROMIUM_FLAGS=--enable-logging=stderr \
    clearline records export --format pdf --out /home/ana/records.pdf
[ "$(head -c 5 /home/ana/records.pdf)" = "%PDF-" ] && [ "$(stat -c %s /home/ana/records.pdf)" -gt 2000 ] ||
    fail "the PDF export wrote no PDF." "$(grep -v 'qt.core.library' "$out/pdf.log" | tail -n 5)"
if grep -q "No usable sandbox" "$out/pdf.log"; then
    if as_ana unshare --user --map-root-user true 2>/dev/null; then
        why="user namespaces work here, so the sandbox itself failed."
    else
        why="this kernel refuses ordinary users a user namespace (sysctl user.max_user_namespaces, or kernel.apparmor_restrict_unprivileged_userns on Ubuntu)."
    fi
    fail "the web engine made the PDF without its sandbox: $why" "$(grep -m 1 "No usable sandbox" "$out/pdf.log")"
fi
loaded pdf libqoffscreen.so libqt6gui6

# The window. Every shared library the program and its plugins need must be
# there before the virtual screen's packages come in and could bring one.
missing="$(for file in /usr/bin/clearline /usr/lib/*/qt6/plugins/{platforms/libqxcb.so,xcbglintegrations/*.so,iconengines/*.so,imageformats/*.so,sqldrivers/libqsqlite.so} /usr/lib/qt6/libexec/QtWebEngineProcess; do
    [ -e "$file" ] && ldd "$file" | grep 'not found' | sed "s|^|$file: |"
done)"
[ -z "$missing" ] || fail "shared libraries are missing:" "$missing"

say "installing xvfb, xauth and x11-apps (xwd) for the virtual screen only…"
apt-get install --yes --no-install-recommends xvfb xauth x11-apps >"$out/apt-xvfb.log" 2>&1 ||
    fail "could not install the virtual screen's packages." "$(tail -n 5 "$out/apt-xvfb.log")"
window_check='
    clearline >"$1/window.log" 2>&1 &
    app=$!
    sleep 12
    if ! kill -0 "$app" 2>/dev/null; then
        wait "$app"
        echo "clearline exited (status $?) within 12 seconds" >&2
        exit 1
    fi
    xwd -root -silent -out "$1/window.xwd"
    kill "$app"
    wait "$app" 2>/dev/null
    exit 0
'
as_ana xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24 -nolisten tcp" \
    bash -c "$window_check" window "$out" >"$out/xvfb-run.log" 2>&1 ||
    fail "the window did not stay open on a virtual screen:" "$(cat "$out/xvfb-run.log")" \
        "$(grep -v 'qt.core.library' "$out/window.log" | tail -n 8)"
loaded window libqxcb.so libqt6gui6
loaded window libqsvgicon.so qt6-svg-plugins
[ -s "$out/window.xwd" ] || fail "xwd took no screenshot of the window."
say "ok: the window stayed open for 12 seconds; screenshot taken."
say "the journey passed."
