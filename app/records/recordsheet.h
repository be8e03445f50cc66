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

    /// The web engine loads a page as a data: URL, which Chromium caps at
    /// 2 MiB once percent-encoded: a longer page fails to load at all. A
    /// paper copy is cut into parts below that, each a PDF file of its own.
    static constexpr qint64 kMaxPartBytes = 1800 * 1024;
    /// The characters of one record's text a paper copy shows.
    static constexpr qsizetype kMaxTextOnPaper = 100000;

    /// The page, whole, however long; `made` is the time it says it was made.
    /// With `include`, only the rows it accepts, and the summary says so.
    static std::optional<QString> html(const ledger::Database &database, const ledger::RecordFilter &filter,
                                       const QDateTime &made, QString *error, const RowStanding &standing = {},
                                       const RowFilter &include = {});
    /// The paper copy as pages of at most maxPartBytes (percent-encoded;
    /// -1: no limit), each saying which part it is when there are several.
    /// A record is never cut between parts.
    static std::optional<QStringList> htmlParts(const ledger::Database &database, const ledger::RecordFilter &filter,
                                                const QDateTime &made, QString *error, const RowStanding &standing = {},
                                                const RowFilter &include = {}, qint64 maxPartBytes = kMaxPartBytes);
    /// The files the parts go to: `file` itself for one part, else
    /// "records-1-of-3.pdf", "records-2-of-3.pdf", … beside it.
    static QStringList partFiles(const QString &file, qsizetype parts);
    /// How long html is as the web engine loads it.
    static qint64 encodedSize(const QString &html);

private:
    static QString recordHtml(const ledger::RecordRow &row);
    static QString page(const QString &summary, const QString &records, const ledger::RecordFilter &filter,
                        const QDateTime &made);
};

} // namespace clearline::records
