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

bool CsvWriter::keepsDigits(const QString &text)
{
    const bool digits = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    // A leading zero (a roster id, a ZIP code) a spreadsheet would drop, or
    // more digits than it keeps exactly (15).
    return digits && ((text.size() > 1 && text.at(0) == QLatin1Char('0')) || text.size() > 15);
}

QString CsvWriter::field(const QString &value)
{
    // A NUL ends the cell in some spreadsheet programs, and escape
    // sequences run when the file is shown in a terminal.
    QString text = core::PrintableText::clean(value);
    if (keepsDigits(text)) {
        // A constant formula that gives the digits as text: Excel and
        // LibreOffice Calc show "00123", not 123 (docs/records-export.md).
        text = QStringLiteral("=\"%1\"").arg(text);
    } else if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.at(0))) {
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
