// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/homepage.h"

#include "contacts/contactbook.h"
#include "disclosures/disclosurebook.h"
#include "notices/noticebook.h"
#include "requests/dutybook.h"
#include "requests/requestbook.h"
#include "requests/requestfiling.h"

#include "core/zonedtime.h"
#include "ui/contactlogview.h"
#include "ui/memolist.h"
#include "ui/profilesession.h"
#include "ui/requestlist.h"
#include "ui/taskcard.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace clearline::ui {

namespace {

constexpr int kColumns = 3;

QLabel *heading(const QString &text, qreal scale = 1.2)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    label->setAccessibleName(text);
    return label;
}

/// A card says what a procedure is for in one sentence.
QString firstSentence(const QString &text)
{
    const QString simple = text.simplified();
    const qsizetype end = simple.indexOf(QStringLiteral(". "));
    return end < 0 ? simple : simple.left(end + 1);
}

} // namespace

HomePage::HomePage(ProfileSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_cardArea(new QVBoxLayout)
    , m_reminder(new QLabel)
    , m_requests(new RequestList(session))
    , m_accountsHeading(heading(tr("Your professional accounts")))
    , m_accounts(new QListWidget)
    , m_memos(new MemoList(session))
    , m_attentionHeading(heading(tr("Needs your attention")))
    , m_attention(new QListWidget)
    , m_trips(new QListWidget)
    , m_contactLog(new ContactLogView(session))
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);

    layout->addWidget(heading(tr("Welcome to ClearLine"), 1.6));
    auto *intro = new QLabel(tr("ClearLine helps you follow your district's rules for communicating with "
                                "students and families, and keeps the record of what you did."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // The yearly acknowledgment, when it is still to do.
    m_reminderBox = new QFrame;
    m_reminderBox->setObjectName(QStringLiteral("reminder"));
    static_cast<QFrame *>(m_reminderBox)->setFrameShape(QFrame::StyledPanel);
    auto *reminderLayout = new QHBoxLayout(m_reminderBox);
    m_reminder->setWordWrap(true);
    m_remindButton = new QPushButton(tr("Read and acknowledge…"));
    connect(m_remindButton, &QPushButton::clicked, this, &HomePage::acknowledgmentRequested);
    reminderLayout->addWidget(m_reminder, 1);
    reminderLayout->addWidget(m_remindButton);
    layout->addWidget(m_reminderBox);
    m_attention->setAccessibleName(tr("Needs your attention"));
    m_attention->setMaximumHeight(120);
    layout->addWidget(m_attentionHeading);
    layout->addWidget(m_attention);

    layout->addLayout(m_cardArea);

    layout->addWidget(heading(tr("Your requests")));
    layout->addWidget(m_requests);
    layout->addWidget(heading(tr("Your trips")));
    m_trips->setAccessibleName(tr("Your trips"));
    m_trips->setMaximumHeight(120);
    layout->addWidget(m_trips);
    layout->addWidget(heading(tr("Your contact log")));
    layout->addWidget(m_contactLog);
    m_accounts->setAccessibleName(tr("Your professional accounts"));
    m_accounts->setMaximumHeight(110);
    layout->addWidget(m_accountsHeading);
    layout->addWidget(m_accounts);
    layout->addWidget(heading(tr("Your memos")));
    layout->addWidget(m_memos);
    layout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(&session, &ProfileSession::packChanged, this, &HomePage::refresh);
    connect(&session, &ProfileSession::recordsChanged, this, [this] {
        refreshReminder();
        refreshAccounts();
        refreshTrips();
    });
    connect(m_trips, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT disclosureOpened(item->data(Qt::UserRole).toString()); });
    connect(m_attention, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString kind = item->data(Qt::UserRole).toString();
        const QString id = item->data(Qt::UserRole + 1).toString();
        if (kind == QLatin1String("disclosure")) {
            Q_EMIT disclosureOpened(id);
        } else if (kind == QLatin1String("forward")) {
            Q_EMIT forwardingConfirmed(id);
        } else if (kind == QLatin1String("concern")) {
            Q_EMIT concernReported(id);
        } else if (kind == QLatin1String("contact-to-do")) {
            Q_EMIT contactToDoDone(id, item->data(Qt::UserRole + 2).toString());
        } else if (kind == QLatin1String("notice")) {
            Q_EMIT noticeRequested(id);
        } else if (kind == QLatin1String("follow-on")) {
            Q_EMIT followOnRequested(id);
        } else if (kind == QLatin1String("duty")) {
            Q_EMIT dutyDoneRequested(id);
        } else if (kind == QLatin1String("pack-update")) {
            QMessageBox::information(this, tr("Renew the list of approved platforms"),
                                     tr("Your district's list of approved platforms lives in its policy pack. Send "
                                        "this year's list to whoever looks after the pack (district IT); this "
                                        "reminder goes away when the updated pack arrives. Until then, approvers "
                                        "are asked to check each platform again."));
        }
    });
    refresh();
}

void HomePage::refresh()
{
    rebuildCards();
    refreshReminder();
    refreshAccounts();
    refreshTrips();
}

void HomePage::rebuildCards()
{
    qDeleteAll(m_sections);
    m_sections.clear();
    m_cards.clear();

    QList<Task> staff;
    staff.append({tr("Log a contact"),
                  tr("Write down a call, text or message with a student or family (Ctrl+Shift+L)."),
                  [this] { Q_EMIT contactRequested(); }});
    staff.append({tr("Share my number for a trip"),
                  tr("Give students or families your number for a trip the way your district asks."),
                  [this] { Q_EMIT disclosureRequested(); }});
    if (const policy::Pack *pack = m_session.pack()) {
        // The request a trip disclosure asks for is made from the disclosure.
        const QString tripProcedure =
            disclosures::assess(*pack, {}, QStringLiteral("students-and-parents")).procedureId;
        for (const policy::Procedure &procedure : pack->procedures) {
            // A request that waits on another's approval is offered as the
            // next step once that one is approved, not as a card.
            if (procedure.id == tripProcedure || pack->approvalFirst(procedure.id)) {
                continue;
            }
            staff.append({policy::localizedText(procedure.title),
                          firstSentence(policy::localizedText(procedure.summary)),
                          [this, id = procedure.id] { Q_EMIT procedureRequested(id); }});
        }
    }
    staff.append({tr("Write a memo to file"), tr("Keep a note of a conversation or event that needs documenting."),
                  [this] { Q_EMIT memoRequested(); }});
    // Only a pack with a duty the acknowledgment does asks for it; without
    // a pack the card stays, and its dialog says why it cannot be signed.
    if (!m_session.pack() || !requests::acknowledgedDuties(*m_session.pack()).isEmpty()) {
        staff.append({tr("Acknowledge this year's policy"), tr("Read your district's policy and confirm you have."),
                      [this] { Q_EMIT acknowledgmentRequested(); }});
    }
    m_sections.append(addSection(tr("What do you want to do?"), staff));
    if (!m_session.pack()) {
        auto *note = new QLabel(m_session.packProblem());
        note->setWordWrap(true);
        m_cardArea->addWidget(note);
        m_sections.append(note);
    }
    m_sections.append(
        addSection(tr("For principals and approvers"),
                   {{tr("Review requests"), tr("Approve, deny or return what waits for your decision (Ctrl+Shift+R)."),
                     [this] { Q_EMIT reviewRequested(); }},
                    {tr("Building overview"),
                     tr("See the school's duties, who has acknowledged the policy and what is open "
                        "this week."),
                     [this] { Q_EMIT overviewRequested(); }},
                    {tr("Find records"),
                     tr("Search every record and export it as CSV or PDF, for a public-records request "
                        "(Ctrl+Shift+F)."),
                     [this] { Q_EMIT recordsRequested(); }}}));
}

void HomePage::refreshReminder()
{
    const policy::Pack *pack = m_session.pack();
    const auto info = m_session.identityInfo();
    requests::AcknowledgmentReminder reminder;
    if (pack && info && m_session.ledger()) {
        const requests::RequestBook book(*m_session.ledger(), *pack, info->personId);
        reminder = requests::AcknowledgmentReminder::of(*pack, book.acknowledgments(), requests::districtToday(*pack));
    }
    if (reminder.due) {
        m_reminder->setText(reminder.dueBy.isValid()
                                ? tr("To do for the school year %1: %2, by %3.")
                                      .arg(reminder.schoolYear, reminder.dutyTitle,
                                           QLocale().toString(reminder.dueBy, QLocale::LongFormat))
                                : tr("To do for the school year %1: %2.").arg(reminder.schoolYear, reminder.dutyTitle));
    }
    m_reminderBox->setVisible(reminder.due);
}

void HomePage::refreshAccounts()
{
    m_accounts->clear();
    const policy::Pack *pack = m_session.pack();
    const bool registers = pack && std::any_of(pack->procedures.begin(), pack->procedures.end(),
                                               [](const policy::Procedure &p) { return p.registers.isSet(); });
    m_accountsHeading->setVisible(registers);
    m_accounts->setVisible(registers);
    const auto info = m_session.identityInfo();
    if (!registers || !info || !m_session.ledger()) {
        return;
    }
    const requests::RequestBook book(*m_session.ledger(), *pack, info->personId);
    for (const requests::RegisteredAccount &account : book.registry(requests::districtToday(*pack))) {
        m_accounts->addItem(
            tr("%1: %2 (registered %3)")
                .arg(account.platform, account.address, QLocale().toString(account.since, QLocale::ShortFormat)));
    }
    if (m_accounts->count() == 0) {
        m_accounts->addItem(tr("None yet. An account appears here once its request has gone through."));
    }
}

void HomePage::refreshTrips()
{
    m_trips->clear();
    m_attention->clear();
    const policy::Pack *pack = m_session.pack();
    const auto info = m_session.identityInfo();
    if (pack && info && m_session.ledger()) {
        const QDate today = requests::districtToday(*pack);
        for (const disclosures::DisclosureItem &item :
             disclosures::DisclosureBook(*m_session.ledger(), *pack, info->personId).items(today)) {
            const QString line =
                tr("%1 (%2): %3").arg(item.disclosure.trip.name, item.disclosure.trip.dates(), item.status.stateName());
            auto *trip =
                new QListWidgetItem(item.status.flagged() ? tr("%1, misuse reported").arg(line) : line, m_trips);
            trip->setData(Qt::UserRole, item.recordId);
            if (item.status.needsAttention()) {
                auto *todo = new QListWidgetItem(tr("%1: %2").arg(item.disclosure.trip.name, item.status.description()),
                                                 m_attention);
                todo->setData(Qt::UserRole, QStringLiteral("disclosure"));
                todo->setData(Qt::UserRole + 1, item.recordId);
            }
        }
        const contacts::ContactBook contacts(*m_session.ledger(), info->personId);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QTimeZone zone = core::zoneNamed(pack->district.timezone);
        for (const contacts::ContactItem &item : contacts.entries()) {
            for (const contacts::ContactToDoItem &toDo : item.openToDos()) {
                const QString about =
                    tr("%1 (your contact with %2, %3)")
                        .arg(toDo.words(), item.entry.initials, core::zonedTimeText(item.entry.when, zone));
                const QString line = !toDo.due.isValid() ? about
                                     : toDo.isLate(now)
                                         ? tr("Overdue since %1: %2").arg(core::zonedTimeText(toDo.due, zone), about)
                                         : tr("By %1: %2").arg(core::zonedTimeText(toDo.due, zone), about);
                auto *todo = new QListWidgetItem(line, m_attention);
                todo->setData(Qt::UserRole, QStringLiteral("contact-to-do"));
                todo->setData(Qt::UserRole + 1, item.recordId);
                todo->setData(Qt::UserRole + 2, toDo.id);
            }
            if (item.awaitsForwarding()) {
                auto *todo = new QListWidgetItem(
                    tr("Forward a copy of your message to %1 (%2) to your district account.")
                        .arg(item.entry.initials,
                             core::zonedTimeText(item.entry.when, core::zoneNamed(pack->district.timezone))),
                    m_attention);
                todo->setData(Qt::UserRole, QStringLiteral("forward"));
                todo->setData(Qt::UserRole + 1, item.recordId);
            }
        }
        // The request the policy says comes next, once one is approved.
        for (const requests::FollowOn &next :
             requests::RequestBook(*m_session.ledger(), *pack, info->personId).followOns(today)) {
            auto *todo =
                new QListWidgetItem(tr("Next step: \"%1\" is approved. Now send \"%2\"; your answers are filled in.")
                                        .arg(next.followsTitle, next.title),
                                    m_attention);
            todo->setData(Qt::UserRole, QStringLiteral("follow-on"));
            todo->setData(Qt::UserRole + 1, next.followsRecordId);
        }
        for (const notices::NoticeDue &due :
             notices::NoticeBook(*m_session.ledger(), *pack, info->personId).due(today)) {
            auto *todo = new QListWidgetItem(
                tr("Hand out \"%1\" for \"%2\", then record to whom.").arg(due.noticeTitle, due.requestTitle),
                m_attention);
            todo->setData(Qt::UserRole, QStringLiteral("notice"));
            todo->setData(Qt::UserRole + 1, due.requestId);
        }
        for (const contacts::OpenConcern &open : contacts.unreportedConcerns()) {
            auto *todo = new QListWidgetItem(
                tr("Report your concern about %1, then record when you did.").arg(open.concern.initials), m_attention);
            todo->setData(Qt::UserRole, QStringLiteral("concern"));
            todo->setData(Qt::UserRole + 1, open.recordId);
        }
        addDuties(*pack, *info, today);
    }
    if (m_trips->count() == 0) {
        m_trips->addItem(tr("None yet. Use \"Share my number for a trip\" before you give out your number."));
        m_trips->item(0)->setFlags(Qt::NoItemFlags);
    }
    m_attentionHeading->setVisible(m_attention->count() > 0);
    m_attention->setVisible(m_attention->count() > 0);
}

void HomePage::addDuties(const policy::Pack &pack, const crypto::IdentityInfo &info, const QDate &today)
{
    const requests::DutyBook book(*m_session.ledger(), pack, info.school);
    // Overdue duties go above everything else, in their order (the earliest
    // due first); the others after what is already listed.
    int overdueRow = 0;
    for (const requests::DutyItem &duty : book.heldBy(info.personId, info.publicKey, today)) {
        // The acknowledgment has its own reminder above the list.
        if (!duty.isOpen() || duty.byAcknowledgment) {
            continue;
        }
        const QString due = QLocale().toString(duty.dueBy, QLocale::LongFormat);
        QString text;
        switch (duty.state) {
        case requests::DutyItem::State::Overdue:
            text = tr("Overdue since %1: %2").arg(due, duty.title);
            break;
        case requests::DutyItem::State::DueSoon:
            text = tr("Due soon, by %1: %2").arg(due, duty.title);
            break;
        default:
            text = duty.dueBy.isValid() ? tr("To do by %1: %2").arg(due, duty.title) : tr("To do: %1").arg(duty.title);
        }
        auto *todo = new QListWidgetItem(text);
        todo->setData(Qt::UserRole, duty.byPackUpdate ? QStringLiteral("pack-update") : QStringLiteral("duty"));
        todo->setData(Qt::UserRole + 1, duty.dutyId);
        todo->setToolTip(duty.byPackUpdate ? tr("Open to see how it is done.") : tr("Open to mark it as done."));
        if (duty.state == requests::DutyItem::State::Overdue) {
            todo->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            QFont font = todo->font();
            font.setBold(true);
            todo->setFont(font);
            m_attention->insertItem(overdueRow++, todo);
        } else {
            m_attention->addItem(todo);
        }
    }
}

TaskCard *HomePage::card(const QString &title) const
{
    const auto it = std::find_if(m_cards.begin(), m_cards.end(), [&](TaskCard *c) { return c->title() == title; });
    return it == m_cards.end() ? nullptr : *it;
}

QWidget *HomePage::addSection(const QString &title, const QList<Task> &tasks)
{
    auto *section = new QWidget;
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(heading(title));

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const Task &task = tasks.at(i);
        auto *card = new TaskCard(task.title, task.description);
        if (task.open) {
            connect(card, &TaskCard::activated, this, task.open);
        } else {
            card->setComingLater();
        }
        m_cards.append(card);
        grid->addWidget(card, static_cast<int>(i / kColumns), static_cast<int>(i % kColumns));
    }
    layout->addLayout(grid);
    m_cardArea->addWidget(section);
    return section;
}

} // namespace clearline::ui
