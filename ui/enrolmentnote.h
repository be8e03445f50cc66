// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace clearline::ui {

class ProfileSession;

/// Above an approver's queue while the district's policy does not list
/// their key for a role they hold or asked for: says they wait for district
/// IT, and offers to make the enrolment request (`clearline enrol`) when
/// they have not made one yet.
class EnrolmentNote : public QWidget
{
    Q_OBJECT

public:
    explicit EnrolmentNote(ProfileSession &session, QWidget *parent = nullptr);

    /// "Waiting for district IT to confirm you as …", or empty when the
    /// person waits for nothing.
    QString headline() const { return m_headline; }

public Q_SLOTS:
    void refresh();

private:
    void enrol();

    ProfileSession &m_session;
    QLabel *m_text = nullptr;
    QPushButton *m_enrol = nullptr;
    QString m_headline;
    QString m_roleToAsk; ///< the role the button asks for; empty when everything was asked
};

} // namespace clearline::ui
