// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sheetprinter.h"

#include "ui/web/offlineprofile.h"

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QUrl>
#include <QWebEnginePage>

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

} // namespace clearline::ui
