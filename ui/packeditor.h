// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/packerror.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace clearline::policy {
struct Pack;
}

namespace clearline::ui {

/// For district IT: pack.yaml with YAML highlighting, checked as one types,
/// every mistake listed and one click from its line, and a preview of the
/// procedures as staff will see them.
class PackEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PackEditor(QWidget *parent = nullptr);

    /// Opens a pack file; false with a message when it cannot be read.
    bool openFile(const QString &path, QString *error);
    bool save(QString *error);
    void setText(const QString &text, const QString &fileName);

    QPlainTextEdit *textEdit() const { return m_text; }
    QListWidget *errorList() const { return m_errors; }
    QString status() const;
    QString previewText() const;
    KSyntaxHighlighting::SyntaxHighlighter *highlighter() const { return m_highlighter; }

public Q_SLOTS:
    /// Checks the text now (it is also checked shortly after each change).
    void validate();

Q_SIGNALS:
    void validated(bool valid);

private:
    void jumpTo(QListWidgetItem *item);
    void saveWithMessage(bool chooseFile);
    void showPreview(const policy::Pack &pack);

    QString m_file;
    QPlainTextEdit *m_text = nullptr;
    QListWidget *m_errors = nullptr;
    QLabel *m_status = nullptr;
    QTextBrowser *m_preview = nullptr;
    QTabWidget *m_tabs = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QTimer m_debounce;
};

} // namespace clearline::ui
