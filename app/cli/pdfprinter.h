// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace clearline::cli {

/// Prints a page of ClearLine's HTML to a PDF file, or says why not.
///
/// Printing needs the web engine, which app/ never links (ARCHITECTURE.md
/// §2). So the program's main() starts a GUI application object (on the
/// offscreen platform when there is no display) for a command line that
/// asks for PDF, and hands commands a printer here; without one a command
/// says that PDF needs the full program.
using PdfPrinter = std::function<bool(const QString &html, const QString &file, QString *error)>;

namespace Pdf {

void setPrinter(PdfPrinter printer);
/// The printer main() set; empty when there is none.
const PdfPrinter &printer();
/// Whether `clearline COMMAND ARGUMENTS` will print a PDF.
bool wanted(const QString &command, const QStringList &arguments);

} // namespace Pdf

} // namespace clearline::cli
