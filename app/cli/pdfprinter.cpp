// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/pdfprinter.h"

namespace clearline::cli::Pdf {

namespace {

PdfPrinter &current()
{
    static PdfPrinter printer;
    return printer;
}

} // namespace

void setPrinter(PdfPrinter printer)
{
    current() = std::move(printer);
}

const PdfPrinter &printer()
{
    return current();
}

bool wanted(const QString &command, const QStringList &arguments)
{
    if (command != QLatin1String("records")) {
        return false;
    }
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--format=pdf") ||
            (arguments.at(i) == QLatin1String("--format") && arguments.value(i + 1) == QLatin1String("pdf"))) {
            return true;
        }
    }
    return false;
}

} // namespace clearline::cli::Pdf
