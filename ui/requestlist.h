// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/requestbook.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace clearline::ui {

class ProfileSession;

/// "Your requests" on the home screen: drafts and sent requests, open ones
/// first, each with its status and what is due next. Follows the session.
class RequestList : public QWidget
{
    Q_OBJECT

public:
    explicit RequestList(ProfileSession &session, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    const QList<requests::RequestItem> &items() const { return m_items; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void draftActivated(const QString &draftId);
    void requestActivated(const QString &recordId);

private:
    void activate(QTreeWidgetItem *item);

    ProfileSession &m_session;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_empty = nullptr;
    QList<requests::RequestItem> m_items;
};

} // namespace clearline::ui
