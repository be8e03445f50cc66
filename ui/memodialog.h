// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledger.h"
#include "ledger/memo.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace clearline::ui {

class ProfileSession;

/// Writing a memo to file. What is typed is kept as a draft as the person
/// goes, so closing the window loses nothing; "File memo" signs and saves it
/// for good.
class MemoDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new memo, or the draft given.
    MemoDialog(ProfileSession &session, const ledger::Draft &draft = {}, QWidget *parent = nullptr);

    ledger::Memo memo() const;
    QString draftId() const { return m_draftId; }
    /// Adds a file as an attachment (the "Attach a file…" button asks for one).
    bool attach(const QString &path);

public Q_SLOTS:
    void fileMemo();
    void discardDraft();
    void saveDraft();

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void changed();
    void chooseAttachment();

    ProfileSession &m_session;
    QString m_draftId;
    QList<ledger::AttachmentRef> m_attachments;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QListWidget *m_files = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_file = nullptr;
    QTimer m_autosave;
    bool m_dirty = false;
};

} // namespace clearline::ui
