// SPDX-License-Identifier: GPL-3.0-or-later
//
// Who receives each kind of record (docs/privacy.md), per shipped pack: a
// teacher files one record of every kind and makes a bundle for each role
// holder and for another teacher; each record goes whole exactly to the
// people the audience table names, and as a withheld stub to everyone else.

#include "../requests/packanswers.h"
#include "audience/audience.h"
#include "contacts/contactfiling.h"
#include "requests/delegation.h"
#include "requests/request.h"
#include "requests/requestbook.h"
#include "requests/requestfiling.h"
#include "requests/review.h"
#include "testprofile.h"

#include "crypto/signingkey.h"
#include "policy/pack.h"
#include "sync/bundleexport.h"
#include "sync/bundleimport.h"
#include "sync/bundlereader.h"

#include <QDir>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace clearline;

namespace {

/// A district of one shipped pack with a key for every role: school roles
/// have a holder at the teacher's school and one at another school.
struct District
{
    policy::Pack pack;
    QString school;
    QString otherSchool;
    QList<QByteArray> holders; ///< every holder's key
    QHash<QByteArray, QString> label;

    explicit District(const QString &id)
        : pack(test::loadPack(id))
    {
        school = pack.schools.constFirst().id;
        otherSchool = pack.schools.size() > 1 ? pack.schools.at(1).id : QString();
        for (policy::Role &role : pack.roles) {
            role.holders.clear();
            const bool bySchool = role.scope == QLatin1String("school");
            for (const QString &at : bySchool ? QStringList{school, otherSchool} : QStringList{QString()}) {
                if (bySchool && at.isEmpty()) {
                    continue;
                }
                const QByteArray key = crypto::SigningKey::generate().publicKey();
                const QString name = QStringLiteral("%1 %2").arg(role.id, at);
                role.holders.append({name, role.id + QStringLiteral("@district.example"), {at, {}}, key});
                holders.append(key);
                label.insert(key, name);
            }
        }
    }

    /// The holders of the roles a route names, at the teacher's school.
    QSet<QByteArray> holdersOf(const QList<policy::RouteStage> &route) const
    {
        QSet<QByteArray> result;
        for (const policy::RouteStage &stage : route) {
            for (const policy::RouteStep &step : stage.steps) {
                result.unite(holdersOf(step.role.id));
            }
        }
        return result;
    }

    QSet<QByteArray> holdersOf(const QString &roleId) const
    {
        QSet<QByteArray> result;
        if (const policy::Role *role = pack.role(roleId)) {
            for (const policy::RoleHolder &holder : role->holders) {
                if (role->scope != QLatin1String("school") || holder.school.id == school) {
                    result.insert(holder.key);
                }
            }
        }
        return result;
    }

    QSet<QByteArray> recordsAccess() const
    {
        QSet<QByteArray> result;
        for (const policy::Ref &ref : pack.district.recordsAccess) {
            if (const policy::Role *role = pack.role(ref.id)) {
                for (const policy::RoleHolder &holder : role->holders) {
                    result.insert(holder.key);
                }
            }
        }
        return result;
    }

    QSet<QByteArray> everyRouteHolder() const
    {
        QSet<QByteArray> result;
        for (const policy::Procedure &procedure : pack.procedures) {
            result.unite(holdersOf(procedure.route));
        }
        return result;
    }
};

/// The record ids a bundle carries whole, and every line of it as text.
struct BundleContent
{
    QSet<QString> whole;
    qint64 withheld = 0;
    QByteArray text;
};

BundleContent readBundle(const QString &file)
{
    BundleContent content;
    sync::BundleReader reader(file);
    QString error;
    if (!reader.open(&error)) {
        qFatal("cannot open %s: %s", qPrintable(file), qPrintable(error));
    }
    QByteArray line;
    while (reader.nextLine(&line, &error) == sync::BundleReader::Item::Line) {
        content.text += line + '\n';
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QStringLiteral("type")).toString() == QLatin1String("revision")) {
            content.whole.insert(object.value(QStringLiteral("record")).toString());
        } else if (object.value(QStringLiteral("type")).toString() == QLatin1String("withheld")) {
            ++content.withheld;
        }
    }
    return content;
}

QJsonObject requestPayload(const District &district, const QString &procedureId, const QString &followUp = {})
{
    requests::Request request;
    request.form.procedureId = procedureId;
    request.title = procedureId;
    request.district = district.pack.district.id;
    request.school = district.school;
    request.sentOn = QDate::currentDate();
    request.followUp = followUp;
    return request.toPayload();
}

} // namespace

class TestAudience : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachKindReachesItsAudience_data()
    {
        QTest::addColumn<QString>("packId");
        for (const QString &id : policy::ShippedPacks::ids()) {
            QTest::newRow(qPrintable(id)) << id;
        }
    }

    void eachKindReachesItsAudience()
    {
        QFETCH(QString, packId);
        const District district(packId);
        const policy::Pack &pack = district.pack;
        test::TestProfile teacher(QStringLiteral("Tess Teacher"), district.school);
        const QByteArray tess = teacher.identity->info().publicKey;
        const QByteArray otherTeacher = crypto::SigningKey::generate().publicKey();
        const QSet<QByteArray> access = district.recordsAccess();

        // What each record is, and who the table in docs/privacy.md says sees it.
        QHash<QString, QSet<QByteArray>> expected;
        QHash<QString, QString> kindOf;
        const auto file = [&](const QString &kind, const QJsonObject &payload, QSet<QByteArray> audience) {
            const ledger::Revision revision = teacher.submit(payload, kind);
            audience.insert(tess);
            expected.insert(revision.recordId, audience);
            kindOf.insert(revision.recordId, kind);
            return revision.recordId;
        };

        file(QStringLiteral("contact"), {{QStringLiteral("summary"), QStringLiteral("CONTACT-SECRET about J.D.")}},
             access);
        file(QStringLiteral("memo"), {{QStringLiteral("title"), QStringLiteral("MEMO-SECRET")}}, access);
        const policy::Procedure *reporting = pack.procedure(pack.district.reportingProcedure.id);
        file(QStringLiteral("concern"),
             {{QStringLiteral("with"), QJsonObject{{QStringLiteral("initials"), QStringLiteral("J.D.")}}}},
             reporting ? district.holdersOf(reporting->route) : QSet<QByteArray>());
        for (const policy::Procedure &procedure : pack.procedures) {
            const bool isReport = reporting && procedure.id == reporting->id;
            const QString requestId =
                file(QStringLiteral("request"), requestPayload(district, procedure.id),
                     district.holdersOf(procedure.route) + (isReport ? QSet<QByteArray>() : access));
            const QSet<QByteArray> ofRequest = expected.value(requestId);
            file(QStringLiteral("decision"),
                 {{QStringLiteral("request"), requestId},
                  {QStringLiteral("step"), 0},
                  {QStringLiteral("action"), QStringLiteral("approve")}},
                 ofRequest);
            file(QStringLiteral("notice-handout"), {{QStringLiteral("regarding"), requestId}}, ofRequest);
            for (const policy::FollowUp &followUp : procedure.followUps) {
                file(QStringLiteral("request"), requestPayload(district, procedure.id, followUp.id),
                     district.holdersOf(followUp.route));
            }
        }
        file(QStringLiteral("acknowledgment"), {{QStringLiteral("district"), pack.district.id}},
             district.everyRouteHolder() + access);
        for (const policy::Duty &duty : pack.duties) {
            QSet<QByteArray> audience = district.everyRouteHolder() + access;
            for (const policy::Ref &role : duty.roles) {
                audience.unite(district.holdersOf(role.id));
            }
            file(QStringLiteral("duty-done"), {{QStringLiteral("duty"), duty.id}}, audience);
        }
        const QString hold =
            file(QStringLiteral("legal-hold"), {{QStringLiteral("reason"), QStringLiteral("HOLD")}},
                 (pack.district.recordsOfficer.isSet() ? district.holdersOf(pack.district.recordsOfficer.id)
                                                       : QSet<QByteArray>()) +
                     access);
        Q_UNUSED(hold);
        file(QStringLiteral("a-kind-from-a-newer-version"), {{QStringLiteral("x"), 1}}, access);
        QSet<QByteArray> everyone(district.holders.begin(), district.holders.end());
        everyone.insert(otherTeacher);
        file(QStringLiteral("delegation"), {{QStringLiteral("role"), QStringLiteral("none")}}, everyone);

        QTemporaryDir out;
        QList<QByteArray> recipients = district.holders;
        recipients.append(otherTeacher);
        for (const QByteArray &recipient : std::as_const(recipients)) {
            sync::ExportChoice choice;
            choice.audienceOf = recipient;
            choice.audiencePack = pack;
            const QString bundle = out.filePath(QString::fromLatin1(recipient.toHex().left(12)));
            QString error;
            const auto written =
                sync::BundleExport::write(*teacher.ledger, *teacher.identity, {}, choice, bundle, &error);
            QVERIFY2(written, qPrintable(error));
            const BundleContent content = readBundle(bundle);
            QSet<QString> wanted;
            for (auto it = expected.begin(); it != expected.end(); ++it) {
                if (it.value().contains(recipient)) {
                    wanted.insert(it.key());
                }
            }
            for (const QString &record : wanted - content.whole) {
                QFAIL(qPrintable(QStringLiteral("%1 did not get the %2 record")
                                     .arg(district.label.value(recipient, QStringLiteral("another teacher")),
                                          kindOf.value(record))));
            }
            for (const QString &record : content.whole - wanted) {
                QFAIL(qPrintable(QStringLiteral("%1 got the %2 record")
                                     .arg(district.label.value(recipient, QStringLiteral("another teacher")),
                                          kindOf.value(record))));
            }
            QCOMPARE(written->withheld + written->revisions, qint64(expected.size()));
            QCOMPARE(content.withheld, written->withheld);
            if (!access.contains(recipient)) {
                QVERIFY(!content.text.contains("CONTACT-SECRET"));
                QVERIFY(!content.text.contains("MEMO-SECRET"));
            }
        }
    }

    /// A coach's contact log never reaches the principal or another teacher;
    /// the principal's decision reaches the teacher who asked, who accepts
    /// nobody for it; her chain verifies with the stubs; and when the whole
    /// revisions come later (a full backup), they take the stubs' places.
    void aDecisionReachesItsRequesterAndNothingElse()
    {
        const QString kProcedure = QStringLiteral("professional-account-access");
        policy::Pack pack = test::loadPack(QStringLiteral("north-middlesex"));
        const QString school = pack.schools.constFirst().id;
        test::TestProfile principal(QStringLiteral("Pam Principal"), school);
        test::TestProfile teacher(QStringLiteral("Tess Teacher"), school);
        test::TestProfile coach(QStringLiteral("Cody Coach"), school);
        const crypto::IdentityInfo pam = principal.identity->info();
        for (policy::Role &role : pack.roles) {
            if (role.id == QLatin1String("direct-supervisor") || role.id == QLatin1String("principal")) {
                role.holders.append({pam.name, pam.email, {school, {}}, pam.publicKey});
            }
        }
        const QDate today = requests::districtToday(pack);
        QTemporaryDir mail;
        QString error;
        const auto send = [&](test::TestProfile &from, const QByteArray &to, const QString &name) {
            sync::ExportChoice choice;
            if (!to.isEmpty()) {
                choice.peerKeys = {to};
                choice.audienceOf = to;
                choice.audiencePack = pack;
            }
            const QString file = mail.filePath(name);
            if (!sync::BundleExport::write(*from.ledger, *from.identity, {}, choice, file, &error)) {
                qFatal("export: %s", qPrintable(error));
            }
            return file;
        };
        const auto take = [&](test::TestProfile &into, const QString &file, const QStringList &accepted = {}) {
            sync::ImportOptions options;
            options.pack = pack;
            options.accepted = accepted;
            return sync::BundleImport::run(*into.ledger, file, options);
        };
        const auto ask = [&](test::TestProfile &who) {
            requests::RequestForm form;
            form.procedureId = kProcedure;
            for (const policy::Field &field : pack.procedure(kProcedure)->fields) {
                form.answers.insert(field.id, test::goodAnswer(pack, field));
            }
            for (const policy::ChecklistItem &item : pack.procedure(kProcedure)->checklist) {
                form.ticked.append(item.id);
            }
            const auto request =
                requests::RequestFiling(*who.ledger, *who.identity, pack).send(form, {}, today, &error);
            if (!request) {
                qFatal("request: %s", qPrintable(error));
            }
            return request->recordId;
        };

        // The coach logs a contact and asks for an account; the principal,
        // whom the pack lists, gets the request but not the contact.
        coach.submit({{QStringLiteral("summary"), QStringLiteral("CONTACT-SECRET about J.D.")}},
                     QStringLiteral("contact"));
        const QString coachRequest = ask(coach);
        const QString coachToPam = send(coach, pam.publicKey, QStringLiteral("coach-to-pam"));
        QVERIFY(!readBundle(coachToPam).text.contains("CONTACT-SECRET"));
        const sync::ImportReport atPam = take(principal, coachToPam, {coach.identity->info().fingerprint()});
        QVERIFY2(atPam.outcome == sync::ImportReport::Outcome::Imported, qPrintable(atPam.problem));
        QCOMPARE(atPam.withheld, qint64(1));
        QVERIFY(principal.ledger->records(QStringLiteral("contact")).isEmpty());
        QVERIFY(principal.ledger->record(coachRequest));

        // The teacher asks too; the principal approves her request.
        const QString teacherRequest = ask(teacher);
        QCOMPARE(take(principal, send(teacher, pam.publicKey, QStringLiteral("tess-to-pam")),
                      {teacher.identity->info().fingerprint()})
                     .outcome,
                 sync::ImportReport::Outcome::Imported);
        QVERIFY2(requests::Review(*principal.ledger, *principal.identity, pack)
                     .decide(teacherRequest, requests::Decision::Action::Approve, {}, today, &error),
                 qPrintable(error));

        // The principal's bundle for the teacher: her decision, and the
        // coach's revisions only as stubs; she accepts nobody.
        const QString pamToTess = send(principal, teacher.identity->info().publicKey, QStringLiteral("pam-to-tess"));
        const BundleContent forTess = readBundle(pamToTess);
        QVERIFY(!forTess.text.contains("CONTACT-SECRET"));
        QVERIFY(!forTess.whole.contains(coachRequest));
        const sync::ImportReport atTess = take(teacher, pamToTess);
        QVERIFY2(atTess.outcome == sync::ImportReport::Outcome::Imported, qPrintable(atTess.problem));
        QVERIFY(atTess.waiting.isEmpty());
        QCOMPARE(atTess.withheld, qint64(2)); // the coach's contact and request
        // The first step (the direct supervisor's) is approved, by her.
        const QList<requests::StepDecision> decisions =
            requests::RequestBook(*teacher.ledger, pack, teacher.identity->info().personId).decisions(teacherRequest);
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.constFirst().step, 0);
        QCOMPARE(decisions.constFirst().byName, QStringLiteral("Pam Principal"));
        QVERIFY(!teacher.ledger->record(coachRequest));
        ledger::VerifyReport verified = teacher.ledger->verify();
        QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.problems.constFirst().message));

        // Importing the same bundle again changes nothing.
        const sync::ImportReport again = take(teacher, pamToTess);
        QCOMPARE(again.outcome, sync::ImportReport::Outcome::Imported);
        QCOMPARE(again.newRevisions, qint64(0));

        // A full backup of the principal's profile carries the coach's request
        // whole: once the teacher accepts the coach, it takes its stub's place.
        const QString backup = send(principal, {}, QStringLiteral("pam-backup"));
        QCOMPARE(take(teacher, backup).outcome, sync::ImportReport::Outcome::NeedsAcceptance);
        const sync::ImportReport filled = take(teacher, backup, {coach.identity->info().fingerprint()});
        QVERIFY2(filled.outcome == sync::ImportReport::Outcome::Imported, qPrintable(filled.problem));
        QCOMPARE(filled.newRevisions, qint64(1));
        QVERIFY(teacher.ledger->record(coachRequest));
        QVERIFY(teacher.ledger->records(QStringLiteral("contact")).isEmpty()); // the principal never had it
        verified = teacher.ledger->verify();
        QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.problems.constFirst().message));
    }

    /// A designee sees the route's records while the delegation is in force,
    /// and a report about a student goes to nobody outside its route.
    void aDesigneeSeesTheRouteWhileTheDelegationLasts()
    {
        policy::Pack pack = test::loadPack(QStringLiteral("north-middlesex"));
        const QString school = pack.schools.constFirst().id;
        test::TestProfile principal(QStringLiteral("Pam Principal"), school);
        test::TestProfile teacher(QStringLiteral("Tess Teacher"), school);
        const crypto::IdentityInfo pam = principal.identity->info();
        const crypto::IdentityInfo vic{{},
                                       QStringLiteral("Vic Vice"),
                                       QStringLiteral("vic@district.example"),
                                       {},
                                       school,
                                       {},
                                       crypto::SigningKey::generate().publicKey()};
        const QByteArray superintendent = crypto::SigningKey::generate().publicKey();
        for (policy::Role &role : pack.roles) {
            if (role.id == QLatin1String("principal")) {
                role.holders.append({pam.name, pam.email, {school, {}}, pam.publicKey});
            } else if (role.id == QLatin1String("superintendent")) {
                role.holders.append(
                    {QStringLiteral("Sue Super"), QStringLiteral("sue@district.example"), {}, superintendent});
            }
        }
        QString error;
        QVERIFY2(principal.ledger->trustKey(teacher.identity->info(), QStringLiteral("accepted"), &error),
                 qPrintable(error));
        // The teacher's report of a student at risk, as the principal holds it.
        const ledger::Revision report = teacher.submit(
            requestPayload(District(QStringLiteral("north-middlesex")), pack.district.reportingProcedure.id),
            QStringLiteral("request"));
        sync::ExportChoice all;
        const QString toPam = QDir(teacher.dir.path()).filePath(QStringLiteral("to-pam"));
        QVERIFY(sync::BundleExport::write(*teacher.ledger, *teacher.identity, {}, all, toPam, &error));
        sync::ImportOptions options;
        options.pack = pack;
        options.accepted = {teacher.identity->info().fingerprint()};
        QCOMPARE(sync::BundleImport::run(*principal.ledger, toPam, options).outcome,
                 sync::ImportReport::Outcome::Imported);

        const auto sees = [&](const QByteArray &key) {
            audience::AudienceBook book(*principal.ledger, pack, QDateTime::currentDateTimeUtc());
            return book.ofRecord(report.recordId)->contains(key);
        };
        QVERIFY(sees(pam.publicKey));
        QVERIFY(!sees(vic.publicKey));
        QVERIFY(!sees(superintendent)); // a district role, but not on the reporting route

        const ledger::KnownPerson to{{}, vic.name, vic.email, school, vic.publicKey, QStringLiteral("accepted")};
        requests::DelegationFiling delegations(*principal.ledger, *principal.identity, pack);
        const QDate today = requests::districtToday(pack);
        const auto made = delegations.delegate(QStringLiteral("principal"), to, today.addDays(7), today, &error);
        QVERIFY2(made, qPrintable(error));
        QVERIFY(sees(vic.publicKey));
        QVERIFY2(delegations.revoke(made->recordId, QStringLiteral("Back from leave"), &error), qPrintable(error));
        QVERIFY(!sees(vic.publicKey));
    }

    // A contact is its author's alone, unless the rule that decided it asks
    // them to tell a role (a notify to-do, in the invented Lakeview pack):
    // then that role's holders at the author's school see it, no one else.
    void aContactReachesTheRoleItMustBeToldTo()
    {
        const District district(QStringLiteral("lakeview"));
        test::TestProfile teacher(QStringLiteral("Mo Teacher"), district.school);
        contacts::ContactFiling filing(*teacher.ledger, *teacher.identity, district.pack);
        contacts::ContactEntry entry;
        entry.when = QDateTime(QDate(2026, 10, 14), QTime(10, 0), QTimeZone("America/Chicago"));
        entry.initials = QStringLiteral("M.O.");
        entry.audience = QStringLiteral("students");
        entry.channel = QStringLiteral("personal-email");
        entry.purpose = QStringLiteral("coursework");
        entry.recipients = QStringLiteral("with-parent");
        QString error;
        const auto told = filing.log(entry, &error);
        QVERIFY2(told, qPrintable(error));
        entry.recipients = QStringLiteral("one");
        const auto alone = filing.log(entry, &error);
        QVERIFY2(alone, qPrintable(error));

        audience::AudienceBook book(*teacher.ledger, district.pack, QDateTime::currentDateTimeUtc());
        const QByteArray me = teacher.identity->info().publicKey;
        const std::optional<audience::Audience> ofTold = book.ofRecord(told->contact.recordId);
        QCOMPARE(ofTold->basis, QStringLiteral("author-and-notified"));
        QCOMPARE(ofTold->people, district.holdersOf(QStringLiteral("principal")) + QSet<QByteArray>{me});
        QVERIFY(!district.holdersOf(QStringLiteral("principal")).isEmpty());
        const std::optional<audience::Audience> ofAlone = book.ofRecord(alone->contact.recordId);
        QCOMPARE(ofAlone->basis, QStringLiteral("author-only"));
        QCOMPARE(ofAlone->people, QSet<QByteArray>{me});
    }

    void theSameFunctionAnswersForTheRecordsPage()
    {
        const District district(QStringLiteral("north-middlesex"));
        test::TestProfile teacher(QStringLiteral("Tess Teacher"), district.school);
        const ledger::Revision contact =
            teacher.submit({{QStringLiteral("summary"), QStringLiteral("x")}}, QStringLiteral("contact"));
        audience::AudienceBook book(*teacher.ledger, district.pack, QDateTime::currentDateTimeUtc());
        const std::optional<audience::Audience> of = book.ofRecord(contact.recordId);
        QVERIFY(of);
        QCOMPARE(of->basis, QStringLiteral("author-only"));
        QCOMPARE(of->people, QSet<QByteArray>{teacher.identity->info().publicKey});
        const QList<audience::AudienceMember> members = book.members(*of);
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.constFirst().name, QStringLiteral("Tess Teacher"));
    }
};

QTEST_GUILESS_MAIN(TestAudience)
#include "tst_audience.moc"
