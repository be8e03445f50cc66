// SPDX-License-Identifier: GPL-3.0-or-later
#include "notices/noticebook.h"

#include "disclosures/disclosurebook.h"
#include "notices/noticevalues.h"
#include "requests/requestbook.h"

#include "crypto/identity.h"
#include "policy/noticetext.h"

#include <QSet>

namespace clearline::notices {

bool inForce(const requests::RequestStatus &status)
{
    using State = requests::RequestStatus::State;
    return status.state == State::Approved || status.state == State::Sent || status.state == State::Recorded;
}

NoticeBook::NoticeBook(const ledger::Ledger &ledger, const policy::Pack &pack, QString personId)
    : m_ledger(ledger)
    , m_pack(pack)
    , m_personId(std::move(personId))
{}

QList<NoticeHandout> NoticeBook::handouts() const
{
    QList<NoticeHandout> result;
    for (const ledger::RecordSummary &summary : m_ledger.records(NoticeHandout::kKind)) {
        if (summary.authorId != m_personId) {
            continue;
        }
        if (const auto head = m_ledger.revision(summary.headRevision)) {
            result.append(NoticeHandout::fromPayload(head->payload));
        }
    }
    return result;
}

QList<RequestNotice> NoticeBook::ofRequest(const QString &requestId) const
{
    const auto request = requests::RequestBook(m_ledger, m_pack, m_personId).request(requestId);
    const policy::Procedure *procedure = request ? m_pack.procedure(request->form.procedureId) : nullptr;
    if (!procedure) {
        return {};
    }
    const QList<NoticeHandout> given = handouts();
    QList<RequestNotice> result;
    for (const policy::Ref &ref : procedure->notices) {
        for (const policy::Notice &notice : m_pack.notices) {
            if (notice.id != ref.id) {
                continue;
            }
            RequestNotice entry{&notice, {}};
            for (const NoticeHandout &handout : given) {
                if (handout.regarding == requestId && handout.noticeId == notice.id) {
                    entry.handouts.append(handout);
                }
            }
            result.append(entry);
        }
    }
    return result;
}

QList<NoticeDue> NoticeBook::due(const QDate &today) const
{
    // A trip's notice is handed out from its disclosure, which keeps it.
    QSet<QString> onDisclosures;
    for (const disclosures::DisclosureItem &item :
         disclosures::DisclosureBook(m_ledger, m_pack, m_personId).items(today)) {
        onDisclosures.insert(item.disclosure.authorizationRequest);
    }
    QList<NoticeDue> result;
    for (const requests::RequestItem &item : requests::RequestBook(m_ledger, m_pack, m_personId).items(today)) {
        if (item.recordId.isEmpty() || onDisclosures.contains(item.recordId) || !inForce(item.status)) {
            continue;
        }
        for (const RequestNotice &entry : ofRequest(item.recordId)) {
            if (entry.handouts.isEmpty()) {
                result.append(
                    {item.recordId, item.title, entry.notice->id, policy::localizedText(entry.notice->title)});
            }
        }
    }
    return result;
}

NoticeFiling::NoticeFiling(ledger::Ledger &ledger, const crypto::Identity &identity, const policy::Pack &pack)
    : m_ledger(ledger)
    , m_identity(identity)
    , m_pack(pack)
{}

std::optional<ledger::Revision> NoticeFiling::recordHandout(const QString &requestId, const QString &noticeId,
                                                            const QString &language, const QString &to,
                                                            const QDate &today, QString *error)
{
    const requests::RequestBook book(m_ledger, m_pack, m_identity.info().personId);
    const auto request = book.request(requestId);
    if (!request) {
        *error = tr("There is no request of yours with this number.");
        return std::nullopt;
    }
    const QList<RequestNotice> notices = NoticeBook(m_ledger, m_pack, m_identity.info().personId).ofRequest(requestId);
    const auto notice = std::find_if(notices.begin(), notices.end(),
                                     [&](const RequestNotice &entry) { return entry.notice->id == noticeId; });
    if (notice == notices.end()) {
        *error = tr("Your district's policy names no such notice for this request.");
        return std::nullopt;
    }
    if (!inForce(*book.status(requestId, today))) {
        *error = tr("The request is not approved yet: hand out its notice once it is.");
        return std::nullopt;
    }
    if (to.trimmed().isEmpty()) {
        *error = tr("Say to whom you handed the notice, such as \"the parents of Room 12\".");
        return std::nullopt;
    }
    NoticeHandout handout;
    handout.regarding = requestId;
    handout.noticeId = noticeId;
    handout.language = language;
    handout.to = to.trimmed();
    handout.at = QDateTime::currentDateTimeUtc();
    handout.text =
        policy::fillNotice(*notice->notice, language, noticeValues(m_pack, *request, m_identity.info().name));
    return m_ledger.submit(m_identity, {NoticeHandout::kKind, {}, {}, {}, handout.toPayload(), {}}, error);
}

} // namespace clearline::notices
