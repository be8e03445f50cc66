// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace clearline::ui {

class ProfileSession;

/// The delegations this person made or received: who acts for whom, in
/// which role, until when; naming a designee, and ending one early.
class DelegationList : public QWidget
{
    Q_OBJECT

public:
    explicit DelegationList(ProfileSession &session, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *nameButton() const { return m_name; }
    QPushButton *endButton() const { return m_end; }

public Q_SLOTS:
    void refresh();
    void nameDesignee();
    void endSelected();

private:
    ProfileSession &m_session;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_name = nullptr;
    QPushButton *m_end = nullptr;
};

} // namespace clearline::ui
