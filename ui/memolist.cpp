// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/memolist.h"

#include "core/zonedtime.h"
#include "ledger/memo.h"
#include "ui/profilesession.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace clearline::ui {

namespace {
// Item data: a draft's index in m_drafts, or a filed memo's record id.
constexpr int kDraftRole = Qt::UserRole + 1;
constexpr int kRecordRole = Qt::UserRole + 2;
} // namespace

MemoList::MemoList(ProfileSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QListWidget)
    , m_empty(new QLabel(tr("You have not written any memos yet.")))
{
    m_list->setAccessibleName(tr("Your memos"));
    m_list->setMinimumHeight(120);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemActivated, this, &MemoList::activate);
    connect(&m_session, &ProfileSession::recordsChanged, this, &MemoList::refresh);
    refresh();
}

void MemoList::refresh()
{
    m_list->clear();
    ledger::Ledger *ledger = m_session.ledger();
    m_drafts = ledger ? ledger->drafts(ledger::Memo::kKind) : QList<ledger::Draft>();
    const QList<ledger::RecordSummary> memos =
        ledger ? ledger->records(ledger::Memo::kKind) : QList<ledger::RecordSummary>();
    const QLocale locale;
    for (qsizetype i = 0; i < m_drafts.size(); ++i) {
        const QString title = ledger::Memo::fromPayload(m_drafts.at(i).payload).title.trimmed();
        auto *item =
            new QListWidgetItem(tr("Draft, not filed yet: %1").arg(title.isEmpty() ? tr("(no title)") : title));
        item->setData(kDraftRole, static_cast<int>(i));
        QFont italic = item->font();
        italic.setItalic(true);
        item->setFont(italic);
        m_list->addItem(item);
    }
    for (const ledger::RecordSummary &memo : memos) {
        QString text = tr("%1, filed %2").arg(memo.title, core::zonedTimeText(memo.created));
        if (memo.revisionCount > 1) {
            text += tr(" (corrected)");
        }
        auto *item = new QListWidgetItem(text);
        item->setData(kRecordRole, memo.recordId);
        m_list->addItem(item);
    }
    const bool empty = m_list->count() == 0;
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
}

void MemoList::activate(QListWidgetItem *item)
{
    if (const QVariant draft = item->data(kDraftRole); draft.isValid()) {
        Q_EMIT draftActivated(m_drafts.value(draft.toInt()));
    } else {
        Q_EMIT memoActivated(item->data(kRecordRole).toString());
    }
}

} // namespace clearline::ui
