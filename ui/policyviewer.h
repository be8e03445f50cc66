// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/pack.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QVBoxLayout;
class QWebEngineView;

namespace clearline::ui {

/// The active district's rules as a readable page (QtWebEngine, from the
/// local template), searchable, and able to open at a clause. The web view
/// is made the first time the viewer is shown.
class PolicyViewer : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyViewer(QWidget *parent = nullptr);

    /// Shows `pack` in `language`; opens at `clauseId` when given.
    void showPack(const policy::Pack &pack, const QString &language, const QString &clauseId = {});
    void showClause(const QString &clauseId);
    /// A message in place of the page (no pack chosen, a broken pack).
    void showMessage(const QString &message);
    /// A line above the page (authoring mode); empty hides it.
    void setBanner(const QString &text);
    QString banner() const;

    QWebEngineView *view() const { return m_view; }

Q_SIGNALS:
    void pageReady(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensureView();
    void find();

    QVBoxLayout *m_layout = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_banner = nullptr;
    QWebEngineView *m_view = nullptr;
    QString m_html;
    QString m_pendingClause;
};

} // namespace clearline::ui
