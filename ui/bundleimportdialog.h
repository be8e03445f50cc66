// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace clearline::crypto {
class SigningKey;
}

namespace clearline::ui {

class ProfileSession;

/// Takes in bundles colleagues sent. It first checks them without changing
/// anything and shows what they would add; people new to this profile are
/// listed by fingerprint, to be ticked only after comparing it with them.
class BundleImportDialog : public QDialog
{
    Q_OBJECT

public:
    BundleImportDialog(ProfileSession &session, QStringList files, QWidget *parent = nullptr);

    /// Imports with the people ticked; the dialog then shows what happened.
    void importChecked();
    QListWidget *peopleList() const { return m_people; }
    QString reportText() const;

private:
    void check();
    /// The key to open a locked bundle with; nothing for a plain one.
    const crypto::SigningKey *keyFor(const QString &file);

    ProfileSession &m_session;
    QStringList m_files;
    QLabel *m_intro = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QLabel *m_peopleNote = nullptr;
    QListWidget *m_people = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace clearline::ui
