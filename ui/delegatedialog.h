// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledger.h"
#include "policy/pack.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;

namespace clearline::ui {

class ProfileSession;

/// Names a designee for one of this person's roles, until a day.
class DelegateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DelegateDialog(ProfileSession &session, QWidget *parent = nullptr);

    /// The roles the pack lists this key for and lets have designees.
    static QList<const policy::Role *> delegableRoles(const policy::Pack &pack, const QByteArray &key);

    QComboBox *roleBox() const { return m_role; }
    QComboBox *personBox() const { return m_person; }
    QDateEdit *untilEdit() const { return m_until; }
    QLabel *problemLabel() const { return m_problem; }

public Q_SLOTS:
    void accept() override;

private:
    ProfileSession &m_session;
    QList<ledger::KnownPerson> m_people;
    QComboBox *m_role = nullptr;
    QComboBox *m_person = nullptr;
    QDateEdit *m_until = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace clearline::ui
