// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace clearline::core {

/// The document information of ClearLine's PDFs: the web engine writes
/// none, and a records officer handing paper copies over wants each file to
/// say what it is and who made it.
namespace PdfInfo {

/// `pdf` with Title, Author and Creator added by an incremental update:
/// the bytes already there stay as they are and new ones follow, as the
/// PDF format allows. Empty when `pdf` does not end in a classic
/// cross-reference table and trailer (then it is left alone).
QByteArray stamped(const QByteArray &pdf, const QString &title, const QString &author, const QDateTime &when);

/// stamped() on a file, rewritten whole or not at all; false with why.
bool stampFile(const QString &file, const QString &title, const QString &author, QString *error);

} // namespace PdfInfo

} // namespace clearline::core
