// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/damagebanner.h"

#include "ledger/ledgerrestore.h"
#include "ui/profilesession.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace clearline::ui {

DamageBanner::DamageBanner(ProfileSession &session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("DamageBanner"));
    setFrameShape(QFrame::StyledPanel);
    // Colour helps the eye; the words carry the meaning.
    setStyleSheet(QStringLiteral("#DamageBanner { background: #fde8e8; border: 1px solid #b42318; }"
                                 "#DamageBanner QLabel { color: #5c0f0b; }"));
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(32, 32));
    icon->setAccessibleName(tr("Warning"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFocusPolicy(Qt::StrongFocus);
    m_text->setAccessibleName(tr("Your records are damaged"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setVisible(false);
    connect(&m_session, &ProfileSession::damageFound, this, &DamageBanner::showDamage);
    if (m_session.isLedgerDamaged()) {
        showDamage();
    }
}

QString DamageBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void DamageBanner::showDamage()
{
    m_text->setText(ledger::LedgerRestore::damagedAdvice(m_session.profile()));
    m_text->setAccessibleDescription(m_text->text());
    setVisible(true);
    QAccessibleEvent alert(m_text, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

} // namespace clearline::ui
