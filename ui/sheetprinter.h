// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPageSize>
#include <QString>

#include <functional>

class QPrinter;

namespace clearline::ui {

/// Prints a page made from ClearLine's HTML templates to a PDF file with
/// the web engine (offline, no scripts), the paper copy staff file.
class SheetPrinter
{
    Q_DECLARE_TR_FUNCTIONS(clearline::ui::SheetPrinter)

public:
    enum class Outcome {
        Written,
        NotLaidOut, ///< the page did not load (too large): no file was tried
        NotWritten, ///< the file could not be written
    };

    /// Calls `done` with whether the file was written, later, on the GUI
    /// thread; `context` going away cancels the call.
    static void toPdf(const QString &html, const QString &file, QObject *context, std::function<void(bool)> done);
    /// toPdf() that waits for the file (up to a minute), for the command
    /// line: `clearline records export --format pdf`.
    static bool toPdfAndWait(const QString &html, const QString &file, QString *error);
    /// toPdf() that says what happened.
    static void print(const QString &html, const QString &file, QObject *context, std::function<void(Outcome)> done);
    /// The paper every PDF is laid out for, from the profile's `paper`
    /// setting ("letter", "a4", or empty for the computer's usual paper).
    static void usePaper(const QString &paper);
    static QPageSize pageSize();
    /// Who makes the paper copies: every PDF names them as its author, with
    /// the page's title as its title.
    static void useAuthor(const QString &name);
    /// Prints the page on `printer` (its layout and paper as the print
    /// dialog left them), then calls `done` on the GUI thread; Written means
    /// the printer took it.
    static void toPrinter(const QString &html, QPrinter *printer, QObject *context, std::function<void(Outcome)> done);
    /// What went wrong, for a person; empty when it was written.
    static QString problem(Outcome outcome, const QString &file);
};

} // namespace clearline::ui
