// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledger.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace clearline::ui {

class ProfileSession;

/// The person's memos on the home screen: drafts first, then what was
/// filed, newest first. Follows the session's changes.
class MemoList : public QWidget
{
    Q_OBJECT

public:
    explicit MemoList(ProfileSession &session, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void draftActivated(const clearline::ledger::Draft &draft);
    void memoActivated(const QString &recordId);

private:
    void activate(QListWidgetItem *item);

    ProfileSession &m_session;
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QList<ledger::Draft> m_drafts;
};

} // namespace clearline::ui
