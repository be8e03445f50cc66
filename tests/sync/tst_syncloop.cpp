// SPDX-License-Identifier: GPL-3.0-or-later
//
// The whole loop between three laptops, only through bundles: a coach asks
// for a professional account, the direct supervisor (a principal) and the
// Director of Technology approve it in turn, and the approval comes back.
// Bundles are imported twice, out of order and overlapping; at the end the
// three ledgers hold the same revisions, verify, and agree it is approved.

#include "../requests/packanswers.h"
#include "requests/requestbook.h"
#include "requests/requestfiling.h"
#include "requests/review.h"
#include "testprofile.h"

#include "ledger/syncstore.h"
#include "sync/bundleexport.h"
#include "sync/bundleimport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace clearline;

namespace {

const auto kProcedure = QStringLiteral("professional-account-access");

/// North Middlesex, with the principal and the director listed by key, and
/// the route cut to its first two approvers so that three laptops carry it.
policy::Pack districtPack(const crypto::IdentityInfo &principal, const crypto::IdentityInfo &director)
{
    policy::Pack pack = test::loadPack(QStringLiteral("north-middlesex"));
    for (policy::Procedure &procedure : pack.procedures) {
        if (procedure.id == kProcedure) {
            procedure.route.removeLast();
        }
    }
    for (policy::Role &role : pack.roles) {
        if (role.id == QLatin1String("direct-supervisor")) {
            role.holders.append(
                {principal.name, principal.email, {pack.schools.constFirst().id, {}}, principal.publicKey});
        } else if (role.id == QLatin1String("director-of-technology")) {
            role.holders.append({director.name, director.email, {}, director.publicKey});
        }
    }
    return pack;
}

struct Laptop
{
    test::TestProfile profile;
    QString name;

    explicit Laptop(const QString &who)
        : profile(who)
        , name(who)
    {}

    QByteArray key() const { return profile.identity->info().publicKey; }

    QSet<QString> hashes() const
    {
        QSet<QString> result;
        QString error;
        ledger::SyncStore(*profile.ledger)
            .forEachRevision(
                [&](qint64, const ledger::Revision &revision) {
                    result.insert(QString::fromLatin1(revision.hash.toHex()));
                    return true;
                },
                &error);
        return result;
    }
};

} // namespace

class TestSyncLoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRequestTravelsToTwoApproversAndBack()
    {
        Laptop coach(QStringLiteral("Cody Coach"));
        Laptop principal(QStringLiteral("Pam Principal"));
        Laptop director(QStringLiteral("Dev Director"));
        const policy::Pack pack = districtPack(principal.profile.identity->info(), director.profile.identity->info());
        const QDate today = requests::districtToday(pack);
        QTemporaryDir mail;
        QString error;
        int sent = 0;

        const auto send = [&](Laptop &from, const QList<Laptop *> &to = {}) {
            const QString file = mail.filePath(QStringLiteral("%1-%2.clbundle").arg(++sent).arg(from.name));
            sync::ExportChoice choice;
            for (const Laptop *peer : to) {
                choice.peerKeys.append(peer->key());
            }
            if (!sync::BundleExport::write(*from.profile.ledger, *from.profile.identity, {}, choice, file, &error)) {
                qFatal("export: %s", qPrintable(error));
            }
            return file;
        };
        const auto take = [&](Laptop &into, const QString &file) {
            sync::ImportOptions options;
            options.pack = pack;
            // The coach is not in the pack: each approver compared the
            // coach's fingerprint and accepted it.
            options.accepted = {coach.profile.identity->info().fingerprint()};
            const sync::ImportReport report = sync::BundleImport::run(*into.profile.ledger, file, options);
            if (report.outcome != sync::ImportReport::Outcome::Imported) {
                qFatal("%s refused %s: %s", qPrintable(into.name), qPrintable(file), qPrintable(report.problem));
            }
            return report;
        };
        const auto approve = [&](Laptop &who, const QString &requestId) {
            const auto decision = requests::Review(*who.profile.ledger, *who.profile.identity, pack)
                                      .decide(requestId, requests::Decision::Action::Approve, {}, today, &error);
            QVERIFY2(decision, qPrintable(error));
        };
        const auto state = [&](Laptop &who, const QString &requestId) {
            return requests::RequestBook(*who.profile.ledger, pack, who.profile.identity->info().personId)
                .status(requestId, today)
                ->state;
        };

        // The coach asks.
        requests::RequestForm form;
        form.procedureId = kProcedure;
        for (const policy::Field &field : pack.procedure(kProcedure)->fields) {
            form.answers.insert(field.id, test::goodAnswer(pack, field));
        }
        for (const policy::ChecklistItem &item : pack.procedure(kProcedure)->checklist) {
            form.ticked.append(item.id);
        }
        const auto request =
            requests::RequestFiling(*coach.profile.ledger, *coach.profile.identity, pack).send(form, {}, today, &error);
        QVERIFY2(request, qPrintable(error));
        const QString requestId = request->recordId;
        const QString fromCoach = send(coach);

        // The principal takes it (twice: the e-mail came twice) and approves.
        QCOMPARE(take(principal, fromCoach).newRevisions, 1);
        QCOMPARE(take(principal, fromCoach).alreadyThere, 1);
        approve(principal, requestId);
        const QString fromPrincipal = send(principal, {&director});

        // The director gets the principal's bundle, which carries the
        // coach's request too, approves, and sends to everyone.
        const sync::ImportReport atDirector = take(director, fromPrincipal);
        QCOMPARE(atDirector.newRevisions, 2);
        QCOMPARE(atDirector.newPeople.size(), 2); // the coach (accepted) and the principal (pack)
        approve(director, requestId);
        const QString fromDirector = send(director);

        // Back at the coach, newest first, then the older ones (reordered,
        // overlapping): every revision lands once.
        QCOMPARE(take(coach, fromDirector).newRevisions, 2);
        QCOMPARE(take(coach, fromPrincipal).newRevisions, 0);
        QCOMPARE(take(coach, fromCoach).newRevisions, 0);
        QCOMPARE(state(coach, requestId), requests::RequestStatus::State::Approved);

        // The principal hears from the director in the same way, and the
        // director takes the coach's first bundle late.
        take(principal, fromDirector);
        take(director, fromCoach);
        // From now on each sends the others only what they lack.
        const QString coachToPrincipal = send(coach, {&principal});
        QCOMPARE(take(principal, coachToPrincipal).newRevisions, 0);
        const QString directorToPrincipal = send(director, {&principal});
        QCOMPARE(take(principal, directorToPrincipal).newRevisions, 0);

        const QSet<QString> everything = coach.hashes();
        QCOMPARE(everything.size(), 3);
        for (Laptop *laptop : {&coach, &principal, &director}) {
            QCOMPARE(laptop->hashes(), everything);
            const ledger::VerifyReport verified = laptop->profile.ledger->verify();
            QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.problems.constFirst().message));
            QCOMPARE(state(*laptop, requestId), requests::RequestStatus::State::Approved);
            QCOMPARE(laptop->profile.ledger->record(requestId)->headRevision,
                     coach.profile.ledger->record(requestId)->headRevision);
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncLoop)
#include "tst_syncloop.moc"
