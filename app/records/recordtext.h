// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/recordquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace clearline::records {

/// How a record of a search result reads, the same in the CSV, the paper
/// copy, the window and `clearline records`.
class RecordText
{
    Q_DECLARE_TR_FUNCTIONS(clearline::records::RecordText)

public:
    /// "verified", or "NOT verified: " and the reason.
    static QString verification(const ledger::RecordRow &row);
    /// The author's name, else their person id.
    static QString author(const ledger::RecordRow &row);
    /// UTC as "2026-03-01 14:05:00": what spreadsheets read as a date and time.
    static QString utc(const QDateTime &time);
    /// What a filter asks for, in words ("all records" when it asks nothing).
    static QString describe(const ledger::RecordFilter &filter);
};

} // namespace clearline::records
