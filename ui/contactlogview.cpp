// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/contactlogview.h"

#include "core/zonedtime.h"
#include "policy/vocabulary.h"
#include "policy/vocabularywords.h"
#include "ui/profilesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace clearline::ui {

namespace {

const QDate kAnyDay(2000, 1, 1);

QDateEdit *dayFilter()
{
    auto *edit = new QDateEdit;
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDay);
    edit->setSpecialValueText(ContactLogView::tr("Any day"));
    edit->setDate(kAnyDay);
    return edit;
}

} // namespace

ContactLogView::ContactLogView(ProfileSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_from(dayFilter())
    , m_to(dayFilter())
    , m_student(new QLineEdit)
    , m_channel(new QComboBox)
    , m_offHours(new QCheckBox(tr("Off-hours")))
    , m_flagged(new QCheckBox(tr("Flagged")))
    , m_list(new QTreeWidget)
{
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_student->setPlaceholderText(tr("Initials or roster id"));
    m_student->setAccessibleName(tr("Student"));
    m_channel->addItem(tr("Any channel"), QString());
    for (const QString &channel : policy::vocabulary::kChannels) {
        m_channel->addItem(policy::VocabularyWords::channel(channel), channel);
    }
    m_channel->setAccessibleName(tr("Channel"));
    m_list->setHeaderLabels({tr("When"), tr("With"), tr("Channel"), tr("Purpose"), tr("Notes")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Your contact log"));
    m_list->setMinimumHeight(140);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From")));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to")));
    filters->addWidget(m_to);
    filters->addWidget(m_student);
    filters->addWidget(m_channel);
    filters->addWidget(m_offHours);
    filters->addWidget(m_flagged);
    filters->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_list);

    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, &ContactLogView::refresh);
    }
    connect(m_student, &QLineEdit::textChanged, this, &ContactLogView::refresh);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ContactLogView::refresh);
    connect(m_offHours, &QCheckBox::toggled, this, &ContactLogView::refresh);
    connect(m_flagged, &QCheckBox::toggled, this, &ContactLogView::refresh);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT entryActivated(item->data(0, Qt::UserRole).toString()); });
    connect(&session, &ProfileSession::recordsChanged, this, &ContactLogView::refresh);
    refresh();
}

contacts::ContactFilter ContactLogView::filter() const
{
    contacts::ContactFilter filter;
    filter.from = m_from->date() == kAnyDay ? QDate() : m_from->date();
    filter.to = m_to->date() == kAnyDay ? QDate() : m_to->date();
    filter.student = m_student->text();
    filter.channel = m_channel->currentData().toString();
    filter.offHoursOnly = m_offHours->isChecked();
    filter.flaggedOnly = m_flagged->isChecked();
    return filter;
}

void ContactLogView::refresh()
{
    m_list->clear();
    const auto info = m_session.identityInfo();
    if (!info || !m_session.ledger()) {
        return;
    }
    const QList<contacts::ContactItem> items =
        contacts::ContactBook(*m_session.ledger(), info->personId).entries(filter());
    for (const contacts::ContactItem &item : items) {
        QStringList notes;
        if (item.offHours) {
            notes.append(tr("off-hours"));
        }
        if (item.flagged()) {
            notes.append(item.entry.atRisk ? tr("student at risk")
                                           : tr("flagged: %1").arg(policy::VocabularyWords::verdict(item.verdict)));
        }
        if (item.awaitsForwarding()) {
            notes.append(tr("forward a copy"));
        }
        auto *row = new QTreeWidgetItem(m_list, {core::zonedTimeText(item.entry.when), item.entry.initials,
                                                 policy::VocabularyWords::channel(item.entry.channel),
                                                 item.entry.purposeText(), notes.join(QStringLiteral(", "))});
        row->setData(0, Qt::UserRole, item.recordId);
    }
    if (items.isEmpty()) {
        auto *row = new QTreeWidgetItem(m_list, {tr("No entries match.")});
        row->setFlags(Qt::NoItemFlags);
        row->setFirstColumnSpanned(true);
    }
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
}

} // namespace clearline::ui
