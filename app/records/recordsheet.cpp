// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/recordsheet.h"

#include "records/recordexport.h"
#include "records/recordtext.h"

#include "core/htmltemplate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
                    line(tr("Counts"), row.standing, QStringLiteral("bad")) +
                    line(tr("Record"), row.recordId, QStringLiteral("id"));
    // Paper holds a part of a very long text only, so that one record
    // always fits a part (kMaxPartBytes); the CSV keeps every character.
    QString body = escaped(row.body.left(kMaxTextOnPaper));
    if (row.body.size() > kMaxTextOnPaper) {
        body += QStringLiteral("</p><p class=\"bad\">") +
                escaped(tr("The text goes on for %1 more characters, left off this paper copy; the CSV export has "
                           "all of it.")
                            .arg(QLocale().toString(row.body.size() - kMaxTextOnPaper)));
    }
    return QStringLiteral("<section class=\"record\"><h2>%1</h2><table>%2</table>%3</section>\n")
        .arg(escaped(row.title), lines,
             row.body.isEmpty() ? QString() : QStringLiteral("<p class=\"text\">%1</p>").arg(body));
}

std::optional<QString> RecordSheet::html(const ledger::Database &database, const ledger::RecordFilter &filter,
                                         const QDateTime &made, QString *error, const RowStanding &standing,
                                         const RowFilter &include)
{
    const auto parts = htmlParts(database, filter, made, error, standing, include, -1);
    return parts ? std::optional(parts->constFirst()) : std::nullopt;
}

std::optional<QStringList> RecordSheet::htmlParts(const ledger::Database &database, const ledger::RecordFilter &filter,
                                                  const QDateTime &made, QString *error, const RowStanding &standing,
                                                  const RowFilter &include, qint64 maxPartBytes)
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
    // What each page holds besides its records, with room for the part's
    // words and the summary.
    const qint64 frame = encodedSize(page({}, {}, filter, made)) + 2048;
    QList<QString> parts{QString()};
    QList<qint64> partRecords{0};
    qint64 partBytes = frame;
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
                const QString record = recordHtml(row);
                const qint64 bytes = maxPartBytes < 0 ? 0 : encodedSize(record);
                if (maxPartBytes >= 0 && partRecords.constLast() > 0 && partBytes + bytes > maxPartBytes) {
                    parts.append(QString());
                    partRecords.append(0);
                    partBytes = frame;
                }
                parts.last() += record;
                ++partRecords.last();
                partBytes += bytes;
                ++listed;
                unverified += row.verified ? 0 : 1;
            }
            return true;
        },
        error, standing);
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
    QStringList pages;
    qint64 first = 1;
    for (qsizetype index = 0; index < parts.size(); ++index) {
        QString status = summary;
        if (parts.size() > 1) {
            const qint64 last = first + partRecords.at(index) - 1;
            status = tr("Part %1 of %2: records %3 to %4.")
                         .arg(index + 1)
                         .arg(parts.size())
                         .arg(QLocale().toString(first), QLocale().toString(last)) +
                     QLatin1Char(' ') + summary;
            first = last + 1;
        }
        pages.append(page(status, parts.at(index), filter, made));
    }
    return pages;
}

QStringList RecordSheet::partFiles(const QString &file, qsizetype parts)
{
    if (parts <= 1) {
        return {file};
    }
    const QFileInfo info(file);
    const QString suffix = info.suffix().isEmpty() ? QString() : QString(QLatin1Char('.') + info.suffix());
    QStringList files;
    for (qsizetype part = 1; part <= parts; ++part) {
        files.append(info.dir().filePath(
            QStringLiteral("%1-%2-of-%3%4").arg(info.completeBaseName()).arg(part).arg(parts).arg(suffix)));
    }
    return files;
}

qint64 RecordSheet::encodedSize(const QString &html)
{
    return html.toUtf8().toPercentEncoding().size();
}

QString RecordSheet::page(const QString &summary, const QString &records, const ledger::RecordFilter &filter,
                          const QDateTime &made)
{
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
