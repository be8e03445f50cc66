// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/requestlist.h"

#include "requests/requestfiling.h"

#include "ui/profilesession.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace clearline::ui {

namespace {
constexpr int kIndexRole = Qt::UserRole + 1;
} // namespace

RequestList::RequestList(ProfileSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tree(new QTreeWidget)
    , m_empty(new QLabel(tr("You have no requests yet. Choose what you want to do above.")))
{
    m_tree->setAccessibleName(tr("Your requests"));
    m_tree->setHeaderLabels({tr("Request"), tr("Status"), tr("What happens next")});
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setMinimumHeight(140);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this, &RequestList::activate);
    connect(&m_session, &ProfileSession::recordsChanged, this, &RequestList::refresh);
    connect(&m_session, &ProfileSession::packChanged, this, &RequestList::refresh);
    refresh();
}

void RequestList::refresh()
{
    m_tree->clear();
    m_items.clear();
    const auto info = m_session.identityInfo();
    if (m_session.ledger() && m_session.pack() && info) {
        const requests::RequestBook book(*m_session.ledger(), *m_session.pack(), info->personId);
        m_items = book.items(requests::districtToday(*m_session.pack()));
    }
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const requests::RequestItem &request = m_items.at(i);
        auto *item = new QTreeWidgetItem({request.title, request.status.stateName(), request.status.description()});
        item->setData(0, kIndexRole, int(i));
        item->setToolTip(2, request.status.description());
        if (request.status.state == requests::RequestStatus::State::Draft) {
            QFont italic = item->font(0);
            italic.setItalic(true);
            item->setFont(0, italic);
        }
        m_tree->addTopLevelItem(item);
    }
    m_empty->setVisible(m_items.isEmpty());
    m_tree->setVisible(!m_items.isEmpty());
}

void RequestList::activate(QTreeWidgetItem *item)
{
    const requests::RequestItem &request = m_items.at(item->data(0, kIndexRole).toInt());
    if (!request.draftId.isEmpty()) {
        Q_EMIT draftActivated(request.draftId);
    } else {
        Q_EMIT requestActivated(request.recordId);
    }
}

} // namespace clearline::ui
