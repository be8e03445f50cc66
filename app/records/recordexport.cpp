// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/recordexport.h"

#include "records/csvwriter.h"
#include "records/recordtext.h"

#include "policy/vocabularywords.h"

#include <QDir>
#include <QSaveFile>

namespace clearline::records {

QStringList RecordExport::csvColumns()
{
    return {QStringLiteral("record_id"), QStringLiteral("kind"),         QStringLiteral("title"),
            QStringLiteral("author"),    QStringLiteral("author_email"), QStringLiteral("school"),
            QStringLiteral("student"),   QStringLiteral("created_utc"),  QStringLiteral("updated_utc"),
            QStringLiteral("revisions"), QStringLiteral("conflict"),     QStringLiteral("verification"),
            QStringLiteral("text"),      QStringLiteral("standing"),     QStringLiteral("contact_time_utc"),
            QStringLiteral("channel"),   QStringLiteral("audience"),     QStringLiteral("purpose"),
            QStringLiteral("verdict")};
}

QStringList RecordExport::csvFields(const ledger::RecordRow &row)
{
    return {row.recordId, row.kind, row.title, RecordText::author(row), row.authorEmail, row.school, row.student,
            RecordText::utc(row.created), RecordText::utc(row.updated), QString::number(row.revisionCount),
            row.conflict ? QStringLiteral("yes") : QStringLiteral("no"), RecordText::verification(row), row.body,
            row.standing, RecordText::utc(row.contactTime),
            // In words, in the person's language, as the window shows them.
            row.channel.isEmpty() ? QString() : policy::VocabularyWords::channel(row.channel),
            row.audience.isEmpty() ? QString() : policy::VocabularyWords::audience(row.audience),
            row.purposeLabel.isEmpty() ? row.purpose : policy::localizedText(row.purposeLabel),
            row.verdict.isEmpty() ? QString() : policy::VocabularyWords::verdict(row.verdict)};
}

bool RecordExport::forEachPage(const ledger::Database &database, const ledger::RecordFilter &filter,
                               const std::function<bool(const QList<ledger::RecordRow> &)> &visit, QString *error,
                               const RowStanding &standing)
{
    const ledger::ReadSnapshot snapshot(database);
    const ledger::RecordQuery query(database);
    ledger::RecordKey after;
    for (;;) {
        auto page = query.page(filter, after, kPageSize, 0, error);
        if (!page) {
            return false;
        }
        markStanding(*page, standing);
        if (page->isEmpty() || !visit(*page) || page->size() < kPageSize) {
            return true;
        }
        after = page->constLast().key;
    }
}

void RecordExport::markStanding(QList<ledger::RecordRow> &rows, const RowStanding &standing)
{
    if (!standing) {
        return;
    }
    for (ledger::RecordRow &row : rows) {
        row.standing = standing(row);
    }
}

std::optional<ExportResult> RecordExport::writeCsv(const ledger::Database &database, const ledger::RecordFilter &filter,
                                                   QIODevice &device, QString *error,
                                                   const std::function<bool()> &cancelled, const RowStanding &standing,
                                                   const RowFilter &include)
{
    CsvWriter csv(device);
    ExportResult result;
    bool written = csv.begin() && csv.writeRow(csvColumns());
    bool stopped = false;
    const bool read = written && forEachPage(
                                     database, filter,
                                     [&](const QList<ledger::RecordRow> &rows) {
                                         if (cancelled && cancelled()) {
                                             stopped = true;
                                             return false;
                                         }
                                         for (const ledger::RecordRow &row : rows) {
                                             if (include && !include(row)) {
                                                 continue;
                                             }
                                             written = written && csv.writeRow(csvFields(row));
                                             ++result.rows;
                                             result.unverified += row.verified ? 0 : 1;
                                         }
                                         return written;
                                     },
                                     error, standing);
    if (!written) {
        *error = tr("The CSV file could not be written (%1).").arg(device.errorString());
        return std::nullopt;
    }
    if (!read) {
        return std::nullopt;
    }
    if (stopped) {
        *error = tr("The export was stopped; no file was written.");
        return std::nullopt;
    }
    return result;
}

std::optional<ExportResult> RecordExport::writeCsvFile(const ledger::Database &database,
                                                       const ledger::RecordFilter &filter, const QString &file,
                                                       QString *error, const std::function<bool()> &cancelled,
                                                       const RowStanding &standing, const RowFilter &include)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("ClearLine cannot write %1 (%2).").arg(QDir::toNativeSeparators(file), out.errorString());
        return std::nullopt;
    }
    const auto result = writeCsv(database, filter, out, error, cancelled, standing, include);
    if (!result) {
        out.cancelWriting();
        return std::nullopt;
    }
    if (!out.commit()) {
        *error = tr("ClearLine cannot write %1 (%2).").arg(QDir::toNativeSeparators(file), out.errorString());
        return std::nullopt;
    }
    return result;
}

} // namespace clearline::records
