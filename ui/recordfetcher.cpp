// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recordfetcher.h"

#include "ledger/database.h"

#include <QPointer>
#include <QThread>

namespace clearline::ui {

/// Lives on the worker thread; owns the connection made there.
class RecordFetcher::Worker : public QObject
{
public:
    explicit Worker(QString file)
        : m_file(std::move(file))
    {}

    const ledger::Database *database(QString *error)
    {
        if (!m_database) {
            m_database = ledger::Database::open(m_file, ledger::Database::Mode::ReadOnly, error);
        }
        return m_database.get();
    }

private:
    QString m_file;
    std::unique_ptr<ledger::Database> m_database;
};

RecordFetcher::RecordFetcher(QString ledgerFile, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker(std::move(ledgerFile)))
{
    m_thread->setObjectName(QStringLiteral("records-search"));
    m_worker->moveToThread(m_thread);
    // The worker (and its connection) goes away on its own thread.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

RecordFetcher::~RecordFetcher()
{
    setWanted(-1, {});
    m_thread->quit();
    m_thread->wait();
}

void RecordFetcher::setWanted(int generation, const QSet<qint64> &tickets)
{
    const QMutexLocker lock(&m_mutex);
    m_generation.store(generation);
    m_wanted = tickets;
}

bool RecordFetcher::stale(int generation, qint64 ticket) const
{
    const QMutexLocker lock(&m_mutex);
    return generation != m_generation.load() || !m_wanted.contains(ticket);
}

void RecordFetcher::setStanding(records::RowStanding standing)
{
    const QMutexLocker lock(&m_mutex);
    m_standing = std::move(standing);
}

void RecordFetcher::count(int generation, const ledger::RecordFilter &filter, QObject *receiver,
                          std::function<void(std::optional<qint64>, QString)> done)
{
    QPointer<QObject> target(receiver);
    QMetaObject::invokeMethod(m_worker, [this, generation, filter, target, done = std::move(done)] {
        if (generation != m_generation.load()) {
            return;
        }
        QString error;
        const ledger::Database *database = m_worker->database(&error);
        const std::optional<qint64> total =
            database ? ledger::RecordQuery(*database).count(filter, &error) : std::nullopt;
        if (target) {
            QMetaObject::invokeMethod(target, [done, total, error] { done(total, error); });
        }
    });
}

void RecordFetcher::page(int generation, qint64 ticket, const ledger::RecordFilter &filter,
                         const ledger::RecordKey &after, qint64 skip, int limit, QObject *receiver,
                         std::function<void(std::optional<QList<ledger::RecordRow>>, QString)> done,
                         std::function<void()> dropped)
{
    QPointer<QObject> target(receiver);
    QMetaObject::invokeMethod(m_worker, [this, generation, ticket, filter, after, skip, limit, target,
                                         done = std::move(done), dropped = std::move(dropped)] {
        if (stale(generation, ticket)) {
            if (target) {
                QMetaObject::invokeMethod(target, dropped);
            }
            return;
        }
        QString error;
        const ledger::Database *database = m_worker->database(&error);
        auto rows = database ? ledger::RecordQuery(*database).page(filter, after, limit, skip, &error) : std::nullopt;
        if (rows) {
            records::RowStanding standing;
            {
                const QMutexLocker lock(&m_mutex);
                standing = m_standing;
            }
            records::RecordExport::markStanding(*rows, standing);
        }
        if (target) {
            QMetaObject::invokeMethod(target, [done, rows = std::move(rows), error] { done(rows, error); });
        }
    });
}

} // namespace clearline::ui
