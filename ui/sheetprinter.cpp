// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sheetprinter.h"

#include "core/pdfinfo.h"
#include "ui/web/offlineprofile.h"

#include <QDir>
#include <QEventLoop>
#include <QLocale>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QTimer>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <optional>

namespace clearline::ui {

namespace {
QPageSize::PageSizeId g_paper = QPageSize::A4;
QString g_author;
} // namespace

void SheetPrinter::usePaper(const QString &paper)
{
    if (paper == QLatin1String("letter")) {
        g_paper = QPageSize::Letter;
    } else if (paper == QLatin1String("a4")) {
        g_paper = QPageSize::A4;
    } else {
        // Letter where the computer measures in US units (LC_MEASUREMENT).
        g_paper =
            QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
    }
}

void SheetPrinter::useAuthor(const QString &name)
{
    g_author = name;
}

QPageSize SheetPrinter::pageSize()
{
    return QPageSize(g_paper);
}

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
        page->printToPdf(
            file, QPageLayout(pageSize(), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    });
    QObject::connect(page, &QWebEnginePage::pdfPrintingFinished, page, [page, done](const QString &written, bool ok) {
        if (ok) {
            // The web engine leaves the title and author out; a PDF that
            // cannot take them is still the paper copy, so it stays.
            QString ignored;
            core::PdfInfo::stampFile(written, page->title(), g_author, &ignored);
        }
        done(ok ? Outcome::Written : Outcome::NotWritten);
        page->deleteLater();
    });
    page->setHtml(html, QUrl(QStringLiteral("clearline://request/")));
}

void SheetPrinter::toPrinter(const QString &html, QPrinter *printer, QObject *context,
                             std::function<void(Outcome)> done)
{
    // Printing needs a view, never shown; it goes when the job is done or
    // when whoever asked goes away.
    auto *view = new QWebEngineView;
    view->setPage(new QWebEnginePage(web::OfflineProfile::instance(), view));
    QObject::connect(context, &QObject::destroyed, view, &QObject::deleteLater);
    QObject::connect(view, &QWebEngineView::loadFinished, view, [view, printer, done](bool loaded) {
        if (!loaded) {
            done(Outcome::NotLaidOut);
            view->deleteLater();
            return;
        }
        view->print(printer);
    });
    QObject::connect(view, &QWebEngineView::printFinished, view, [view, done](bool ok) {
        done(ok ? Outcome::Written : Outcome::NotWritten);
        view->deleteLater();
    });
    view->setHtml(html, QUrl(QStringLiteral("clearline://request/")));
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
