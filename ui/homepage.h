// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

namespace clearline::ui {

class TaskCard;

/// The first screen: what a person can come to do, as cards, for staff and
/// for approvers. Cards whose capability is not built yet say so.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(QWidget *parent = nullptr);

    QList<TaskCard *> cards() const { return m_cards; }

private:
    QWidget *addSection(const QString &heading, const QList<QPair<QString, QString>> &tasks);

    QList<TaskCard *> m_cards;
};

} // namespace clearline::ui
