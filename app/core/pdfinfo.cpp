// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pdfinfo.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace clearline::core {

namespace {

// A PDF text string that holds any script: UTF-16BE with its mark, in hex.
QByteArray textString(const QString &text)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

// The number after the last `key` in `text`, else -1.
qint64 lastNumberAfter(const QByteArray &text, const char *key)
{
    const qsizetype at = text.lastIndexOf(key);
    if (at < 0) {
        return -1;
    }
    bool ok = false;
    const qint64 number =
        text.mid(at + qsizetype(qstrlen(key))).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    return ok ? number : -1;
}

} // namespace

QByteArray PdfInfo::stamped(const QByteArray &pdf, const QString &title, const QString &author, const QDateTime &when)
{
    // The last section of the file: "trailer << … >> startxref N %%EOF".
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qint64 previousXref = lastNumberAfter(pdf, "startxref");
    if (!pdf.startsWith("%PDF-") || trailerAt < 0 || previousXref <= 0 || previousXref >= pdf.size() ||
        !pdf.mid(previousXref).startsWith("xref")) {
        return {};
    }
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, pdf.lastIndexOf("startxref") - trailerAt));
    const auto size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(trailer);
    const auto root = QRegularExpression(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)")).match(trailer);
    if (!size.hasMatch() || !root.hasMatch()) {
        return {};
    }
    const qint64 info = size.captured(1).toLongLong();

    QByteArray update = pdf;
    if (!update.endsWith('\n')) {
        update.append('\n');
    }
    const qsizetype infoAt = update.size();
    update +=
        QByteArray::number(info) + " 0 obj\n<</Title " + textString(title) + " /Author " + textString(author) +
        " /Creator (ClearLine) /CreationDate (D:" + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() +
        "Z)>>\nendobj\n";
    const qsizetype xrefAt = update.size();
    // Each cross-reference entry is exactly 20 bytes.
    update += "xref\n" + QByteArray::number(info) + " 1\n" + QByteArray::number(infoAt).rightJustified(10, '0') +
              " 00000 n \n";
    update += "trailer\n<</Size " + QByteArray::number(info + 1) + " /Root " + root.captured(1).toLatin1() + " /Info " +
              QByteArray::number(info) + " 0 R /Prev " + QByteArray::number(previousXref) + ">>\nstartxref\n" +
              QByteArray::number(xrefAt) + "\n%%EOF\n";
    return update;
}

bool PdfInfo::stampFile(const QString &file, const QString &title, const QString &author, QString *error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return false;
    }
    const QByteArray update = stamped(in.readAll(), title, author, QDateTime::currentDateTimeUtc());
    in.close();
    if (update.isEmpty()) {
        return true; // not a layout we add to: the PDF stays as it was made
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(update) != update.size() || !out.commit()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace clearline::core
