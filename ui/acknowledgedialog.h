// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace clearline::ui {

class PolicyViewer;
class ProfileSession;

/// The yearly acknowledgment: this school year's policy to read, a box to
/// tick, and the signed record of it.
class AcknowledgeDialog : public QDialog
{
    Q_OBJECT

public:
    AcknowledgeDialog(ProfileSession &session, const QString &language, QWidget *parent = nullptr);

    QCheckBox *readBox() const { return m_read; }
    QPushButton *signButton() const { return m_sign; }
    PolicyViewer *viewer() const { return m_viewer; }

private:
    void sign();

    ProfileSession &m_session;
    PolicyViewer *m_viewer = nullptr;
    QCheckBox *m_read = nullptr;
    QPushButton *m_sign = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace clearline::ui
