// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace clearline::ui {

class ProfileSession;

/// Any record as it stands, with every revision: when, signed by which key,
/// and why it was corrected or withdrawn; and the signed data itself. A
/// person's own request that still stands can be corrected or withdrawn
/// from here, always by a new revision.
class RecordInspector : public QDialog
{
    Q_OBJECT

public:
    RecordInspector(ProfileSession &session, const QString &recordId, QWidget *parent = nullptr);

    QString text() const;
    /// The signed revisions as indented JSON (the "Signed data" tab).
    QString signedData() const;
    /// Set for the person's own request that still stands; else null.
    QPushButton *withdrawButton() const { return m_withdraw; }
    QPushButton *noticeButton() const { return m_notice; }
    QPushButton *correctButton() const { return m_correct; }
    /// Set for the records officer (district.records_officer); else null.
    QPushButton *holdButton() const { return m_hold; }
    /// The record's retention as shown ("Keep until …"), with its legal hold.
    QString retentionText() const;
    /// Places a legal hold with a reason, or releases it (what the Hold
    /// button asks for), as the records officer.
    bool placeHold(const QString &reason, QString *error);
    bool releaseHold(QString *error);
    /// Withdraws the request with a reason (what the Withdraw button asks).
    bool withdraw(const QString &reason, QString *error);

Q_SIGNALS:
    void correctionRequested(const QString &recordId);
    void noticeRequested(const QString &requestId);

private:
    void load();
    void askWithdraw();
    void askHold();

    ProfileSession &m_session;
    QString m_recordId;
    QTextBrowser *m_browser = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_notice = nullptr;
    QPushButton *m_correct = nullptr;
    QPushButton *m_hold = nullptr;
    QString m_retention;
    bool m_held = false;
};

} // namespace clearline::ui
