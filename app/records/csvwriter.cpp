// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/csvwriter.h"

#include "core/printabletext.h"

#include <QIODevice>

#include <algorithm>

namespace clearline::records {

CsvWriter::CsvWriter(QIODevice &device)
    : m_device(device)
{}

bool CsvWriter::begin()
{
    return m_device.write("\xEF\xBB\xBF") == 3;
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    const QByteArray bytes = row(fields);
    return m_device.write(bytes) == bytes.size();
}

QString CsvWriter::field(const QString &value)
{
    // A NUL ends the cell in some spreadsheet programs, and escape
    // sequences run when the file is shown in a terminal.
    QString text = core::PrintableText::clean(value);
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.at(0))) {
        text.prepend(QLatin1Char('\''));
    }
    // Besides what RFC 4180 asks (comma, quote, line break), a semicolon or
    // a tab is quoted too: LibreOffice's import dialog ticks both as
    // separators unless told otherwise, and would split the cell there.
    const auto special = [](QChar c) {
        return c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r') ||
               c == QLatin1Char(';') || c == QLatin1Char('\t');
    };
    if (std::any_of(text.cbegin(), text.cend(), special)) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray CsvWriter::row(const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &value : fields) {
        cells.append(field(value));
    }
    return cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace clearline::records
