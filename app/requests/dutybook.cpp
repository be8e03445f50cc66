// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/dutybook.h"

#include "requests/acknowledgment.h"
#include "requests/platformlist.h"
#include "requests/routeplan.h"

#include <QLocale>

namespace clearline::requests {

const QString DutyItem::kPlatformListRenewal = QStringLiteral("platform-list-renewal");

QString DutyItem::stateId() const
{
    switch (state) {
    case State::ToDo:
        return QStringLiteral("to-do");
    case State::DueSoon:
        return QStringLiteral("due-soon");
    case State::Overdue:
        return QStringLiteral("overdue");
    case State::Done:
        return QStringLiteral("done");
    }
    return {};
}

QString DutyItem::stateText() const
{
    const QString due = QLocale().toString(dueBy, QLocale::LongFormat);
    switch (state) {
    case State::ToDo:
        return dueBy.isValid() ? tr("to do by %1").arg(due) : tr("to do");
    case State::DueSoon:
        return tr("due soon, by %1").arg(due);
    case State::Overdue:
        return tr("overdue since %1").arg(due);
    case State::Done:
        return doneBy.isEmpty()
                   ? tr("done on %1").arg(QLocale().toString(doneAt.date(), QLocale::LongFormat))
                   : tr("done by %1 on %2").arg(doneBy, QLocale().toString(doneAt.date(), QLocale::LongFormat));
    }
    return {};
}

DutyItem::State DutyItem::openState(const QDate &dueBy, const QDate &today)
{
    if (dueBy.isValid() && today > dueBy) {
        return State::Overdue;
    }
    if (dueBy.isValid() && today.daysTo(dueBy) <= kDueSoonDays) {
        return State::DueSoon;
    }
    return State::ToDo;
}

void sortDuties(QList<DutyItem> &items)
{
    const auto rank = [](const DutyItem &item) {
        switch (item.state) {
        case DutyItem::State::Overdue:
            return 0;
        case DutyItem::State::DueSoon:
            return 1;
        case DutyItem::State::ToDo:
            return 2;
        case DutyItem::State::Done:
            return 3;
        }
        return 3;
    };
    std::stable_sort(items.begin(), items.end(), [&](const DutyItem &a, const DutyItem &b) {
        if (rank(a) != rank(b)) {
            return rank(a) < rank(b);
        }
        // Without a due date last: nothing presses.
        if (a.dueBy.isValid() != b.dueBy.isValid()) {
            return a.dueBy.isValid();
        }
        return a.dueBy < b.dueBy;
    });
}

DutyBook::DutyBook(const ledger::Ledger &ledger, const policy::Pack &pack, QString school)
    : m_ledger(ledger)
    , m_pack(pack)
    , m_school(std::move(school))
{
    for (const ledger::KnownPerson &person : ledger.people()) {
        m_names.insert(person.personId, person.name);
    }
    for (const ledger::RecordSummary &summary : ledger.records(DutyDone::kKind)) {
        const auto head = ledger.revision(summary.headRevision);
        if (!head) {
            continue;
        }
        const DutyDone done = DutyDone::fromPayload(head->payload);
        if (done.district == pack.district.id) {
            m_done.append({done, summary.recordId, head->authorId, head->authorKey, head->created});
        }
    }
}

QString DutyBook::nameOf(const QString &personId, const QByteArray &key) const
{
    for (const policy::Role &role : m_pack.roles) {
        for (const policy::RoleHolder &holder : role.holders) {
            if (!key.isEmpty() && holder.key == key) {
                return holder.name;
            }
        }
    }
    return m_names.value(personId);
}

std::optional<DutyBook::Done> DutyBook::doneFor(const policy::Duty &duty, const QString &period,
                                                const QString &personId) const
{
    for (const Done &done : m_done) {
        if (done.done.dutyId != duty.id || done.done.period != period) {
            continue;
        }
        // A duty of `staff` is each person's own; a role's duty is done by
        // whoever holds the role (here, for a school's role) when they sign.
        const bool counts =
            isPersonalDuty(duty) ? done.authorId == personId : holdsDuty(m_pack, duty, m_school, done.authorKey);
        if (counts) {
            return done;
        }
    }
    return std::nullopt;
}

DutyItem DutyBook::judge(const policy::Duty &duty, const QString &personId, const QDate &today) const
{
    DutyItem item;
    item.dutyId = duty.id;
    item.title = policy::localizedText(duty.title);
    item.byAcknowledgment = duty.doneBy == QLatin1String("acknowledgment");
    const DutyPeriod period = DutyPeriod::of(m_pack, duty, today);
    item.period = period.id;
    item.dueBy = period.dueBy;
    if (item.byAcknowledgment) {
        // The yearly acknowledgment does this duty (RequestFiling::acknowledge).
        for (const ledger::RecordSummary &summary : m_ledger.records(Acknowledgment::kKind)) {
            const auto head = summary.authorId == personId ? m_ledger.revision(summary.headRevision) : std::nullopt;
            const Acknowledgment ack = head ? Acknowledgment::fromPayload(head->payload) : Acknowledgment{};
            if (head && ack.district == m_pack.district.id &&
                (ack.schoolYear == item.period || item.period == DutyDone::kOnce)) {
                item.state = DutyItem::State::Done;
                item.doneBy = nameOf(personId, head->authorKey);
                item.doneAt = head->created;
                item.recordId = summary.recordId;
                return item;
            }
        }
    } else if (const auto done = doneFor(duty, item.period, personId)) {
        item.state = DutyItem::State::Done;
        item.doneBy = nameOf(done->authorId, done->authorKey);
        item.doneAt = done->at;
        item.note = done->done.note;
        item.recordId = done->recordId;
        return item;
    }
    item.state = DutyItem::openState(item.dueBy, today);
    return item;
}

std::optional<DutyItem> DutyBook::platformListRenewal(const QDate &today) const
{
    const PlatformList platforms(m_pack, today);
    if (!platforms.isLapsed()) {
        return std::nullopt;
    }
    DutyItem item;
    item.dutyId = DutyItem::kPlatformListRenewal;
    item.title = DutyItem::tr("Renew the list of approved platforms for the school year %1").arg(platforms.dueYear());
    item.period = platforms.dueYear();
    item.dueBy = platforms.dueBy();
    item.byPackUpdate = true;
    item.state = DutyItem::openState(item.dueBy, today);
    return item;
}

QList<DutyItem> DutyBook::heldBy(const QString &personId, const QByteArray &key, const QDate &today) const
{
    QList<DutyItem> items;
    for (const policy::Duty &duty : m_pack.duties) {
        if (holdsDuty(m_pack, duty, m_school, key)) {
            items.append(judge(duty, personId, today));
        }
    }
    if (!key.isEmpty() && holdsRole(m_pack, m_pack.platforms.listOwner.id, m_school, key)) {
        if (const auto renewal = platformListRenewal(today)) {
            items.append(*renewal);
        }
    }
    sortDuties(items);
    return items;
}

QList<DutyItem> DutyBook::roleDuties(const QDate &today) const
{
    QList<DutyItem> items;
    for (const policy::Duty &duty : m_pack.duties) {
        if (!isPersonalDuty(duty)) {
            items.append(judge(duty, {}, today));
        }
    }
    if (const auto renewal = platformListRenewal(today)) {
        items.append(*renewal);
    }
    sortDuties(items);
    return items;
}

} // namespace clearline::requests
