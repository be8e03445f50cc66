// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

namespace clearline::ui {

class MemoList;
class ProfileSession;
class TaskCard;

/// The first screen: what a person can come to do, as cards, for staff and
/// for approvers. Cards whose capability is not built yet say so.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(ProfileSession &session, QWidget *parent = nullptr);

    QList<TaskCard *> cards() const { return m_cards; }
    MemoList *memoList() const { return m_memos; }

Q_SIGNALS:
    void memoRequested();

private:
    /// A task is a card's title and description; a task without a slot to
    /// call is not built yet and says so.
    struct Task
    {
        QString title;
        QString description;
        void (HomePage::*signal)() = nullptr;
    };
    QWidget *addSection(const QString &heading, const QList<Task> &tasks);

    QList<TaskCard *> m_cards;
    MemoList *m_memos = nullptr;
};

} // namespace clearline::ui
