// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace clearline::ui {

class ProfileSession;

/// "Send to…": writes a bundle for a colleague with what they have not
/// acknowledged yet, and opens the e-mail program with it attached where
/// the system allows (else it shows the file, to attach by hand).
class SendBundleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SendBundleDialog(ProfileSession &session, QWidget *parent = nullptr);

    QComboBox *recipients() const { return m_recipients; }
    QCheckBox *again() const { return m_again; }
    /// Writes the bundle for the chosen person to file; false with the
    /// reason shown in the dialog. With mail, hands it to the mail program.
    bool sendTo(const QString &file, bool mail);
    QString outcome() const;

private:
    void chooseFileAndSend();

    ProfileSession &m_session;
    QComboBox *m_recipients = nullptr;
    QCheckBox *m_again = nullptr;
    QLabel *m_outcome = nullptr;
    bool m_handedToMail = false;
};

} // namespace clearline::ui
