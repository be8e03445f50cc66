// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace clearline::ui {

class ProfileSession;

/// Asks a person to confirm they did one of the pack's duties, with an
/// optional note of what they did, and signs it into their records.
class DutyDoneDialog : public QDialog
{
    Q_OBJECT

public:
    DutyDoneDialog(ProfileSession &session, const QString &dutyId, QWidget *parent = nullptr);

    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *markButton() const { return m_mark; }
    QLabel *status() const { return m_status; }

public Q_SLOTS:
    /// Signs it; the dialog stays open with the reason when it is refused.
    void markDone();

private:
    ProfileSession &m_session;
    QString m_dutyId;
    QLineEdit *m_note = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_mark = nullptr;
};

} // namespace clearline::ui
