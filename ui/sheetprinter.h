// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace clearline::ui {

/// Prints a page made from ClearLine's HTML templates to a PDF file with
/// the web engine (offline, no scripts), the paper copy staff file.
class SheetPrinter
{
public:
    /// Calls `done` with whether the file was written, later, on the GUI
    /// thread; `context` going away cancels the call.
    static void toPdf(const QString &html, const QString &file, QObject *context, std::function<void(bool)> done);
};

} // namespace clearline::ui
