// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/verifier.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPushButton;

namespace clearline::ui {

class ProfileSession;

/// Who this profile belongs to, their key's fingerprint, where the data is,
/// and whether the records verify (checked off the GUI thread).
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(ProfileSession &session, QWidget *parent = nullptr);

    /// Checks the records again; the verdict appears when done.
    void checkRecords();
    QString verdict() const;
    /// The latest good backup of the records, in words.
    QString backupText() const;

Q_SIGNALS:
    void checked();

private:
    void showVerdict(const ledger::VerifyReport &report);

    ProfileSession &m_session;
    QLabel *m_verdict = nullptr;
    QLabel *m_backup = nullptr;
    QPushButton *m_check = nullptr;
    QFutureWatcher<ledger::VerifyReport> m_watcher;
};

} // namespace clearline::ui
