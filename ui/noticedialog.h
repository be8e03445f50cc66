// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notices/noticebook.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace clearline::ui {

class ProfileSession;

/// A notice a request asks the person to hand out (policies/README.md,
/// `notices`): the filled-in text in each of the district's languages, to
/// copy or print, and a line to record to whom it was given.
class NoticeDialog : public QDialog
{
    Q_OBJECT

public:
    NoticeDialog(ProfileSession &session, const QString &requestId, QWidget *parent = nullptr);

    QComboBox *noticeChoice() const { return m_notice; }
    QComboBox *language() const { return m_language; }
    QPlainTextEdit *text() const { return m_text; }
    QLineEdit *givenTo() const { return m_givenTo; }
    QPushButton *recordButton() const { return m_record; }
    QLabel *history() const { return m_history; }

    /// Records the handout to whoever givenTo() names; false with error.
    bool recordHandout(QString *error);

private:
    void showNotice();

    ProfileSession &m_session;
    QString m_requestId;
    QList<notices::RequestNotice> m_notices;
    QComboBox *m_notice;
    QComboBox *m_language;
    QPlainTextEdit *m_text;
    QLineEdit *m_givenTo;
    QPushButton *m_record;
    QLabel *m_history;
};

} // namespace clearline::ui
