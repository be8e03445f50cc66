// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recordinspector.h"

#include "audience/audience.h"
#include "notices/noticebook.h"
#include "retention/retentionbook.h"

#include "core/zonedtime.h"
#include "crypto/digest.h"
#include "ui/profilesession.h"
#include "ui/recordsummary.h"
#include "ui/syntaxrepository.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace clearline::ui {

RecordInspector::RecordInspector(ProfileSession &session, const QString &recordId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_recordId(recordId)
    , m_browser(new QTextBrowser)
    , m_raw(new QPlainTextEdit)
{
    m_browser->setAccessibleName(tr("Record and its history"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setAccessibleName(tr("Signed data"));

    auto *tabs = new QTabWidget;
    tabs->addTab(m_browser, tr("Record"));
    tabs->addTab(m_raw, tr("Signed data"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto summary = session.ledger() ? session.ledger()->record(recordId) : std::nullopt;
    const auto info = session.identityInfo();
    if (summary && summary->kind == QLatin1String("request") && info && summary->authorId == info->personId) {
        m_correct = buttons->addButton(tr("&Correct…"), QDialogButtonBox::ActionRole);
        m_withdraw = buttons->addButton(tr("&Withdraw…"), QDialogButtonBox::ActionRole);
        connect(m_correct, &QPushButton::clicked, this, [this] {
            Q_EMIT correctionRequested(m_recordId);
            accept();
        });
        connect(m_withdraw, &QPushButton::clicked, this, &RecordInspector::askWithdraw);
        // Beside a request whose procedure names notices: hand them out.
        if (const policy::Pack *pack = session.pack();
            pack && !notices::NoticeBook(*session.ledger(), *pack, info->personId).ofRequest(recordId).isEmpty()) {
            m_notice = buttons->addButton(tr("&Notice…"), QDialogButtonBox::ActionRole);
            m_notice->setAccessibleName(tr("The notice to hand out"));
            connect(m_notice, &QPushButton::clicked, this, [this] { Q_EMIT noticeRequested(m_recordId); });
        }
    }
    // The records officer keeps a record from coming due with a legal hold.
    if (const policy::Pack *pack = session.pack();
        summary && pack && info && retention::HoldFiling::mayHold(*pack, info->publicKey)) {
        m_hold = buttons->addButton(tr("Legal &hold…"), QDialogButtonBox::ActionRole);
        connect(m_hold, &QPushButton::clicked, this, &RecordInspector::askHold);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(620, 480);
    load();
}

void RecordInspector::load()
{
    const QList<ledger::Revision> history =
        m_session.ledger() ? m_session.ledger()->history(m_recordId) : QList<ledger::Revision>();
    QString html;
    if (!history.isEmpty()) {
        const ledger::Revision &head = history.constLast();
        setWindowTitle(kindName(head.kind));
        html += recordSummaryHtml(m_session.pack(), head.kind, head.payload);
        m_retention.clear();
        m_held = false;
        if (const policy::Pack *pack = m_session.pack()) {
            const auto retained = retention::RetentionBook(*m_session.ledger(), *pack).record(m_recordId);
            if (retained) {
                m_retention = retained->retention.sentence();
                if (retained->hold) {
                    m_held = true;
                    m_retention += QLatin1Char('\n') + tr("On legal hold: %1").arg(retained->hold->reason);
                }
                html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                            .arg(tr("Retention"),
                                 m_retention.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
            }
        }
        if (const policy::Pack *pack = m_session.pack()) {
            // Names and roles, from the same audience every bundle follows.
            audience::AudienceBook audiences(*m_session.ledger(), *pack, QDateTime::currentDateTimeUtc());
            if (const std::optional<audience::Audience> of = audiences.ofRecord(m_recordId)) {
                html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                            .arg(tr("Who can see this"), audiences.describe(*of).toHtmlEscaped());
            }
        }
        if (m_hold) {
            m_hold->setText(m_held ? tr("Release legal &hold…") : tr("Legal &hold…"));
            m_hold->setAccessibleName(m_held ? tr("Release the legal hold on this record")
                                             : tr("Place a legal hold on this record"));
        }
        html += QStringLiteral("<h3>") + tr("History") + QStringLiteral("</h3><ul>");
        const QLocale locale;
        for (const auto &revision : history) {
            html += QStringLiteral("<li>") +
                    tr("%1: signed with key %2")
                        .arg(core::zonedTimeText(revision.created, QTimeZone(), QLocale::LongFormat),
                             crypto::fingerprint(revision.authorKey));
            if (!revision.reason.isEmpty()) {
                html += QStringLiteral("<br>") + tr("Reason given: %1").arg(revision.reason.toHtmlEscaped());
            }
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
        const bool stands = !isWithdrawn(head.kind, head.payload);
        if (m_withdraw) {
            m_withdraw->setEnabled(stands);
            m_correct->setEnabled(stands);
        }
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
    m_raw->setPlainText(QString::fromUtf8(QJsonDocument(revisions).toJson(QJsonDocument::Indented)));
    highlight(m_raw->document(), "JSON", palette());
}

bool RecordInspector::withdraw(const QString &reason, QString *error)
{
    std::optional<requests::RequestFiling> filing = m_session.requestFiling(error);
    if (!filing || !filing->withdraw(m_recordId, reason, error)) {
        return false;
    }
    m_session.announceChange();
    load();
    return true;
}

void RecordInspector::askWithdraw()
{
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Withdraw the request"),
                              tr("Why do you withdraw it? The request stays in your records, marked as withdrawn."),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok) {
        return;
    }
    QString error;
    if (reason.isEmpty()) {
        QMessageBox::information(this, tr("Withdraw the request"), tr("Say why, so that the record explains it."));
    } else if (!withdraw(reason, &error)) {
        QMessageBox::warning(this, tr("Withdraw the request"), error);
    }
}

QString RecordInspector::retentionText() const
{
    return m_retention;
}

bool RecordInspector::placeHold(const QString &reason, QString *error)
{
    std::optional<retention::HoldFiling> filing = m_session.holdFiling(error);
    if (!filing || !filing->place(m_recordId, reason, error)) {
        return false;
    }
    m_session.announceChange();
    load();
    return true;
}

bool RecordInspector::releaseHold(QString *error)
{
    std::optional<retention::HoldFiling> filing = m_session.holdFiling(error);
    if (!filing || !filing->release(m_recordId, error)) {
        return false;
    }
    m_session.announceChange();
    load();
    return true;
}

void RecordInspector::askHold()
{
    QString error;
    if (m_held) {
        if (QMessageBox::question(this, tr("Release the legal hold"),
                                  tr("Release the legal hold? The record can then come due again.")) ==
                QMessageBox::Yes &&
            !releaseHold(&error)) {
            QMessageBox::warning(this, tr("Release the legal hold"), error);
        }
        return;
    }
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Legal hold"),
                              tr("Why must this record be kept (a lawsuit, a public-records request …)? The "
                                 "reason is signed with the hold."),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (ok && !placeHold(reason, &error)) {
        QMessageBox::warning(this, tr("Legal hold"), error);
    }
}

QString RecordInspector::text() const
{
    return m_browser->toPlainText();
}

QString RecordInspector::signedData() const
{
    return m_raw->toPlainText();
}

} // namespace clearline::ui
