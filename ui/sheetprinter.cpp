// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sheetprinter.h"

#include "ui/web/offlineprofile.h"

#include <QDir>
#include <QEventLoop>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QTimer>
#include <QUrl>
#include <QWebEnginePage>

#include <optional>

namespace clearline::ui {

void SheetPrinter::toPdf(const QString &html, const QString &file, QObject *context, std::function<void(bool)> done)
{
    print(html, file, context, [done](Outcome outcome) { done(outcome == Outcome::Written); });
}

void SheetPrinter::print(const QString &html, const QString &file, QObject *context, std::function<void(Outcome)> done)
{
    auto *page = new QWebEnginePage(web::OfflineProfile::instance(), context);
    QObject::connect(page, &QWebEnginePage::loadFinished, page, [page, file, done](bool loaded) {
        if (!loaded) {
            done(Outcome::NotLaidOut);
            page->deleteLater();
            return;
        }
        page->printToPdf(file, QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                           QPageLayout::Millimeter));
    });
    QObject::connect(page, &QWebEnginePage::pdfPrintingFinished, page, [page, done](const QString &, bool ok) {
        done(ok ? Outcome::Written : Outcome::NotWritten);
        page->deleteLater();
    });
    page->setHtml(html, QUrl(QStringLiteral("clearline://request/")));
}

QString SheetPrinter::problem(Outcome outcome, const QString &file)
{
    switch (outcome) {
    case Outcome::Written:
        return {};
    case Outcome::NotLaidOut:
        // Not the folder's fault: the page never loaded, so nothing was tried.
        return tr("ClearLine could not lay out the paper copy for %1 (the page is too large for its web engine), so "
                  "no file was written. Narrow the search, or export CSV.")
            .arg(QDir::toNativeSeparators(file));
    case Outcome::NotWritten:
        return tr("The PDF could not be written to %1. Check that the folder exists, that you may write there and "
                  "that the disk is not full.")
            .arg(QDir::toNativeSeparators(file));
    }
    return {};
}

bool SheetPrinter::toPdfAndWait(const QString &html, const QString &file, QString *error)
{
    QObject context;
    QEventLoop loop;
    std::optional<Outcome> outcome;
    print(html, file, &context, [&](Outcome result) {
        outcome = result;
        loop.quit();
    });
    QTimer::singleShot(std::chrono::minutes(1), &loop, &QEventLoop::quit);
    if (!outcome) {
        loop.exec();
    }
    if (outcome != Outcome::Written) {
        *error =
            outcome ? problem(*outcome, file) : tr("Making the PDF took more than a minute, so ClearLine stopped.");
        return false;
    }
    return true;
}

} // namespace clearline::ui
