// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/recordexport.h"

#include "ledger/recordquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace clearline::ledger {
class Database;
}

namespace clearline::records {

/// The paper copy of a records search: each record with its details, its
/// text and its verification status, from resources/templates/records.html.
/// The window and `clearline records export --format pdf` print it to PDF
/// with the web engine.
class RecordSheet
{
    Q_DECLARE_TR_FUNCTIONS(clearline::records::RecordSheet)

public:
    /// A paper copy lists at most this many records; the page says so when
    /// more match (the CSV has them all).
    static constexpr int kMaxRecords = 2000;

    /// The page; `made` is the time it says it was made.
    /// With `include`, only the rows it accepts, and the summary says so.
    static std::optional<QString> html(const ledger::Database &database, const ledger::RecordFilter &filter,
                                       const QDateTime &made, QString *error, const RowFilter &include = {});

private:
    static QString recordHtml(const ledger::RecordRow &row);
};

} // namespace clearline::records
