// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/recordquery.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace clearline::ledger {
class Database;
}

namespace clearline::records {

/// Which rows an export includes: an export made by a profile holds only
/// the records its own key is in the audience of (app/audience), since a
/// profile may hold more than that (a full backup of its own, say).
using RowFilter = std::function<bool(const ledger::RecordRow &)>;
/// Says why a row does not count (RecordRow::standing), from what the
/// ledger cannot know: requests::DecisionStanding with the district's pack.
/// Empty: every row is taken as the ledger gives it.
using RowStanding = std::function<QString(const ledger::RecordRow &)>;

/// What an export wrote.
struct ExportResult
{
    qint64 rows = 0;
    qint64 unverified = 0; ///< rows whose verification failed
};

/// The CSV export of a records search: one row per record, the columns of
/// docs/records-export.md. Rows are read and written a page at a time (by
/// key), so a million records never sit in memory at once.
class RecordExport
{
    Q_DECLARE_TR_FUNCTIONS(clearline::records::RecordExport)

public:
    /// Rows read per step.
    static constexpr int kPageSize = 500;

    /// The header row; the names are part of the documented format.
    static QStringList csvColumns();
    static QStringList csvFields(const ledger::RecordRow &row);

    /// Calls `visit` with each page of matching rows, newest first, until
    /// the rows end or it returns false (stopped: still a success).
    static bool forEachPage(const ledger::Database &database, const ledger::RecordFilter &filter,
                            const std::function<bool(const QList<ledger::RecordRow> &)> &visit, QString *error,
                            const RowStanding &standing = {});
    /// Fills each row's standing.
    static void markStanding(QList<ledger::RecordRow> &rows, const RowStanding &standing);

    /// Writes the CSV to `device`; `cancelled` is asked between pages.
    static std::optional<ExportResult> writeCsv(const ledger::Database &database, const ledger::RecordFilter &filter,
                                                QIODevice &device, QString *error,
                                                const std::function<bool()> &cancelled = {},
                                                const RowStanding &standing = {}, const RowFilter &include = {});
    /// Writes the CSV to `file` whole or not at all (QSaveFile).
    static std::optional<ExportResult> writeCsvFile(const ledger::Database &database,
                                                    const ledger::RecordFilter &filter, const QString &file,
                                                    QString *error, const std::function<bool()> &cancelled = {},
                                                    const RowStanding &standing = {}, const RowFilter &include = {});
};

} // namespace clearline::records
