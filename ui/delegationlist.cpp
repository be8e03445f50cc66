// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/delegationlist.h"

#include "requests/authority.h"
#include "requests/requestfiling.h"

#include "ui/delegatedialog.h"
#include "ui/profilesession.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace clearline::ui {

DelegationList::DelegationList(ProfileSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_intro(new QLabel(tr("When your district's policy says \"or designee\", you can name someone to act for you in "
                            "that role for a period. Their decisions carry their own signature and say whom they "
                            "acted for.")))
    , m_list(new QTreeWidget)
    , m_name(new QPushButton(tr("&Name a designee…")))
    , m_end(new QPushButton(tr("&End this delegation…")))
{
    m_intro->setWordWrap(true);
    m_list->setHeaderLabels({tr("Role"), tr("Who acts"), tr("For"), tr("From"), tr("Until"), tr("State")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Designees"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_name);
    buttons->addWidget(m_end);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_name, &QPushButton::clicked, this, &DelegationList::nameDesignee);
    connect(m_end, &QPushButton::clicked, this, &DelegationList::endSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_end->setEnabled(item && item->data(0, Qt::UserRole + 1).toBool()); });
    refresh();
}

void DelegationList::refresh()
{
    m_list->clear();
    const policy::Pack *pack = m_session.pack();
    const auto info = m_session.identityInfo();
    m_end->setEnabled(false);
    m_name->setEnabled(pack && info && !DelegateDialog::delegableRoles(*pack, info->publicKey).isEmpty());
    if (!pack || !info || !m_session.ledger()) {
        return;
    }
    const requests::Authority authority(*m_session.ledger(), *pack);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const requests::DelegationItem &item : authority.delegations()) {
        const bool mine = item.byKey == info->publicKey;
        if (!mine && item.delegation.toKey != info->publicKey) {
            continue;
        }
        const policy::Role *role = pack->role(item.delegation.roleId);
        const bool active = authority.isActive(item, now);
        const QString state = active                                                ? tr("Active")
                              : item.revokedAt.isValid()                            ? tr("Ended early")
                              : item.delegation.until < authority.districtDate(now) ? tr("Ended")
                                                                                    : tr("Not started");
        auto *row = new QTreeWidgetItem(
            m_list, {role ? role->title : item.delegation.roleId, mine ? item.delegation.toName : tr("You"),
                     mine ? tr("You") : authority.nameOf(item.byKey),
                     QLocale().toString(item.delegation.from, QLocale::ShortFormat),
                     QLocale().toString(item.delegation.until, QLocale::ShortFormat), state});
        row->setData(0, Qt::UserRole, item.recordId);
        row->setData(0, Qt::UserRole + 1,
                     mine && !item.revokedAt.isValid() && item.delegation.until >= authority.districtDate(now));
    }
    if (m_list->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(m_list, {tr("No designees, given or received.")});
        none->setFlags(Qt::NoItemFlags);
    }
    for (int column = 0; column < m_list->columnCount(); ++column) {
        m_list->resizeColumnToContents(column);
    }
}

void DelegationList::nameDesignee()
{
    DelegateDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_session.announceChange();
    }
}

void DelegationList::endSelected()
{
    const QTreeWidgetItem *row = m_list->currentItem();
    if (!row || !row->data(0, Qt::UserRole + 1).toBool()) {
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("End the delegation"),
                                                 tr("From now on, only you act in this role. Why end it early?"),
                                                 QLineEdit::Normal, tr("I am back"), &ok);
    if (!ok) {
        return;
    }
    QString error;
    auto filing = m_session.delegationFiling(&error);
    if (!filing || !filing->revoke(row->data(0, Qt::UserRole).toString(), reason, &error)) {
        QMessageBox::warning(this, tr("End the delegation"), error);
        return;
    }
    m_session.announceChange();
}

} // namespace clearline::ui
