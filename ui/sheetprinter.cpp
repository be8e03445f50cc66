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
    auto *page = new QWebEnginePage(web::OfflineProfile::instance(), context);
    QObject::connect(page, &QWebEnginePage::loadFinished, page, [page, file, done](bool loaded) {
        if (!loaded) {
            done(false);
            page->deleteLater();
            return;
        }
        page->printToPdf(file, QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                           QPageLayout::Millimeter));
    });
    QObject::connect(page, &QWebEnginePage::pdfPrintingFinished, page, [page, done](const QString &, bool ok) {
        done(ok);
        page->deleteLater();
    });
    page->setHtml(html, QUrl(QStringLiteral("clearline://request/")));
}

bool SheetPrinter::toPdfAndWait(const QString &html, const QString &file, QString *error)
{
    QObject context;
    QEventLoop loop;
    std::optional<bool> written;
    toPdf(html, file, &context, [&](bool ok) {
        written = ok;
        loop.quit();
    });
    QTimer::singleShot(std::chrono::minutes(1), &loop, &QEventLoop::quit);
    if (!written) {
        loop.exec();
    }
    if (!written.value_or(false)) {
        *error = written ? tr("The PDF could not be written to %1. Check that the folder exists and that you may "
                              "write there.")
                               .arg(QDir::toNativeSeparators(file))
                         : tr("Making the PDF took more than a minute, so ClearLine stopped.");
        return false;
    }
    return true;
}

} // namespace clearline::ui
