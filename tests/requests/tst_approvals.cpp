// SPDX-License-Identifier: GPL-3.0-or-later
//
// Who may sign a decision: the people the pack lists for the role, with
// their keys, and the designees they name for a period. Every other
// decision is refused with a reason a person understands, and a decision
// that slipped into the ledger anyway does not count.

#include "packanswers.h"
#include "requests/delegation.h"
#include "requests/requestbook.h"
#include "requests/requestfiling.h"
#include "requests/requestsheet.h"
#include "requests/review.h"
#include "testprofile.h"

#include <QTest>

using namespace clearline;

namespace {

/// A Wilmington class-page request from a teacher, on one ledger that the
/// principal, a colleague and an impostor also sign on.
struct Office
{
    policy::Pack pack = test::loadPack(QStringLiteral("wilmington"));
    test::TestProfile teacher{QStringLiteral("Tess Teacher")};
    test::TestProfile principal{QStringLiteral("Rita Principal")};
    test::TestProfile colleague{QStringLiteral("Vic Vice")};
    QDate today = requests::districtToday(pack);
    QString requestId;

    Office()
    {
        policy::Role *role = nullptr;
        for (policy::Role &candidate : pack.roles) {
            if (candidate.id == QLatin1String("principal")) {
                role = &candidate;
            }
        }
        role->holders.append({QStringLiteral("Rita Principal"),
                              QStringLiteral("rita@wpsk12.example"),
                              {pack.schools.constFirst().id, {}},
                              principal.identity->info().publicKey});
        QString error;
        teacher.ledger->trustKey(colleague.identity->info(), QStringLiteral("accepted"), &error);
        requests::RequestForm form;
        form.procedureId = QStringLiteral("class-page");
        for (const policy::Field &field : pack.procedure(form.procedureId)->fields) {
            form.answers.insert(field.id, test::goodAnswer(pack, field));
        }
        for (const policy::ChecklistItem &item : pack.procedure(form.procedureId)->checklist) {
            form.ticked.append(item.id);
        }
        const auto sent =
            requests::RequestFiling(*teacher.ledger, *teacher.identity, pack).send(form, {}, today, &error);
        if (!sent) {
            qFatal("not sent: %s", qPrintable(error));
        }
        requestId = sent->recordId;
    }

    std::optional<ledger::Revision> decideAs(test::TestProfile &who, QString *error)
    {
        return requests::Review(*teacher.ledger, *who.identity, pack)
            .decide(requestId, requests::Decision::Action::Approve, {}, today, error);
    }

    requests::RequestStatus status() const
    {
        return *requests::RequestBook(*teacher.ledger, pack, teacher.identity->info().personId)
                    .status(requestId, today);
    }

    ledger::KnownPerson colleagueAsKnown() const
    {
        const auto found = requests::DelegationFiling::findPeople(*teacher.ledger, pack, QStringLiteral("Vic Vice"));
        if (found.size() != 1) {
            qFatal("the colleague is not known");
        }
        return found.constFirst();
    }
};

} // namespace

class TestApprovals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // North Middlesex 3.D.6: a student at risk is told to the principal at
    // once. The report heads the principal's queue, marked urgent, above a
    // request sent earlier that waits for their decision.
    void aMandatedReportHeadsTheQueueMarkedUrgent()
    {
        policy::Pack pack = test::loadPack(QStringLiteral("north-middlesex"));
        test::TestProfile teacher{QStringLiteral("Tess Teacher")};
        test::TestProfile principal{QStringLiteral("Rita Principal")};
        for (policy::Role &role : pack.roles) {
            if (role.id == QLatin1String("principal") || role.id == QLatin1String("superintendent")) {
                role.holders.append({QStringLiteral("Rita Principal"),
                                     QStringLiteral("rita@nmrsd.example"),
                                     {pack.schools.constFirst().id, {}},
                                     principal.identity->info().publicKey});
            }
        }
        const QDate today = requests::districtToday(pack);
        QString error;
        for (const QString &procedureId :
             {QStringLiteral("school-property-permission"), QStringLiteral("report-student-concern")}) {
            requests::RequestForm form;
            form.procedureId = procedureId;
            for (const policy::Field &field : pack.procedure(procedureId)->fields) {
                form.answers.insert(field.id, test::goodAnswer(pack, field));
            }
            for (const policy::ChecklistItem &item : pack.procedure(procedureId)->checklist) {
                form.ticked.append(item.id);
            }
            QVERIFY2(requests::RequestFiling(*teacher.ledger, *teacher.identity, pack).send(form, {}, today, &error),
                     qPrintable(error));
        }
        const auto queue = requests::Review::queue(*teacher.ledger, pack, principal.identity->info().publicKey, today);
        QCOMPARE(queue.size(), 2);
        QCOMPARE(queue.at(0).procedureId, QStringLiteral("report-student-concern"));
        QVERIFY(queue.at(0).urgent);
        QVERIFY(!queue.at(0).needsDecision);
        QCOMPARE(queue.at(1).procedureId, QStringLiteral("school-property-permission"));
        QVERIFY(!queue.at(1).urgent);
        QVERIFY(queue.at(1).needsDecision);
    }

    void someoneWhoDoesNotHoldTheRoleIsRefused()
    {
        Office office;
        QString error;
        QVERIFY(!office.decideAs(office.colleague, &error));
        QVERIFY2(error.contains(QLatin1String("does not list you for that role")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("nobody who holds it has named you as designee")));
        QCOMPARE(office.status().state, requests::RequestStatus::State::Waiting);
    }

    void aKeyTheSameNameHasButThePackDoesNotListIsRefused()
    {
        Office office;
        // The pack names Vic Vice as principal too, but with another key.
        for (policy::Role &role : office.pack.roles) {
            if (role.id == QLatin1String("principal")) {
                role.holders.append({QStringLiteral("Vic Vice"),
                                     QStringLiteral("vic@district.example"),
                                     {office.pack.schools.constFirst().id, {}},
                                     QByteArray(32, 'x')});
            }
        }
        QString error;
        QVERIFY(!office.decideAs(office.colleague, &error));
        QVERIFY2(error.contains(QLatin1String("not with the key this profile signs with")), qPrintable(error));
        QVERIFY(error.contains(office.colleague.identity->info().fingerprint()));

        // Slipped into the ledger anyway, the decision does not count.
        requests::Decision forged{office.requestId,
                                  office.teacher.ledger->record(office.requestId)->headRevision,
                                  0,
                                  QStringLiteral("principal"),
                                  requests::Decision::Action::Approve,
                                  {}};
        QVERIFY(office.teacher.ledger->submit(*office.colleague.identity,
                                              {requests::Decision::kKind, {}, {}, {}, forged.toPayload(), {}}, &error));
        QCOMPARE(office.status().state, requests::RequestStatus::State::Waiting);
    }

    void aDesigneeActsForTheRoleAndSaysForWhom()
    {
        Office office;
        QString error;
        requests::DelegationFiling filing(*office.teacher.ledger, *office.principal.identity, office.pack);
        QVERIFY2(filing.delegate(QStringLiteral("principal"), office.colleagueAsKnown(), office.today.addDays(7),
                                 office.today, &error),
                 qPrintable(error));
        const auto queue = requests::Review::queue(*office.teacher.ledger, office.pack,
                                                   office.colleague.identity->info().publicKey, office.today);
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue.constFirst().asDesigneeOf, QStringLiteral("Rita Principal"));
        QVERIFY2(office.decideAs(office.colleague, &error), qPrintable(error));
        QCOMPARE(office.status().state, requests::RequestStatus::State::Approved);
        const auto sheet =
            requests::RequestSheet::load(*office.teacher.ledger, office.pack, office.requestId, office.today, &error);
        QVERIFY(sheet);
        QCOMPARE(sheet->signatures.constLast().name, QStringLiteral("Vic Vice"));
        QVERIFY(sheet->signatures.constLast().role.contains(QLatin1String("designee of Rita Principal")));
    }

    void aDesigneeWhoseDelegationEndedIsRefused()
    {
        Office office;
        QString error;
        // Made last month for a week: it has ended.
        requests::Delegation old;
        old.roleId = QStringLiteral("principal");
        old.school = office.pack.schools.constFirst().id;
        old.toPerson = office.colleague.identity->info().personId;
        old.toName = QStringLiteral("Vic Vice");
        old.toKey = office.colleague.identity->info().publicKey;
        old.from = office.today.addDays(-30);
        old.until = office.today.addDays(-23);
        QVERIFY(office.teacher.ledger->submit(*office.principal.identity,
                                              {requests::Delegation::kKind, {}, {}, {}, old.toPayload(), {}}, &error));
        QVERIFY(!office.decideAs(office.colleague, &error));
        QVERIFY2(error.contains(QLatin1String("That delegation has ended")), qPrintable(error));
        QCOMPARE(office.status().state, requests::RequestStatus::State::Waiting);
    }

    void aDesigneeWhoseDelegationWasRevokedIsRefused()
    {
        Office office;
        QString error;
        requests::DelegationFiling filing(*office.teacher.ledger, *office.principal.identity, office.pack);
        const auto made = filing.delegate(QStringLiteral("principal"), office.colleagueAsKnown(),
                                          office.today.addDays(7), office.today, &error);
        QVERIFY(made);
        // Only the principal can end it.
        requests::DelegationFiling byDesignee(*office.teacher.ledger, *office.colleague.identity, office.pack);
        QVERIFY(!byDesignee.revoke(made->recordId, {}, &error));
        QVERIFY2(filing.revoke(made->recordId, QStringLiteral("I am back"), &error), qPrintable(error));
        QVERIFY(!office.decideAs(office.colleague, &error));
        QVERIFY2(error.contains(QLatin1String("ended that delegation")), qPrintable(error));
        QVERIFY(requests::Review::queue(*office.teacher.ledger, office.pack,
                                        office.colleague.identity->info().publicKey, office.today)
                    .isEmpty());
    }

    void onlyAHolderOfADelegableRoleCanDelegate()
    {
        Office office;
        QString error;
        requests::DelegationFiling byColleague(*office.teacher.ledger, *office.colleague.identity, office.pack);
        QVERIFY(!byColleague.delegate(QStringLiteral("principal"), office.colleagueAsKnown(), office.today.addDays(3),
                                      office.today, &error));
        QVERIFY2(error.contains(QLatin1String("It does not list your key")), qPrintable(error));
        requests::DelegationFiling filing(*office.teacher.ledger, *office.principal.identity, office.pack);
        QVERIFY(!filing.delegate(QStringLiteral("director-of-it"), office.colleagueAsKnown(), office.today.addDays(3),
                                 office.today, &error));
        QVERIFY2(error.contains(QLatin1String("does not let")), qPrintable(error));
        QVERIFY(!filing.delegate(QStringLiteral("principal"), office.colleagueAsKnown(), office.today.addDays(-1),
                                 office.today, &error));
        QVERIFY(!filing.delegate(QStringLiteral("principal"), office.colleagueAsKnown(), office.today.addYears(2),
                                 office.today, &error));
    }
};

QTEST_GUILESS_MAIN(TestApprovals)
#include "tst_approvals.moc"
