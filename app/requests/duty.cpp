// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/duty.h"

#include "requests/acknowledgment.h"
#include "requests/routeplan.h"

#include "policy/vocabulary.h"

namespace clearline::requests {

const QString DutyDone::kKind = QStringLiteral("duty-done");
const QString DutyDone::kOnce = QStringLiteral("once");

QJsonObject DutyDone::toPayload() const
{
    return {{QStringLiteral("title"),
             period == kOnce ? tr("Done: %1").arg(dutyTitle) : tr("Done for %1: %2").arg(period, dutyTitle)},
            {QStringLiteral("district"), district},
            {QStringLiteral("duty"), dutyId},
            {QStringLiteral("period"), period},
            {QStringLiteral("dutyTitle"), dutyTitle},
            {QStringLiteral("note"), note}};
}

DutyDone DutyDone::fromPayload(const QJsonObject &payload)
{
    DutyDone done;
    done.district = payload.value(QStringLiteral("district")).toString();
    done.dutyId = payload.value(QStringLiteral("duty")).toString();
    done.period = payload.value(QStringLiteral("period")).toString();
    done.dutyTitle = payload.value(QStringLiteral("dutyTitle")).toString();
    done.note = payload.value(QStringLiteral("note")).toString();
    return done;
}

DutyPeriod DutyPeriod::of(const policy::Pack &pack, const policy::Duty &duty, const QDate &today)
{
    if (duty.every != QLatin1String("school-year")) {
        return {DutyDone::kOnce, {}};
    }
    const policy::SchoolYear *year = schoolYearOf(pack, today);
    if (!year) {
        // A pack without a calendar still has years: the calendar one.
        return {QString::number(today.year()), {}};
    }
    return {year->id, duty.dueWithinDays > 0 ? year->start.addDays(duty.dueWithinDays) : year->end};
}

const policy::Duty *findDuty(const policy::Pack &pack, const QString &dutyId)
{
    for (const policy::Duty &duty : pack.duties) {
        if (duty.id == dutyId) {
            return &duty;
        }
    }
    return nullptr;
}

bool isPersonalDuty(const policy::Duty &duty)
{
    return std::any_of(duty.roles.begin(), duty.roles.end(),
                       [](const policy::Ref &role) { return role.id == policy::vocabulary::kEveryone; });
}

bool holdsDuty(const policy::Pack &pack, const policy::Duty &duty, const QString &school, const QByteArray &key)
{
    if (key.isEmpty()) {
        return false;
    }
    return isPersonalDuty(duty) || std::any_of(duty.roles.begin(), duty.roles.end(), [&](const policy::Ref &role) {
               return holdsRole(pack, role.id, school, key);
           });
}

QString dutyRoleTitles(const policy::Pack &pack, const policy::Duty &duty)
{
    QStringList titles;
    for (const policy::Ref &ref : duty.roles) {
        const policy::Role *role = pack.role(ref.id);
        titles.append(role ? role->title : ref.id);
    }
    return titles.join(DutyDone::tr(" or "));
}

} // namespace clearline::requests
