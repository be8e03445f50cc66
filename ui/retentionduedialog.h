// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace clearline::ui {

class ProfileSession;

/// For the records officer: the records whose retention period has ended
/// and that no legal hold keeps, with a way to hold one. ClearLine deletes
/// nothing; the officer decides about each record outside it.
class RetentionDueDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RetentionDueDialog(ProfileSession &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *holdButton() const { return m_hold; }
    /// The record ids listed, in order.
    QStringList recordIds() const { return m_ids; }
    /// Holds the selected record with a reason (what the Hold button asks).
    bool holdSelected(const QString &reason, QString *error);

private:
    void load();
    void askHold();

    ProfileSession &m_session;
    QLabel *m_heading = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_hold = nullptr;
    QStringList m_ids;
};

} // namespace clearline::ui
