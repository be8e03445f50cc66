// SPDX-License-Identifier: GPL-3.0-or-later
//
// A person with a valid key cannot bend the rules: the route of a request
// comes from the pack the receiving ledger trusts, never from what the
// request carries, and a designee's authority is judged by when their chain
// shows they signed, not by their clock.

#include "packanswers.h"
#include "records/recordexport.h"
#include "records/recordsheet.h"
#include "requests/decisionstanding.h"
#include "requests/delegation.h"
#include "requests/requestbook.h"
#include "requests/requestfiling.h"
#include "requests/requestsheet.h"
#include "requests/review.h"
#include "requests/trustedroute.h"
#include "testprofile.h"

#include "ledger/syncstore.h"

#include <QBuffer>
#include <QJsonArray>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace clearline;

namespace {

/// A Wilmington class-page request from a teacher whose route needs the
/// principal's approval, on one ledger the principal and a vice principal
/// also sign on.
struct School
{
    policy::Pack pack = test::loadPack(QStringLiteral("wilmington"));
    test::TestProfile teacher{QStringLiteral("Tess Teacher")};
    test::TestProfile principal{QStringLiteral("Rita Principal")};
    test::TestProfile vice{QStringLiteral("Vic Vice")};
    QDate today = requests::districtToday(pack);
    requests::RequestForm form;

    School()
    {
        for (policy::Role &role : pack.roles) {
            if (role.id == QLatin1String("principal")) {
                role.holders.append({QStringLiteral("Rita Principal"),
                                     QStringLiteral("rita@wpsk12.example"),
                                     {pack.schools.constFirst().id, {}},
                                     principal.identity->info().publicKey});
            }
        }
        QString error;
        teacher.ledger->trustKey(vice.identity->info(), QStringLiteral("accepted"), &error);
        form.procedureId = QStringLiteral("class-page");
        for (const policy::Field &field : pack.procedure(form.procedureId)->fields) {
            form.answers.insert(field.id, test::goodAnswer(pack, field));
        }
        for (const policy::ChecklistItem &item : pack.procedure(form.procedureId)->checklist) {
            form.ticked.append(item.id);
        }
    }

    ledger::Revision send()
    {
        QString error;
        const auto sent =
            requests::RequestFiling(*teacher.ledger, *teacher.identity, pack).send(form, {}, today, &error);
        if (!sent) {
            qFatal("not sent: %s", qPrintable(error));
        }
        return *sent;
    }

    /// What a teacher who edits her own request's payload and re-signs it
    /// with her own (valid) key would make: the same request, another route.
    ledger::Revision reSignedWithRoute(const ledger::Revision &sent, const QJsonArray &route)
    {
        QJsonObject payload = sent.payload;
        payload.insert(QStringLiteral("route"), route);
        QString error;
        const auto revision = teacher.ledger->submit(
            *teacher.identity, {requests::Request::kKind, sent.recordId, sent.id, QStringLiteral("typo"), payload, {}},
            &error);
        if (!revision) {
            qFatal("not saved: %s", qPrintable(error));
        }
        return *revision;
    }

    requests::RequestStatus status(const QString &requestId) const
    {
        return *requests::RequestBook(*teacher.ledger, pack, teacher.identity->info().personId)
                    .status(requestId, today);
    }

    QList<requests::QueueItem> principalQueue() const
    {
        return requests::Review::queue(*teacher.ledger, pack, principal.identity->info().publicKey, today);
    }

    /// A revision signed by `who` with the time their clock claims, put into
    /// the teacher's ledger as an import would (after its own checks).
    ledger::Revision signedAt(test::TestProfile &who, const QString &kind, const QJsonObject &payload,
                              const QDateTime &claimed)
    {
        ledger::SyncStore store(*teacher.ledger);
        ledger::Revision revision;
        revision.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        revision.recordId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        revision.kind = kind;
        revision.authorId = who.identity->info().personId;
        revision.deviceId = who.identity->info().deviceId;
        revision.zone = QStringLiteral("America/New_York");
        revision.created = QDateTime::fromString(ledger::Revision::timeText(claimed), Qt::ISODateWithMs);
        revision.payload = payload;
        revision.prevHash = store.lastHashOf(who.identity->info().publicKey);
        revision.sign(who.identity->key());
        QString error;
        if (!store.begin(&error) || !store.append(revision, &error) || !store.commit(&error)) {
            qFatal("not appended: %s", qPrintable(error));
        }
        return revision;
    }

    QJsonObject approvalOf(const ledger::Revision &request) const
    {
        return requests::Decision{
            request.recordId, request.id, 0, QStringLiteral("principal"), requests::Decision::Action::Approve, {}}
            .toPayload();
    }

    requests::Delegation delegationToVice(const QDate &from, const QDate &until) const
    {
        requests::Delegation delegation;
        delegation.roleId = QStringLiteral("principal");
        delegation.school = pack.schools.constFirst().id;
        delegation.toPerson = vice.identity->info().personId;
        delegation.toName = QStringLiteral("Vic Vice");
        delegation.toKey = vice.identity->info().publicKey;
        delegation.from = from;
        delegation.until = until;
        return delegation;
    }
};

QDateTime at(const QDate &day, int hour)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone::UTC);
}

} // namespace

class TestRouteTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEmptiedRouteStillWaitsForThePrincipal()
    {
        School school;
        const ledger::Revision sent = school.send();
        QCOMPARE(school.status(sent.recordId).state, requests::RequestStatus::State::Waiting);
        QCOMPARE(school.principalQueue().size(), 1);

        const ledger::Revision emptied = school.reSignedWithRoute(sent, QJsonArray());
        QVERIFY(emptied.signatureValid());
        const requests::RequestStatus status = school.status(sent.recordId);
        QCOMPARE(status.state, requests::RequestStatus::State::Waiting);
        QVERIFY2(status.waitingFor.contains(QLatin1String("Rita Principal")), qPrintable(status.waitingFor));

        const auto queue = school.principalQueue();
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue.constFirst().recordId, sent.recordId);

        QString error;
        const auto sheet =
            requests::RequestSheet::load(*school.teacher.ledger, school.pack, sent.recordId, school.today, &error);
        QVERIFY2(sheet, qPrintable(error));
        QCOMPARE(sheet->request.routeCheck, requests::Request::RouteCheck::Differs);
        QVERIFY(!sheet->checks.isEmpty());
        QVERIFY2(sheet->checks.constFirst().text.contains(QLatin1String("not the one your district's policy gives")),
                 qPrintable(sheet->checks.constFirst().text));
        QVERIFY(sheet->html(school.pack).contains(QLatin1String("not the one your district&#39;s policy gives")) ||
                sheet->html(school.pack).contains(QLatin1String("not the one your district's policy gives")));

        // The principal approves the route the policy gives, and that counts.
        QVERIFY2(requests::Review(*school.teacher.ledger, *school.principal.identity, school.pack)
                     .decide(sent.recordId, requests::Decision::Action::Approve, {}, school.today, &error),
                 qPrintable(error));
        QCOMPARE(school.status(sent.recordId).state, requests::RequestStatus::State::Approved);
    }

    void aRouteThatOnlyInformsIsStillApprovedByThePolicy()
    {
        School school;
        const ledger::Revision sent = school.send();
        QJsonArray notifyOnly = sent.payload.value(QStringLiteral("route")).toArray();
        QJsonObject step = notifyOnly.at(0).toObject();
        step.insert(QStringLiteral("action"), QStringLiteral("notify"));
        notifyOnly.replace(0, step);
        school.reSignedWithRoute(sent, notifyOnly);
        QCOMPARE(school.status(sent.recordId).state, requests::RequestStatus::State::Waiting);
        QVERIFY(school.principalQueue().constFirst().needsDecision);
    }

    void anUntouchedRouteMatches()
    {
        School school;
        const ledger::Revision sent = school.send();
        const requests::Request request = requests::readRequest(school.pack, sent.payload);
        QCOMPARE(request.routeCheck, requests::Request::RouteCheck::Matches);
        QVERIFY(request.routeNotice().isEmpty());
        QCOMPARE(request.policyAdopted, school.pack.district.policyAdopted);
    }

    void aRequestUnderAnotherAdoptionSaysSo()
    {
        School school;
        const ledger::Revision sent = school.send();
        // The receiver's policy was adopted again, with the route now going
        // to the superintendent first.
        policy::Pack newer = school.pack;
        newer.district.policyAdopted = newer.district.policyAdopted.addYears(1);
        policy::Procedure *procedure = nullptr;
        for (policy::Procedure &candidate : newer.procedures) {
            if (candidate.id == QLatin1String("class-page")) {
                procedure = &candidate;
            }
        }
        QVERIFY(procedure && !procedure->route.isEmpty());
        procedure->route.prepend(procedure->route.constFirst());
        const requests::Request request = requests::readRequest(newer, sent.payload);
        QCOMPARE(request.routeCheck, requests::Request::RouteCheck::OtherPolicy);
        QCOMPARE(request.route.size(), requests::Request::fromPayload(sent.payload).route.size() + 1);
        QVERIFY(request.routeNotice().contains(QLatin1String("sent under the policy adopted on")));
    }

    void aProcedureThePolicyDoesNotHaveCannotBeChecked()
    {
        School school;
        const ledger::Revision sent = school.send();
        QJsonObject payload = sent.payload;
        payload.insert(QStringLiteral("procedure"), QStringLiteral("made-up"));
        const requests::Request request = requests::readRequest(school.pack, payload);
        QCOMPARE(request.routeCheck, requests::Request::RouteCheck::NotInPolicy);
        const requests::RequestStatus status = requests::RequestStatus::of(request, school.today);
        QCOMPARE(status.state, requests::RequestStatus::State::Unchecked);
        QVERIFY(!status.description().contains(QLatin1String("nobody needs to approve")));
    }

    void aDesigneeCannotSignInsideAnEndedDelegationByTurningTheClockBack()
    {
        School school;
        // Named for last month's week; the request came today.
        const QDate from = school.today.addDays(-30);
        const QDate until = school.today.addDays(-23);
        school.signedAt(school.principal, requests::Delegation::kKind, school.delegationToVice(from, until).toPayload(),
                        at(from, 12));
        const ledger::Revision sent = school.send();
        // The vice principal's clock says it is inside the delegation.
        school.signedAt(school.vice, requests::Decision::kKind, school.approvalOf(sent), at(from.addDays(2), 15));

        QCOMPARE(school.status(sent.recordId).state, requests::RequestStatus::State::Waiting);
        const requests::DecisionBook book(*school.teacher.ledger, school.pack);
        const requests::Request request = requests::readRequest(school.pack, sent.payload);
        const auto uncounted = book.uncounted(sent.recordId, sent, request);
        QCOMPARE(uncounted.size(), 1);
        QVERIFY2(uncounted.constFirst().why.contains(QLatin1String("signed after the delegation ended")),
                 qPrintable(uncounted.constFirst().why));
        QString error;
        const auto sheet =
            requests::RequestSheet::load(*school.teacher.ledger, school.pack, sent.recordId, school.today, &error);
        QVERIFY(std::any_of(sheet->signatures.begin(), sheet->signatures.end(), [](const auto &signature) {
            return signature.role.contains(QLatin1String("does not count: signed after the delegation ended"));
        }));
    }

    void aRemovedHolderCannotSignByTurningTheClockBack()
    {
        School school;
        const ledger::Revision sent = school.send();
        // District IT removed the principal an hour before the request came;
        // her clock, turned back, says she signed before that.
        const QDateTime removed = sent.created.addSecs(-3600);
        for (policy::Role &role : school.pack.roles) {
            for (policy::RoleHolder &holder : role.holders) {
                if (holder.key == school.principal.identity->info().publicKey) {
                    holder.until = removed;
                }
            }
        }
        school.signedAt(school.principal, requests::Decision::kKind, school.approvalOf(sent), removed.addSecs(-600));
        QCOMPARE(school.status(sent.recordId).state, requests::RequestStatus::State::Waiting);
        const requests::DecisionBook book(*school.teacher.ledger, school.pack);
        const auto uncounted = book.uncounted(sent.recordId, sent, requests::readRequest(school.pack, sent.payload));
        QCOMPARE(uncounted.size(), 1);
        // Not a delegation that ended: her place in the pack did.
        QVERIFY2(uncounted.constFirst().why.contains(QLatin1String("the district's policy ended the signer's")),
                 qPrintable(uncounted.constFirst().why));
        QVERIFY(!uncounted.constFirst().why.contains(QLatin1String("delegation")));
    }

    void aDesigneesOwnChainShowsTheRevocationHadComeFirst()
    {
        School school;
        const QDate monday = school.today.addDays(-3);
        school.signedAt(school.principal, requests::Delegation::kKind,
                        school.delegationToVice(monday, school.today.addDays(7)).toPayload(), at(monday, 10));
        // A request of Monday, answered (the clock says) on Monday afternoon:
        // after the request, before the revocation of today.
        const ledger::Revision monday11 =
            school.signedAt(school.teacher, requests::Request::kKind, school.send().payload, at(monday, 11));
        QString error;
        const auto delegationId = school.teacher.ledger->records(requests::Delegation::kKind).constFirst().recordId;
        QVERIFY2(requests::DelegationFiling(*school.teacher.ledger, *school.principal.identity, school.pack)
                     .revoke(delegationId, QStringLiteral("I am back"), &error),
                 qPrintable(error));
        // Had the vice principal signed nothing since, the receiver could
        // not tell (docs/decisions.md says so). But the vice principal's
        // chain holds a memo signed after the revocation, before the
        // clock was turned back to Monday for the approval.
        school.signedAt(school.vice, QStringLiteral("memo"), {{QStringLiteral("title"), QStringLiteral("note")}},
                        QDateTime::currentDateTimeUtc().addSecs(5));
        school.signedAt(school.vice, requests::Decision::kKind, school.approvalOf(monday11), at(monday, 14));
        QCOMPARE(school.status(monday11.recordId).state, requests::RequestStatus::State::Waiting);
        const requests::DecisionBook book(*school.teacher.ledger, school.pack);
        const auto uncounted =
            book.uncounted(monday11.recordId, monday11, requests::readRequest(school.pack, monday11.payload));
        QCOMPARE(uncounted.size(), 1);
        QVERIFY(uncounted.constFirst().why.contains(QLatin1String("signed after the delegation ended")));
    }

    void theSameDecisionWithoutTheLaterMemoCounts()
    {
        School school;
        const QDate monday = school.today.addDays(-3);
        school.signedAt(school.principal, requests::Delegation::kKind,
                        school.delegationToVice(monday, school.today.addDays(7)).toPayload(), at(monday, 10));
        const ledger::Revision monday11 =
            school.signedAt(school.teacher, requests::Request::kKind, school.send().payload, at(monday, 11));
        school.signedAt(school.vice, requests::Decision::kKind, school.approvalOf(monday11), at(monday, 14));
        QCOMPARE(school.status(monday11.recordId).state, requests::RequestStatus::State::Approved);
    }

    void aDecisionSignedAfterTheDesigneeReceivedTheRevocationNeverCounts()
    {
        School school;
        const QDate monday = school.today.addDays(-3);
        school.signedAt(school.principal, requests::Delegation::kKind,
                        school.delegationToVice(monday, school.today.addDays(7)).toPayload(), at(monday, 10));
        const ledger::Revision monday11 =
            school.signedAt(school.teacher, requests::Request::kKind, school.send().payload, at(monday, 11));
        QString error;
        const auto delegationId = school.teacher.ledger->records(requests::Delegation::kKind).constFirst().recordId;
        const auto revocation =
            requests::DelegationFiling(*school.teacher.ledger, *school.principal.identity, school.pack)
                .revoke(delegationId, QStringLiteral("I am back"), &error);
        QVERIFY2(revocation, qPrintable(error));
        // The vice principal, one memo into their chain, sent this ledger a
        // bundle saying they held the principal's chain up to the revocation.
        const ledger::Revision memo = school.signedAt(
            school.vice, QStringLiteral("memo"), {{QStringLiteral("title"), QStringLiteral("note")}}, at(monday, 12));
        ledger::SyncStore store(*school.teacher.ledger);
        const QByteArray principalKey = school.principal.identity->info().publicKey;
        const QByteArray viceKey = school.vice.identity->info().publicKey;
        QVERIFY(store.begin(&error));
        QVERIFY2(store.acknowledge(viceKey, {{principalKey, revocation->hash, 2}, {viceKey, memo.hash, 1}}, &error),
                 qPrintable(error));
        QVERIFY(store.commit(&error));
        // Then, with the clock on Monday afternoon, an approval.
        school.signedAt(school.vice, requests::Decision::kKind, school.approvalOf(monday11), at(monday, 14));
        QCOMPARE(school.status(monday11.recordId).state, requests::RequestStatus::State::Waiting);
        const requests::DecisionBook book(*school.teacher.ledger, school.pack);
        const auto uncounted =
            book.uncounted(monday11.recordId, monday11, requests::readRequest(school.pack, monday11.payload));
        QCOMPARE(uncounted.size(), 1);
        QVERIFY2(uncounted.constFirst().why.contains(QLatin1String("had received the end of the delegation")),
                 qPrintable(uncounted.constFirst().why));
    }

    void aDesigneeDecisionSignedInTimeCounts()
    {
        School school;
        school.signedAt(school.principal, requests::Delegation::kKind,
                        school.delegationToVice(school.today.addDays(-3), school.today.addDays(7)).toPayload(),
                        at(school.today.addDays(-3), 12));
        const ledger::Revision sent = school.send();
        school.signedAt(school.vice, requests::Decision::kKind, school.approvalOf(sent),
                        QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(school.status(sent.recordId).state, requests::RequestStatus::State::Approved);
    }

    void aDecisionBySomeoneWithoutTheRoleIsShownAsNotCounting()
    {
        School school;
        const ledger::Revision sent = school.send();
        school.signedAt(school.vice, requests::Decision::kKind, school.approvalOf(sent),
                        QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(school.status(sent.recordId).state, requests::RequestStatus::State::Waiting);
        const requests::DecisionBook book(*school.teacher.ledger, school.pack);
        const auto uncounted = book.uncounted(sent.recordId, sent, requests::readRequest(school.pack, sent.payload));
        QCOMPARE(uncounted.size(), 1);
        QVERIFY2(uncounted.constFirst().why.contains(QLatin1String("does not hold")),
                 qPrintable(uncounted.constFirst().why));
    }

    // A records search, its CSV and its paper copy list every record, a
    // self-made "decision" too: each marks it as not counting, with why.
    void aDecisionThatDoesNotCountIsMarkedInRecords()
    {
        School school;
        const ledger::Revision sent = school.send();
        const ledger::Revision rogue = school.signedAt(school.vice, requests::Decision::kKind, school.approvalOf(sent),
                                                       QDateTime::currentDateTimeUtc());
        const ledger::Revision real = school.signedAt(school.principal, requests::Decision::kKind,
                                                      school.approvalOf(sent), QDateTime::currentDateTimeUtc());
        const auto book = std::make_shared<const requests::DecisionStanding>(*school.teacher.ledger, school.pack);
        const records::RowStanding standing = [book](const ledger::RecordRow &row) { return book->of(row.recordId); };
        const QString why = book->of(rogue.recordId);
        QVERIFY2(why.startsWith(QLatin1String("does not count: the signer does not hold the ")), qPrintable(why));
        QCOMPARE(book->of(real.recordId), QString());
        QCOMPARE(book->of(sent.recordId), QString());

        ledger::RecordFilter decisions;
        decisions.kind = requests::Decision::kKind;
        QHash<QString, QString> listed;
        QString error;
        QVERIFY2(records::RecordExport::forEachPage(
                     school.teacher.ledger->database(), decisions,
                     [&](const QList<ledger::RecordRow> &rows) {
                         for (const ledger::RecordRow &row : rows) {
                             listed.insert(row.recordId, row.standing);
                         }
                         return true;
                     },
                     &error, standing),
                 qPrintable(error));
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.value(rogue.recordId), why);
        QCOMPARE(listed.value(real.recordId), QString());

        QByteArray csv;
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY2(
            records::RecordExport::writeCsv(school.teacher.ledger->database(), decisions, buffer, &error, {}, standing),
            qPrintable(error));
        QVERIFY(records::RecordExport::csvColumns().contains(QStringLiteral("standing")));
        QVERIFY2(csv.contains(why.toUtf8()), csv.constData());

        const auto html = records::RecordSheet::html(school.teacher.ledger->database(), decisions,
                                                     QDateTime::currentDateTimeUtc(), &error, standing);
        QVERIFY2(html, qPrintable(error));
        QVERIFY(html->contains(why));
        QCOMPARE(html->count(QLatin1String("does not count")), 1);
    }
};

QTEST_GUILESS_MAIN(TestRouteTrust)
#include "tst_routetrust.moc"
