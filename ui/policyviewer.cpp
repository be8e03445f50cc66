// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/policyviewer.h"

#include "policy/policyhtml.h"
#include "ui/web/offlineprofile.h"

#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace clearline::ui {

namespace {
// The page's base: our own scheme, so relative links stay inside.
const QUrl kBase(QStringLiteral("clearline://policy/"));
} // namespace

PolicyViewer::PolicyViewer(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_search(new QLineEdit)
    , m_message(new QLabel)
    , m_banner(new QLabel)
{
    // A window of its own: Escape closes it, as it closes a dialog.
    auto *escape = new QShortcut(QKeySequence::Cancel, this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; color: #4a3b00; padding: 6px; }"));
    m_banner->setAccessibleName(tr("Warning"));
    m_banner->hide();
    m_layout->addWidget(m_banner);
    setWindowTitle(tr("District policy"));
    m_search->setPlaceholderText(tr("Search the policy"));
    m_search->setAccessibleName(tr("Search the policy"));
    m_search->setClearButtonEnabled(true);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->hide();
    m_layout->addWidget(m_search);
    m_layout->addWidget(m_message, 1);
    connect(m_search, &QLineEdit::textChanged, this, &PolicyViewer::find);
    connect(m_search, &QLineEdit::returnPressed, this, &PolicyViewer::find);
}

void PolicyViewer::ensureView()
{
    if (m_view) {
        return;
    }
    m_view = new QWebEngineView(this);
    m_view->setPage(new QWebEnginePage(web::OfflineProfile::instance(), m_view));
    m_view->setAccessibleName(tr("District policy"));
    m_layout->addWidget(m_view, 1);
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        if (!m_pendingClause.isEmpty()) {
            showClause(std::exchange(m_pendingClause, QString()));
        }
        Q_EMIT pageReady(ok);
    });
    if (!m_html.isEmpty()) {
        m_view->setHtml(m_html, kBase);
    }
}

void PolicyViewer::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_html.isEmpty()) {
        ensureView();
    }
}

void PolicyViewer::showPack(const policy::Pack &pack, const QString &language, const QString &clauseId)
{
    m_message->hide();
    m_search->show();
    m_html = policy::PolicyHtml::render(pack, language);
    m_pendingClause = clauseId;
    setWindowTitle(pack.district.policyTitle);
    if (isVisible() || m_view) {
        ensureView();
        m_view->show();
        m_view->setHtml(m_html, kBase);
    }
}

void PolicyViewer::showClause(const QString &clauseId)
{
    if (!m_view) {
        m_pendingClause = clauseId;
        return;
    }
    // Clause ids are [a-z0-9-] (the pack loader checks), so they are safe
    // inside the script. The application world runs even with the page's
    // own JavaScript turned off.
    const QString script =
        QStringLiteral(
            "(function(){var old=document.querySelector('.clause.current');if(old)old.classList.remove('current');"
            "var e=document.getElementById('clause-%1');if(e){e.classList.add('current');e.scrollIntoView();}"
            "return !!e;})()")
            .arg(clauseId);
    m_view->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld);
}

void PolicyViewer::showMessage(const QString &message)
{
    m_html.clear();
    m_search->hide();
    if (m_view) {
        m_view->hide();
    }
    m_message->setText(message);
    m_message->show();
}

void PolicyViewer::setBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

QString PolicyViewer::banner() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void PolicyViewer::find()
{
    if (m_view) {
        m_view->findText(m_search->text());
    }
}

} // namespace clearline::ui
