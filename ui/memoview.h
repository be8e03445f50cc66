// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;
class QTextBrowser;

namespace clearline::ui {

class ProfileSession;

/// A filed memo as it stands, with every revision: when, signed by which
/// key, and why it was corrected; and the signed data itself.
class MemoView : public QDialog
{
    Q_OBJECT

public:
    MemoView(ProfileSession &session, const QString &recordId, QWidget *parent = nullptr);

    QString text() const;
    /// The signed revisions as indented JSON (the "Signed data" tab).
    QString signedData() const;

private:
    QTextBrowser *m_browser = nullptr;
    QPlainTextEdit *m_raw = nullptr;
};

} // namespace clearline::ui
