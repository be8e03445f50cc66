// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/recordsheet.h"

#include "records/recordexport.h"
#include "records/recordtext.h"

#include "core/htmltemplate.h"

#include <QFile>
#include <QHash>
#include <QLocale>

namespace clearline::records {

namespace {

using core::HtmlTemplate::escaped;

QString line(const QString &label, const QString &value, const QString &cssClass = {})
{
    if (value.isEmpty()) {
        return {};
    }
    return QStringLiteral("<tr><th>%1</th><td%3>%2</td></tr>")
        .arg(escaped(label), escaped(value),
             cssClass.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cssClass));
}

} // namespace

QString RecordSheet::recordHtml(const ledger::RecordRow &row)
{
    QString author = RecordText::author(row);
    if (!row.authorEmail.isEmpty()) {
        author += QStringLiteral(" <%1>").arg(row.authorEmail);
    }
    QString lines = line(tr("Kind"), row.kind) + line(tr("Author"), author) + line(tr("School"), row.school) +
                    line(tr("Student"), row.student) + line(tr("Created (UTC)"), RecordText::utc(row.created)) +
                    line(tr("Last changed (UTC)"), RecordText::utc(row.updated)) +
                    line(tr("Revisions"), QString::number(row.revisionCount)) +
                    (row.conflict ? line(tr("Conflict"), tr("two revisions replace the same one; both are kept"),
                                         QStringLiteral("bad"))
                                  : QString()) +
                    line(tr("Verification"), RecordText::verification(row),
                         row.verified ? QStringLiteral("ok") : QStringLiteral("bad")) +
                    line(tr("Record"), row.recordId, QStringLiteral("id"));
    return QStringLiteral("<section class=\"record\"><h2>%1</h2><table>%2</table>%3</section>\n")
        .arg(escaped(row.title), lines,
             row.body.isEmpty() ? QString() : QStringLiteral("<p class=\"text\">%1</p>").arg(escaped(row.body)));
}

std::optional<QString> RecordSheet::html(const ledger::Database &database, const ledger::RecordFilter &filter,
                                         const QDateTime &made, QString *error, const RowFilter &include)
{
    // The count and the pages from one snapshot, so that they agree.
    const ledger::ReadSnapshot snapshot(database);
    std::optional<qint64> total = ledger::RecordQuery(database).count(filter, error);
    if (!total) {
        return std::nullopt;
    }
    if (include) {
        *total = 0; // counted below: only the rows this profile may see
    }
    QString records;
    qint64 listed = 0;
    qint64 unverified = 0;
    const bool read = RecordExport::forEachPage(
        database, filter,
        [&](const QList<ledger::RecordRow> &rows) {
            for (const ledger::RecordRow &row : rows) {
                if (include) {
                    if (!include(row)) {
                        continue;
                    }
                    ++*total;
                }
                if (listed == kMaxRecords) {
                    if (include) {
                        continue; // still counting
                    }
                    return false;
                }
                records += recordHtml(row);
                ++listed;
                unverified += row.verified ? 0 : 1;
            }
            return true;
        },
        error);
    if (!read) {
        return std::nullopt;
    }

    QString summary = *total == listed ? tr("%n record(s).", nullptr, int(listed))
                                       : tr("The first %1 of %2 records; export CSV for all of them.")
                                             .arg(QLocale().toString(listed), QLocale().toString(*total));
    if (include) {
        summary += QLatin1Char(' ') + tr("Only records you may see are included.");
    }
    summary +=
        QLatin1Char(' ') + (unverified == 0 ? tr("Every record listed is verified.")
                                            : tr("%n record(s) listed are NOT verified.", nullptr, int(unverified)));
    const QHash<QString, QString> values{
        {QStringLiteral("lang"), QLocale().bcp47Name()},
        {QStringLiteral("style"), core::HtmlTemplate::read(QStringLiteral("records.css"))},
        {QStringLiteral("title"), escaped(tr("Records"))},
        {QStringLiteral("search"), escaped(RecordText::describe(filter))},
        {QStringLiteral("made"), escaped(tr("Made %1 (UTC) by ClearLine.").arg(RecordText::utc(made)))},
        {QStringLiteral("summary"), escaped(summary)},
        {QStringLiteral("records"), records},
        {QStringLiteral("footer"),
         escaped(tr("\"Verified\": every revision of the record matches its hash and carries a valid signature by "
                    "a key this profile trusts. Times are UTC."))},
    };
    return core::HtmlTemplate::fill(QStringLiteral("records.html"), values);
}

} // namespace clearline::records
