// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/recordexport.h"

#include "ledger/recordquery.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace clearline::ledger {
class Database;
}

namespace clearline::ui {

/// Runs records queries on a thread of its own, with its own read-only
/// connection to the ledger (SQLite connections belong to one thread), so
/// that the window never waits for SQL.
///
/// Jobs run one after another, in the order asked. Each carries the
/// generation of the search it belongs to and a ticket; a job whose
/// generation is not the latest, or whose ticket the model no longer
/// wants, is dropped before it runs: typing a new word or
/// scrolling past a page cancels the work nobody will see. (A statement
/// that already runs finishes: QtSql does not reach sqlite3_interrupt().
/// Its result is then ignored.)
class RecordFetcher : public QObject
{
    Q_OBJECT

public:
    /// `ledgerFile` is opened read-only, on the worker thread, at the first job.
    explicit RecordFetcher(QString ledgerFile, QObject *parent = nullptr);
    ~RecordFetcher() override;

    /// The search that counts, and the page requests of it still wanted;
    /// jobs of other generations or tickets are dropped.
    void setWanted(int generation, const QSet<qint64> &tickets);
    /// Marks the rows of later pages (records::RowStanding).
    void setStanding(records::RowStanding standing);

    /// Counts the rows of `filter`; `done` runs on the thread of `receiver`.
    void count(int generation, const ledger::RecordFilter &filter, QObject *receiver,
               std::function<void(std::optional<qint64>, QString)> done);
    /// Fetches one page; `dropped` runs instead of `done` when the job was
    /// superseded before it ran.
    void page(int generation, qint64 ticket, const ledger::RecordFilter &filter, const ledger::RecordKey &after,
              qint64 skip, int limit, QObject *receiver,
              std::function<void(std::optional<QList<ledger::RecordRow>>, QString)> done,
              std::function<void()> dropped);

private:
    class Worker;
    bool stale(int generation, qint64 ticket) const;

    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    std::atomic<int> m_generation{0};
    mutable QMutex m_mutex;
    QSet<qint64> m_wanted;           ///< guarded by m_mutex
    records::RowStanding m_standing; ///< guarded by m_mutex
};

} // namespace clearline::ui
