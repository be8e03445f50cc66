// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace clearline::records {

/// Writes CSV that spreadsheet programs open as they should (RFC 4180):
/// UTF-8 with a byte-order mark (so Excel and LibreOffice take it for
/// UTF-8), fields with a comma, quote or line break quoted with inner quotes
/// doubled, CRLF after each row. A cell that a spreadsheet would run as a
/// formula (it starts with = + - @, a tab or a carriage return) gets a
/// leading apostrophe: an exported record must never run as code on the
/// records officer's computer (CSV injection). Digits a spreadsheet would
/// change (a leading zero, more than 15 digits) are written as ="00123", a
/// constant both Excel and LibreOffice show as the digits. Control
/// characters become U+FFFD (core/printabletext.h).
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &device);

    /// Writes the byte-order mark; call once, first.
    bool begin();
    bool writeRow(const QStringList &fields);

    static QString field(const QString &value);
    static QByteArray row(const QStringList &fields);
    /// Whether a spreadsheet would change these digits if read as a number.
    static bool keepsDigits(const QString &text);

private:
    QIODevice &m_device;
};

} // namespace clearline::records
