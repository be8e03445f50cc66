// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/buildingoverview.h"

#include "requests/acknowledgment.h"
#include "requests/review.h"

namespace clearline::overview {

namespace {

const policy::SchoolYear *yearOf(const policy::Pack &pack, const QDate &today)
{
    for (const policy::SchoolYear &year : pack.calendar.years) {
        if (today >= year.start && today <= year.end) {
            return &year;
        }
    }
    return nullptr;
}

} // namespace

qsizetype BuildingOverview::acknowledgedCount() const
{
    return std::count_if(staff.begin(), staff.end(), [](const StaffMember &m) { return m.acknowledged; });
}

BuildingOverview BuildingOverview::of(const ledger::Ledger &ledger, const policy::Pack &pack, const QString &school,
                                      const QDate &today)
{
    BuildingOverview overview;
    overview.school = school;
    overview.weekStart = today.addDays(1 - today.dayOfWeek());
    overview.weekEnd = overview.weekStart.addDays(6);
    const policy::SchoolYear *year = yearOf(pack, today);
    overview.schoolYear = year ? year->id : QString();
    overview.acknowledgmentRequired = !requests::acknowledgedDuties(pack).isEmpty();
    overview.duties = requests::DutyBook(ledger, pack, school).roleDuties(today);

    // A person's records are read once each, by author (indexed), and the
    // ledger's decisions once for everyone; the school decides who counts.
    const auto decisions = std::make_shared<const requests::DecisionBook>(ledger, pack);
    QHash<QString, QString> names;
    for (const ledger::KnownPerson &person : ledger.people()) {
        names.insert(person.personId, person.name);
        if (!school.isEmpty() && person.school != school) {
            continue;
        }
        StaffMember member{person, false};
        const requests::RequestBook book(ledger, pack, person.personId, decisions);
        const requests::AcknowledgmentReminder reminder =
            requests::AcknowledgmentReminder::of(pack, book.acknowledgments(), today);
        member.acknowledged = reminder.done;
        overview.staff.append(member);
        for (const requests::RegisteredAccount &account : book.registry(today)) {
            const auto request = book.request(account.recordId);
            if (school.isEmpty() || (request && request->school == school)) {
                overview.accounts.append({person.name, account});
            }
        }
        for (const disclosures::DisclosureItem &item :
             disclosures::DisclosureBook(ledger, pack, person.personId, decisions).items(today)) {
            const auto &trip = item.disclosure.trip;
            const bool thisWeek = trip.start <= overview.weekEnd && trip.end >= overview.weekStart;
            if (thisWeek && (school.isEmpty() || trip.school.isEmpty() || trip.school == school)) {
                overview.tripsThisWeek.append({person.name, item});
            }
        }
    }
    for (const auto &[summary, head] : ledger.recordsWithField(requests::Request::kKind, QStringLiteral("followUp"))) {
        const requests::Request request = requests::Request::fromPayload(head.payload);
        const bool inYear = !year || (request.sentOn >= year->start && request.sentOn <= year->end);
        if (request.followUp.isEmpty() || !inYear || (!school.isEmpty() && request.school != school)) {
            continue;
        }
        overview.misuseReports.append(
            {names.value(summary.authorId, summary.authorId), summary.recordId, request.title, request.sentOn});
    }
    std::sort(overview.staff.begin(), overview.staff.end(), [](const StaffMember &a, const StaffMember &b) {
        return a.acknowledged != b.acknowledged ? !a.acknowledged : a.person.name < b.person.name;
    });
    return overview;
}

} // namespace clearline::overview
