// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/acknowledgment.h"

#include <QJsonArray>

namespace clearline::requests {

const QString Acknowledgment::kKind = QStringLiteral("acknowledgment");

QJsonObject Acknowledgment::toPayload() const
{
    return {{QStringLiteral("title"), tr("Read and acknowledged %1 (%2)").arg(policyTitle, schoolYear)},
            {QStringLiteral("district"), district},
            {QStringLiteral("schoolYear"), schoolYear},
            {QStringLiteral("policyTitle"), policyTitle},
            {QStringLiteral("policyAdopted"), policyAdopted.toString(Qt::ISODate)},
            {QStringLiteral("duties"), QJsonArray::fromStringList(duties)}};
}

Acknowledgment Acknowledgment::fromPayload(const QJsonObject &payload)
{
    Acknowledgment ack;
    ack.district = payload.value(QStringLiteral("district")).toString();
    ack.schoolYear = payload.value(QStringLiteral("schoolYear")).toString();
    ack.policyTitle = payload.value(QStringLiteral("policyTitle")).toString();
    ack.policyAdopted = QDate::fromString(payload.value(QStringLiteral("policyAdopted")).toString(), Qt::ISODate);
    for (const QJsonValue &duty : payload.value(QStringLiteral("duties")).toArray()) {
        ack.duties.append(duty.toString());
    }
    return ack;
}

Acknowledgment Acknowledgment::forToday(const policy::Pack &pack, const QDate &today)
{
    Acknowledgment ack;
    ack.district = pack.district.id;
    const policy::SchoolYear *year = schoolYearOf(pack, today);
    ack.schoolYear = year ? year->id : QString::number(today.year());
    ack.policyTitle = pack.district.policyTitle;
    ack.policyAdopted = pack.district.policyAdopted;
    for (const policy::Duty *duty : acknowledgedDuties(pack)) {
        ack.duties.append(duty->id);
    }
    return ack;
}

const policy::SchoolYear *schoolYearOf(const policy::Pack &pack, const QDate &date)
{
    const policy::SchoolYear *next = nullptr;
    const policy::SchoolYear *last = nullptr;
    for (const policy::SchoolYear &year : pack.calendar.years) {
        if (year.start <= date && date <= year.end) {
            return &year;
        }
        if (year.start > date && (!next || year.start < next->start)) {
            next = &year;
        }
        if (!last || year.end > last->end) {
            last = &year;
        }
    }
    return next ? next : last;
}

QList<const policy::Duty *> acknowledgedDuties(const policy::Pack &pack)
{
    QList<const policy::Duty *> duties;
    for (const policy::Duty &duty : pack.duties) {
        if (duty.doneBy == QLatin1String("acknowledgment")) {
            duties.append(&duty);
        }
    }
    return duties;
}

AcknowledgmentReminder AcknowledgmentReminder::of(const policy::Pack &pack, const QList<Acknowledgment> &done,
                                                  const QDate &today)
{
    AcknowledgmentReminder reminder;
    reminder.schoolYear = Acknowledgment::forToday(pack, today).schoolYear;
    reminder.done = std::any_of(done.begin(), done.end(), [&](const Acknowledgment &ack) {
        return ack.district == pack.district.id && ack.schoolYear == reminder.schoolYear;
    });
    const QList<const policy::Duty *> duties = acknowledgedDuties(pack);
    const policy::SchoolYear *year = schoolYearOf(pack, today);
    reminder.required = !duties.isEmpty() && year;
    if (reminder.required) {
        reminder.dutyTitle = policy::localizedText(duties.constFirst()->title);
        if (duties.constFirst()->dueWithinDays > 0) {
            reminder.dueBy = year->start.addDays(duties.constFirst()->dueWithinDays);
        }
    }
    reminder.due = reminder.required && !reminder.done;
    return reminder;
}

} // namespace clearline::requests
