// SPDX-License-Identifier: GPL-3.0-or-later
#include "disclosures/disclosurefiling.h"

#include "disclosures/disclosurebook.h"
#include "requests/request.h"
#include "requests/requestfiling.h"
#include "requests/routeplan.h"

#include "crypto/identity.h"

namespace clearline::disclosures {

namespace {

const policy::FollowUp *followUpOf(const policy::Pack &pack, const DisclosurePolicy &policy)
{
    const policy::Procedure *procedure = pack.procedure(policy.procedureId);
    if (!procedure) {
        return nullptr;
    }
    for (const policy::FollowUp &followUp : procedure->followUps) {
        if (followUp.id == policy.misuseFollowUp) {
            return &followUp;
        }
    }
    return nullptr;
}

QString schoolName(const policy::Pack &pack, const QString &id)
{
    for (const policy::School &school : pack.schools) {
        if (school.id == id) {
            return school.name;
        }
    }
    return {};
}

} // namespace

DisclosureFiling::DisclosureFiling(ledger::Ledger &ledger, const crypto::Identity &identity, const policy::Pack &pack)
    : m_ledger(ledger)
    , m_identity(identity)
    , m_pack(pack)
{}

QString DisclosureFiling::forbiddenMessage(const policy::Pack &pack, const DisclosurePolicy &policy)
{
    const policy::Clause *clause = pack.clause(policy.clauseId);
    QString message = clause ? tr("Your district's policy does not allow giving out this number (§ %1 %2).")
                                   .arg(clause->section, clause->title)
                             : tr("Your district's policy does not allow giving out this number.");
    QStringList instead;
    for (const policy::Alternative &alternative : pack.alternatives) {
        if (policy.alternativeIds.contains(alternative.id)) {
            instead.append(QStringLiteral("- ") + policy::localizedText(alternative.text));
        }
    }
    if (!instead.isEmpty()) {
        message += QLatin1Char('\n') + tr("Instead:") + QLatin1Char('\n') + instead.join(QLatin1Char('\n'));
    }
    return message;
}

QString DisclosureFiling::confirmationText(const DisclosurePolicy &policy)
{
    if (policy.verdict == QLatin1String("parent-first")) {
        return tr("I will give the number to the parents or guardians first, and use it only for the trip's "
                  "educational, informational or safety purposes.");
    }
    return tr("I will use this number only for the trip's educational, informational or safety purposes.");
}

QMap<QString, QString> DisclosureFiling::noticeValues(const policy::Pack &pack, const Disclosure &disclosure,
                                                      const QString &staffName)
{
    QMap<QString, QString> values{{QStringLiteral("staff_name"), staffName},
                                  {QStringLiteral("phone_number"), disclosure.phoneNumber},
                                  {QStringLiteral("trip_name"), disclosure.trip.name},
                                  {QStringLiteral("trip_dates"), disclosure.trip.dates()},
                                  {QStringLiteral("district_name"), pack.district.name},
                                  {QStringLiteral("school_name"), schoolName(pack, disclosure.trip.school)}};
    // Misuse is reported to the first person the misuse report tells, else
    // to the first who authorizes the disclosure.
    const policy::Procedure *procedure = pack.procedure(disclosure.policy.procedureId);
    const policy::FollowUp *followUp = followUpOf(pack, disclosure.policy);
    if (procedure) {
        requests::RequestForm form;
        form.procedureId = procedure->id;
        const requests::RoutePlan plan =
            requests::planRoute(pack, followUp ? followUp->route : procedure->route, *procedure, form,
                                disclosure.trip.school, disclosure.trip.start);
        if (!plan.isEmpty()) {
            values.insert(QStringLiteral("report_to"), plan.constFirst().who());
        }
    }
    return values;
}

std::optional<ledger::Revision> DisclosureFiling::create(Disclosure disclosure, QString *error)
{
    if (const QString problem = disclosure.problem(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    if (disclosure.trip.school.isEmpty()) {
        disclosure.trip.school = m_identity.info().school;
    }
    disclosure.policy = assess(m_pack, disclosure.trip, disclosure.sharedWith);
    if (disclosure.policy.forbidden()) {
        *error = forbiddenMessage(m_pack, disclosure.policy);
        return std::nullopt;
    }
    if (disclosure.policy.needsConfirmation() && !disclosure.purposeConfirmed) {
        *error = tr("Your district discourages this. Confirm first: \"%1\"").arg(confirmationText(disclosure.policy));
        return std::nullopt;
    }
    disclosure.authorizationRequest.clear();
    disclosure.handouts.clear();
    disclosure.misuseReports.clear();
    disclosure.closed = false;
    return m_ledger.submit(m_identity, {Disclosure::kKind, {}, {}, {}, disclosure.toPayload(), {}}, error);
}

std::optional<DisclosureFiling::Current> DisclosureFiling::ownDisclosure(const QString &recordId, QString *error) const
{
    const auto summary = m_ledger.record(recordId);
    const auto head =
        summary && summary->kind == Disclosure::kKind ? m_ledger.revision(summary->headRevision) : std::nullopt;
    if (!head) {
        *error = tr("There is no trip disclosure %1 in this profile.").arg(recordId);
        return std::nullopt;
    }
    if (head->authorId != m_identity.info().personId) {
        *error = tr("Only the person who gave the number can change its disclosure.");
        return std::nullopt;
    }
    return Current{*head, Disclosure::fromPayload(head->payload)};
}

std::optional<ledger::Revision> DisclosureFiling::revise(const Current &current, const Disclosure &changed,
                                                         const QString &reason, QString *error)
{
    return m_ledger.submit(m_identity,
                           {Disclosure::kKind, current.head.recordId, current.head.id, reason, changed.toPayload(), {}},
                           error);
}

std::optional<requests::RequestForm> DisclosureFiling::authorizationForm(const QString &recordId, QString *error) const
{
    const auto current = ownDisclosure(recordId, error);
    if (!current) {
        return std::nullopt;
    }
    const Disclosure &disclosure = current->disclosure;
    const policy::Procedure *procedure = m_pack.procedure(disclosure.policy.procedureId);
    if (!procedure) {
        *error = tr("Your district's policy names no request for this disclosure.");
        return std::nullopt;
    }
    const QMap<QString, QString> facts{{QStringLiteral("trip_name"), disclosure.trip.name},
                                       {QStringLiteral("school"), disclosure.trip.school},
                                       {QStringLiteral("start_date"), disclosure.trip.start.toString(Qt::ISODate)},
                                       {QStringLiteral("end_date"), disclosure.trip.end.toString(Qt::ISODate)},
                                       {QStringLiteral("destination"), disclosure.trip.destination},
                                       {QStringLiteral("group"), disclosure.trip.group},
                                       {QStringLiteral("grades"), disclosure.trip.grades},
                                       {QStringLiteral("students"), QString::number(disclosure.trip.students)},
                                       {QStringLiteral("phone_number"), disclosure.phoneNumber},
                                       {QStringLiteral("number_kind"), disclosure.numberKind},
                                       {QStringLiteral("shared_with"), disclosure.sharedWith}};
    requests::RequestForm form;
    form.procedureId = procedure->id;
    for (const policy::Field &field : procedure->fields) {
        const QString value = facts.value(field.id);
        const bool fits = field.choices.isEmpty() || field.choices.contains(value);
        if (!value.isEmpty() && fits) {
            form.answers.insert(field.id, value);
        }
    }
    return form;
}

std::optional<ledger::Revision> DisclosureFiling::requestAuthorization(const QString &recordId,
                                                                       const requests::RequestForm &form,
                                                                       const QDate &today, QString *error)
{
    const auto current = ownDisclosure(recordId, error);
    if (!current) {
        return std::nullopt;
    }
    if (form.procedureId != current->disclosure.policy.procedureId) {
        *error = tr("This is not the request your district asks for with this disclosure.");
        return std::nullopt;
    }
    const DisclosureStatus status =
        DisclosureBook(m_ledger, m_pack, m_identity.info().personId).status(current->disclosure, today);
    if (status.state == DisclosureStatus::State::AwaitingAuthorization) {
        *error = tr("You have asked already; the request is waiting for an answer.");
        return std::nullopt;
    }
    const auto request = requests::RequestFiling(m_ledger, m_identity, m_pack).send(form, {}, today, error);
    if (!request || !linkAuthorization(recordId, request->recordId, error)) {
        return std::nullopt;
    }
    return request;
}

std::optional<ledger::Revision> DisclosureFiling::linkAuthorization(const QString &recordId, const QString &requestId,
                                                                    QString *error)
{
    const auto current = ownDisclosure(recordId, error);
    if (!current) {
        return std::nullopt;
    }
    const auto request = m_ledger.record(requestId);
    if (!request || request->kind != requests::Request::kKind) {
        *error = tr("There is no request %1 in this profile.").arg(requestId);
        return std::nullopt;
    }
    Disclosure changed = current->disclosure;
    changed.authorizationRequest = requestId;
    return revise(*current, changed, tr("Authorization requested"), error);
}

std::optional<ledger::Revision> DisclosureFiling::recordHandout(const QString &recordId, const QString &to,
                                                                const QString &language, const QDateTime &at,
                                                                const QDate &today, QString *error)
{
    const auto current = ownDisclosure(recordId, error);
    if (!current) {
        return std::nullopt;
    }
    if (to.trimmed().isEmpty()) {
        *error = tr("Say to whom you handed the notice, such as \"the team's parents at the meeting\".");
        return std::nullopt;
    }
    const DisclosureStatus status =
        DisclosureBook(m_ledger, m_pack, m_identity.info().personId).status(current->disclosure, today);
    if (!status.mayHandOut()) {
        *error = tr("The number may not be given out yet: %1").arg(status.description());
        return std::nullopt;
    }
    Disclosure changed = current->disclosure;
    changed.handouts.append({at, to.trimmed(), language, changed.policy.noticeIds.value(0)});
    return revise(*current, changed, tr("Notice handed out to %1").arg(to.trimmed()), error);
}

std::optional<ledger::Revision> DisclosureFiling::reportMisuse(const QString &recordId, const QString &what,
                                                               const QDate &today, QString *error)
{
    const auto current = ownDisclosure(recordId, error);
    if (!current) {
        return std::nullopt;
    }
    if (what.trimmed().isEmpty()) {
        *error = tr("Say what happened: who used the number, when, and for what.");
        return std::nullopt;
    }
    const Disclosure &disclosure = current->disclosure;
    requests::Request report;
    report.form.procedureId = disclosure.policy.procedureId;
    report.followUp = disclosure.policy.misuseFollowUp;
    report.regarding = recordId;
    report.note = what.trimmed();
    report.district = m_pack.district.id;
    report.sentOn = today;
    report.policyAdopted = m_pack.district.policyAdopted;
    report.school = disclosure.trip.school;
    const policy::FollowUp *followUp = followUpOf(m_pack, disclosure.policy);
    const policy::Procedure *procedure = m_pack.procedure(disclosure.policy.procedureId);
    if (followUp && procedure) {
        report.title = tr("%1: %2").arg(policy::localizedText(followUp->title), disclosure.trip.name);
        report.route =
            requests::planRoute(m_pack, followUp->route, *procedure, report.form, disclosure.trip.school, today);
    } else {
        report.title = tr("Unauthorized use of my number: %1").arg(disclosure.trip.name);
    }
    // The report goes first: telling the principal never waits on the flag.
    Disclosure changed = disclosure;
    const auto saved =
        m_ledger.submit(m_identity, {requests::Request::kKind, {}, {}, {}, report.toPayload(), {}}, error);
    if (!saved) {
        return std::nullopt;
    }
    changed.misuseReports.append(saved->recordId);
    if (!revise(*current, changed, tr("Unauthorized use reported"), error)) {
        return std::nullopt;
    }
    return saved;
}

std::optional<ledger::Revision> DisclosureFiling::close(const QString &recordId, const QString &note,
                                                        const QDate &today, QString *error)
{
    const auto current = ownDisclosure(recordId, error);
    if (!current) {
        return std::nullopt;
    }
    if (current->disclosure.closed) {
        *error = tr("This disclosure is closed already.");
        return std::nullopt;
    }
    Disclosure changed = current->disclosure;
    changed.closed = true;
    changed.closedOn = today;
    changed.closingNote = note.trimmed();
    return revise(*current, changed, tr("Closed"), error);
}

} // namespace clearline::disclosures
