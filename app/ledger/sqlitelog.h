// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace clearline::ledger {

/// SQLite's own error log, watched for what a query's caller cannot always
/// see: that a file turned out damaged (SQLITE_CORRUPT, SQLITE_NOTADB),
/// which a read can meet deep inside a loop whose error nobody checks, and
/// the system error behind an I/O error (ENOSPC: the disk is full).
///
/// The log is SQLite's, so it is one for the whole process: it covers every
/// ledger file a command reads, a backup included.
namespace SqliteLog {

/// Starts watching; Database::open() calls it before the first connection.
void install();
/// How many times a read or write in this process met a damaged database
/// file so far: a caller compares the count before and after its work.
int damageCount();
/// Calls listener, on whatever thread met it, each time a read or write
/// meets a damaged file; returns an id for removeDamageListener(). The
/// window uses it to say so at once instead of showing a short list.
int addDamageListener(std::function<void()> listener);
void removeDamageListener(int id);
/// The system error (errno) of the last I/O error SQLite logged on this
/// thread; 0 when it logged none.
int lastSystemError();

} // namespace SqliteLog

} // namespace clearline::ledger
