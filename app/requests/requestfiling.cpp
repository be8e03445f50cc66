// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/requestfiling.h"

#include "requests/acknowledgment.h"
#include "requests/formcheck.h"
#include "requests/request.h"
#include "requests/requestbook.h"

#include "crypto/identity.h"

#include <QLocale>
#include <QTimeZone>

namespace clearline::requests {

RequestFiling::RequestFiling(ledger::Ledger &ledger, const crypto::Identity &identity, const policy::Pack &pack)
    : m_ledger(ledger)
    , m_identity(identity)
    , m_pack(pack)
{}

std::optional<QString> RequestFiling::saveDraft(ledger::Ledger &ledger, const RequestForm &form, const QString &draftId,
                                                QString *error)
{
    ledger::Draft draft;
    draft.id = draftId;
    draft.kind = Request::kKind;
    draft.payload = form.toJson();
    return ledger.saveDraft(draft, error);
}

std::optional<QJsonObject> RequestFiling::payloadFor(const RequestForm &form, const QDate &today, QString *error) const
{
    const policy::Procedure *procedure = m_pack.procedure(form.procedureId);
    if (!procedure) {
        *error = tr("Your district's policy has no procedure called \"%1\".").arg(form.procedureId);
        return std::nullopt;
    }
    // An answer the policy forbids is no missing piece: say only that.
    for (const policy::Field &field : procedure->fields) {
        if (const QString refusal = FormCheck(m_pack).flagRefusal(field, form.answer(field.id)); !refusal.isEmpty()) {
            *error = refusal;
            return std::nullopt;
        }
    }
    const QList<FormCheck::Problem> problems = FormCheck(m_pack).problems(*procedure, form);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const FormCheck::Problem &problem : problems) {
            messages.append(problem.message);
        }
        *error = tr("The request is not complete yet:\n%1").arg(messages.join(QLatin1Char('\n')));
        return std::nullopt;
    }
    if (const QString missing = missingApproval(form, today); !missing.isEmpty()) {
        *error = missing;
        return std::nullopt;
    }
    Request request;
    request.form = form;
    request.title = Request::titleFor(*procedure, form);
    request.district = m_pack.district.id;
    request.sentOn = today;
    request.policyAdopted = m_pack.district.policyAdopted;
    request.school = routeSchool(*procedure, form, m_identity.info().school);
    request.route = planRoute(m_pack, procedure->route, *procedure, form, m_identity.info().school, today);
    if (const PlannedStep *late = lateStep(request.route, today); late && procedure->late != QLatin1String("flag")) {
        *error = tr("It is too late to send this request: your district's policy asks for %1's answer before %2, "
                    "and that day has come. Speak to them directly.")
                     .arg(late->who(), QLocale().toString(late->dueBefore, QLocale::LongFormat));
        return std::nullopt;
    }
    return request.toPayload();
}

QString RequestFiling::missingApproval(const RequestForm &form, const QDate &today) const
{
    const RequestBook book(m_ledger, m_pack, m_identity.info().personId);
    if (!form.follows.isEmpty()) {
        const auto followed = book.followOn(form.follows, today);
        if (!followed || followed->procedureId != form.procedureId) {
            return tr("This request continues one that is not approved, or is not yours: send it once that request "
                      "is approved.");
        }
        return {};
    }
    if (const policy::Procedure *before = m_pack.approvalFirst(form.procedureId)) {
        return tr("Your district's policy asks for \"%1\" to be approved first. Once it is, ClearLine offers "
                  "this request with your answers filled in.")
            .arg(policy::localizedText(before->title));
    }
    return {};
}

std::optional<ledger::Revision> RequestFiling::send(const RequestForm &form, const QString &draftId, const QDate &today,
                                                    QString *error)
{
    const auto payload = payloadFor(form, today, error);
    if (!payload) {
        return std::nullopt;
    }
    return m_ledger.submit(m_identity, {Request::kKind, {}, {}, {}, *payload, draftId}, error);
}

std::optional<ledger::Revision> RequestFiling::ownRequest(const QString &recordId, QString *error) const
{
    const auto summary = m_ledger.record(recordId);
    if (!summary || summary->kind != Request::kKind) {
        *error = tr("There is no request %1 in this profile.").arg(recordId);
        return std::nullopt;
    }
    if (summary->authorId != m_identity.info().personId) {
        *error = tr("Only the person who sent a request can correct or withdraw it.");
        return std::nullopt;
    }
    return m_ledger.revision(summary->headRevision);
}

std::optional<ledger::Revision> RequestFiling::correct(const QString &recordId, const RequestForm &form,
                                                       const QString &reason, const QDate &today, QString *error)
{
    const auto head = ownRequest(recordId, error);
    if (!head) {
        return std::nullopt;
    }
    if (Request::fromPayload(head->payload).standing == Request::Standing::Withdrawn) {
        *error = tr("This request was withdrawn; send a new one instead.");
        return std::nullopt;
    }
    if (form.procedureId != RequestForm::fromJson(head->payload).procedureId) {
        *error = tr("A correction keeps the request's kind; send a new request for something else.");
        return std::nullopt;
    }
    auto payload = payloadFor(form, today, error);
    if (!payload) {
        return std::nullopt;
    }
    return m_ledger.submit(m_identity, {Request::kKind, recordId, head->id, reason, *payload, {}}, error);
}

std::optional<ledger::Revision> RequestFiling::withdraw(const QString &recordId, const QString &reason, QString *error)
{
    const auto head = ownRequest(recordId, error);
    if (!head) {
        return std::nullopt;
    }
    Request request = Request::fromPayload(head->payload);
    if (request.standing == Request::Standing::Withdrawn) {
        *error = tr("This request is already withdrawn.");
        return std::nullopt;
    }
    request.standing = Request::Standing::Withdrawn;
    return m_ledger.submit(m_identity, {Request::kKind, recordId, head->id, reason, request.toPayload(), {}}, error);
}

std::optional<ledger::Revision> RequestFiling::acknowledge(const QDate &today, QString *error)
{
    const Acknowledgment ack = Acknowledgment::forToday(m_pack, today);
    return m_ledger.submit(m_identity, {Acknowledgment::kKind, {}, {}, {}, ack.toPayload(), {}}, error);
}

QDate districtToday(const policy::Pack &pack)
{
    const QTimeZone zone(pack.district.timezone.toUtf8());
    return QDateTime::currentDateTime().toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone()).date();
}

} // namespace clearline::requests
