// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/delegatedialog.h"

#include "requests/delegation.h"
#include "requests/requestfiling.h"

#include "crypto/digest.h"
#include "ui/profilesession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace clearline::ui {

QList<const policy::Role *> DelegateDialog::delegableRoles(const policy::Pack &pack, const QByteArray &key)
{
    QList<const policy::Role *> roles;
    for (const policy::Role &role : pack.roles) {
        const bool held = std::any_of(role.holders.begin(), role.holders.end(),
                                      [&](const policy::RoleHolder &holder) { return holder.key == key; });
        if (role.designee && held) {
            roles.append(&role);
        }
    }
    return roles;
}

DelegateDialog::DelegateDialog(ProfileSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_role(new QComboBox)
    , m_person(new QComboBox)
    , m_until(new QDateEdit)
    , m_problem(new QLabel)
{
    setWindowTitle(tr("Name a designee"));
    const policy::Pack *pack = session.pack();
    const auto info = session.identityInfo();
    if (pack && info) {
        for (const policy::Role *role : delegableRoles(*pack, info->publicKey)) {
            m_role->addItem(role->title, role->id);
        }
        if (session.ledger()) {
            // Everyone whose key ClearLine holds, but this person.
            for (const ledger::KnownPerson &person :
                 requests::DelegationFiling::knownPeople(*session.ledger(), *pack)) {
                if (person.publicKey != info->publicKey) {
                    m_people.append(person);
                    m_person->addItem(person.email.isEmpty() ? person.name
                                                             : QStringLiteral("%1 <%2>").arg(person.name, person.email),
                                      crypto::fingerprint(person.publicKey));
                }
            }
        }
    }
    const QDate today = pack ? requests::districtToday(*pack) : QDate::currentDate();
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_until->setMinimumDate(today);
    m_until->setMaximumDate(today.addYears(1));
    m_until->setDate(today.addDays(7));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    if (m_person->count() == 0) {
        m_problem->setText(tr("ClearLine holds nobody else's key yet. Import something your designee signed first."));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Designee:"), m_person);
    form->addRow(tr("&Last day:"), m_until);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign the delegation"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DelegateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DelegateDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Your designee can approve, deny and return requests for this role, signed with "
                                "their own key, from today until the last day you choose. You can end it early."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void DelegateDialog::accept()
{
    const int index = m_person->currentIndex();
    const policy::Pack *pack = m_session.pack();
    if (index < 0 || index >= m_people.size() || !pack) {
        m_problem->setText(tr("Choose the designee."));
        return;
    }
    QString error;
    auto filing = m_session.delegationFiling(&error);
    const auto saved = filing ? filing->delegate(m_role->currentData().toString(), m_people.at(index), m_until->date(),
                                                 requests::districtToday(*pack), &error)
                              : std::nullopt;
    if (!saved) {
        m_problem->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace clearline::ui
