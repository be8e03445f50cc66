// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/memoview.h"

#include "crypto/digest.h"
#include "ledger/memo.h"
#include "ui/profilesession.h"
#include "ui/syntaxrepository.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace clearline::ui {

MemoView::MemoView(ProfileSession &session, const QString &recordId, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser)
    , m_raw(new QPlainTextEdit)
{
    setWindowTitle(tr("Memo"));
    m_browser->setAccessibleName(tr("Memo and its history"));
    const QList<ledger::Revision> history =
        session.ledger() ? session.ledger()->history(recordId) : QList<ledger::Revision>();
    QString html;
    if (!history.isEmpty()) {
        const ledger::Memo memo = ledger::Memo::fromPayload(history.constLast().payload);
        html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                    .arg(memo.title.toHtmlEscaped(),
                         memo.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        for (const auto &attachment : memo.attachments) {
            html += QStringLiteral("<p>") +
                    tr("Attached: %1 (%2)")
                        .arg(attachment.name.toHtmlEscaped(), QLocale().formattedDataSize(attachment.size)) +
                    QStringLiteral("</p>");
        }
        html += QStringLiteral("<h3>") + tr("History") + QStringLiteral("</h3><ul>");
        const QLocale locale;
        for (const auto &revision : history) {
            html +=
                QStringLiteral("<li>") + tr("%1: signed with key %2")
                                             .arg(locale.toString(revision.created.toLocalTime(), QLocale::LongFormat),
                                                  crypto::fingerprint(revision.authorKey));
            if (!revision.reason.isEmpty()) {
                html += QStringLiteral("<br>") + tr("Corrected because: %1").arg(revision.reason.toHtmlEscaped());
            }
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    m_browser->setHtml(html);

    // The signed data itself, for IT staff and auditors: each revision's
    // signed content with its hash and signature, highlighted as JSON.
    QJsonArray revisions;
    for (const auto &revision : history) {
        revisions.append(
            QJsonObject{{QStringLiteral("signed"), QJsonDocument::fromJson(revision.signedContent()).object()},
                        {QStringLiteral("sha256"), QString::fromLatin1(revision.hash.toHex())},
                        {QStringLiteral("signature"), QString::fromLatin1(revision.signature.toBase64())}});
    }
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setAccessibleName(tr("Signed data"));
    m_raw->setPlainText(QString::fromUtf8(QJsonDocument(revisions).toJson(QJsonDocument::Indented)));
    highlight(m_raw->document(), "JSON", palette());

    auto *tabs = new QTabWidget;
    tabs->addTab(m_browser, tr("Memo"));
    tabs->addTab(m_raw, tr("Signed data"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(560, 420);
}

QString MemoView::text() const
{
    return m_browser->toPlainText();
}

QString MemoView::signedData() const
{
    return m_raw->toPlainText();
}

} // namespace clearline::ui
