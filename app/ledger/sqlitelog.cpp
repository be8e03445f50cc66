// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/sqlitelog.h"

#include <QByteArray>

#include <atomic>
#include <map>
#include <mutex>
#include <sqlite3.h>

namespace clearline::ledger {

namespace {

std::atomic<int> g_damageCount{0};
std::mutex g_listenersMutex;
std::map<int, std::function<void()>> g_listeners;
int g_nextListener = 1;
thread_local int t_lastSystemError = 0;

// The Unix VFS logs each failed system call as
// "os_unix.c:LINE: (ERRNO) CALL(PATH) - TEXT" (os_unix.c, unixLogErrorAtLine).
int systemErrorIn(const char *message)
{
    const QByteArray text(message);
    if (!text.startsWith("os_unix.c:")) {
        return -1;
    }
    const qsizetype open = text.indexOf(": (");
    const qsizetype close = text.indexOf(')', open);
    if (open < 0 || close < 0) {
        return -1;
    }
    bool ok = false;
    const int error = text.mid(open + 3, close - open - 3).toInt(&ok);
    return ok ? error : -1;
}

void onLog(void * /*context*/, int code, const char *message)
{
    const int primary = code & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
        ++g_damageCount;
        const std::lock_guard lock(g_listenersMutex);
        for (const auto &[id, listener] : g_listeners) {
            listener();
        }
    }
    if (primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN || primary == SQLITE_FULL) {
        if (const int error = systemErrorIn(message); error >= 0) {
            t_lastSystemError = error;
        }
    }
}

} // namespace

void SqliteLog::install()
{
    static std::once_flag once;
    // SQLite 3.42 and later take a log callback at any time; older ones
    // only before the first connection, which is when this runs.
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_LOG, &onLog, nullptr); });
}

int SqliteLog::damageCount()
{
    return g_damageCount;
}

int SqliteLog::addDamageListener(std::function<void()> listener)
{
    const std::lock_guard lock(g_listenersMutex);
    const int id = g_nextListener++;
    g_listeners.emplace(id, std::move(listener));
    return id;
}

void SqliteLog::removeDamageListener(int id)
{
    const std::lock_guard lock(g_listenersMutex);
    g_listeners.erase(id);
}

int SqliteLog::lastSystemError()
{
    return t_lastSystemError;
}

} // namespace clearline::ledger
