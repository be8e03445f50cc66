// SPDX-License-Identifier: GPL-3.0-or-later
//
// The contact log under the shipped packs: every rule about a channel and
// an audience shows on an entry that meets it, with its verdict and its
// clause in the words the person reads; a student at risk makes the
// notification record without holding the entry back; copies to forward
// are reminded until marked; the log's filters.

#include "../requests/packanswers.h"
#include "contacts/contactbook.h"
#include "contacts/contactfiling.h"
#include "testprofile.h"

#include "policy/rulematcher.h"
#include "policy/shippedpacks.h"
#include "policy/vocabulary.h"

#include <QTimeZone>

using namespace clearline;
using contacts::ContactEntry;

namespace {

/// A school day at 10:00, or a Saturday at noon, in the district's zone.
QDateTime moment(const policy::Pack &pack, bool offHours)
{
    const QTimeZone zone(pack.district.timezone.toUtf8());
    return offHours ? QDateTime(QDate(2026, 10, 17), QTime(12, 0), zone)
                    : QDateTime(QDate(2026, 10, 14), QTime(10, 0), zone);
}

ContactEntry entryMeeting(const policy::Pack &pack, const policy::Rule &rule, const QString &channel,
                          const QString &audience)
{
    ContactEntry entry;
    entry.initials = QStringLiteral("J.R.");
    entry.audience = audience;
    entry.channel = channel;
    // The pack's purpose that meets exactly the rule's purpose conditions.
    QSet<QString> byPurpose;
    for (const QString &condition : rule.when) {
        if (condition == QLatin1String("educational-purpose") || condition == QLatin1String("emergency")) {
            byPurpose.insert(condition);
        }
    }
    for (const policy::Purpose &purpose : pack.purposes) {
        QSet<QString> meets(purpose.countsAs.begin(), purpose.countsAs.end());
        meets.remove(QStringLiteral("school-sponsored-trip"));
        if (meets == byPurpose) {
            entry.purpose = purpose.id;
            break;
        }
    }
    for (const QString &condition : rule.when) {
        if (condition == QLatin1String("own-child")) {
            entry.ownChild = true;
        } else if (condition == QLatin1String("school-sponsored-trip")) {
            entry.schoolTrip = true;
        } else if (condition.startsWith(QLatin1String("grades:"))) {
            entry.grade = condition.section(QLatin1Char('-'), 1).toInt();
        } else if (const qsizetype kind = policy::vocabulary::kRecipientConditions.indexOf(condition); kind >= 0) {
            entry.recipients = policy::vocabulary::kRecipients.at(kind);
        }
    }
    entry.when = moment(pack, rule.when.contains(QStringLiteral("off-hours")));
    return entry;
}

} // namespace

class TestContactRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRuleIsFlaggedWithItsClause_data()
    {
        QTest::addColumn<QString>("packId");
        QTest::addColumn<QString>("ruleId");
        for (const QString &id : policy::ShippedPacks::ids()) {
            for (const policy::Rule &rule : test::loadPack(id).rules) {
                QTest::newRow(qPrintable(id + QLatin1Char('/') + rule.id)) << id << rule.id;
            }
        }
    }

    void everyRuleIsFlaggedWithItsClause()
    {
        QFETCH(QString, packId);
        QFETCH(QString, ruleId);
        const policy::Pack pack = test::loadPack(packId);
        const policy::Rule &rule =
            *std::find_if(pack.rules.begin(), pack.rules.end(), [&](const policy::Rule &r) { return r.id == ruleId; });
        const QStringList audiences = rule.audience == QLatin1String("students-and-parents")
                                          ? QStringList{QStringLiteral("students"), QStringLiteral("parents")}
                                          : QStringList{rule.audience};
        for (const QString &channel : rule.channels) {
            for (const QString &audience : audiences) {
                const ContactEntry entry = entryMeeting(pack, rule, channel, audience);
                const contacts::ContactAssessment assessment = contacts::assess(pack, entry);
                const QString where = channel + QLatin1Char('/') + audience;
                // This rule decides, or one that is more specific or stricter.
                const policy::Rule *deciding = nullptr;
                for (const policy::Rule &r : pack.rules) {
                    if (r.id == assessment.ruleId) {
                        deciding = &r;
                    }
                }
                QVERIFY2(deciding, qPrintable(where));
                QVERIFY2(deciding == &rule || deciding->when.size() > rule.when.size() ||
                             policy::RuleMatcher::strictness(deciding->verdict) >=
                                 policy::RuleMatcher::strictness(rule.verdict),
                         qPrintable(where + QStringLiteral(" decided by ") + deciding->id));
                QCOMPARE(assessment.verdict, deciding->verdict);
                QCOMPARE(assessment.clauseId, deciding->clause.id);
                if (deciding->verdict != QLatin1String("allowed")) {
                    const policy::Clause *clause = pack.clause(deciding->clause.id);
                    QVERIFY2(assessment.guidance.constFirst().contains(QStringLiteral("§ %1").arg(clause->section)),
                             qPrintable(where + QStringLiteral(": ") + assessment.guidance.constFirst()));
                }
            }
        }
    }

    // A district that names its own purposes (the invented Lakeview pack:
    // coursework and clubs count as school work; something personal does
    // not): the log offers those, judges by what each counts as, and keeps
    // the label so the record reads the same in every language later.
    void purposesAreTheDistricts()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("lakeview"));
        ContactEntry entry;
        entry.when = moment(pack, false);
        entry.initials = QStringLiteral("M.O.");
        entry.audience = QStringLiteral("students");
        entry.channel = QStringLiteral("district-email");

        entry.purpose = QStringLiteral("clubs-and-teams");
        QCOMPARE(contacts::assess(pack, entry).verdict, QStringLiteral("allowed"));
        QCOMPARE(contacts::assess(pack, entry).ruleId, QStringLiteral("district-email-school-work"));
        entry.purpose = QStringLiteral("personal");
        QCOMPARE(contacts::assess(pack, entry).verdict, QStringLiteral("parent-first"));

        // Another district's purpose is not this one's.
        entry.purpose = QStringLiteral("educational");
        const QString problem = entry.problem(pack);
        QVERIFY2(problem.contains(QLatin1String("coursework (Class work and grades)")), qPrintable(problem));

        entry.purpose = QStringLiteral("coursework");
        QVERIFY(entry.problem(pack).isEmpty());
        test::TestProfile teacher;
        contacts::ContactFiling filing(*teacher.ledger, *teacher.identity, pack);
        QString error;
        QVERIFY2(filing.log(entry, &error), qPrintable(error));
        const ContactEntry saved =
            contacts::ContactBook(*teacher.ledger, teacher.identity->info().personId).entries().constFirst().entry;
        QCOMPARE(saved.purpose, QStringLiteral("coursework"));
        QCOMPARE(saved.purposeText(), QStringLiteral("Class work and grades"));
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("es")));
        QCOMPARE(saved.purposeText(), QStringLiteral("Tareas y calificaciones"));
        QLocale::setDefault(before);
    }

    // Who was on the message (the invented Lakeview pack): personal e-mail
    // to a student only with a parent copied, the class tool for groups; a
    // parent copied brings the rules about parents in too.
    void whoWasOnTheMessageDecides()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("lakeview"));
        ContactEntry entry;
        entry.when = moment(pack, false);
        entry.initials = QStringLiteral("M.O.");
        entry.audience = QStringLiteral("students");
        entry.purpose = QStringLiteral("coursework");
        const auto verdict = [&](const QString &channel, const QString &recipients, bool offHours = false) {
            entry.channel = channel;
            entry.recipients = recipients;
            entry.when = moment(pack, offHours);
            return contacts::assess(pack, entry).verdict;
        };
        QCOMPARE(verdict(QStringLiteral("personal-email"), QStringLiteral("one")), QStringLiteral("forbidden"));
        QCOMPARE(verdict(QStringLiteral("personal-email"), QStringLiteral("group")), QStringLiteral("forbidden"));
        QCOMPARE(verdict(QStringLiteral("personal-email"), QStringLiteral("with-parent")),
                 QStringLiteral("discouraged"));
        entry.copiedRoles = {QStringLiteral("principal")};
        QCOMPARE(verdict(QStringLiteral("personal-email"), QStringLiteral("one")), QStringLiteral("discouraged"));
        QCOMPARE(contacts::assess(pack, entry).ruleId, QStringLiteral("personal-email-principal-copied"));
        entry.copiedRoles.clear();
        QCOMPARE(verdict(QStringLiteral("approved-tool"), QStringLiteral("group")), QStringLiteral("allowed"));
        QCOMPARE(verdict(QStringLiteral("approved-tool"), QStringLiteral("one")), QStringLiteral("discouraged"));
        // Off-hours district e-mail about school work: allowed to the student
        // alone; with a parent copied, the rule about parents off-hours holds.
        QCOMPARE(verdict(QStringLiteral("district-email"), QStringLiteral("one"), true), QStringLiteral("allowed"));
        QCOMPARE(verdict(QStringLiteral("district-email"), QStringLiteral("with-parent"), true),
                 QStringLiteral("discouraged"));

        entry.audience = QStringLiteral("parents");
        entry.recipients = QStringLiteral("with-parent");
        QVERIFY(!entry.problem(pack).isEmpty());
        entry.recipients = QStringLiteral("everyone");
        QVERIFY(!entry.problem(pack).isEmpty());
    }

    // A contact a rule asks a follow-up for makes a to-do with its deadline
    // counted from the contact's time (hours on the clock, school days on
    // the calendar, holidays skipped); copying the role instead does it at
    // once; marking it done closes it with a record, once.
    void aContactMakesItsToDos()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("lakeview"));
        const QTimeZone chicago("America/Chicago");
        test::TestProfile teacher;
        contacts::ContactFiling filing(*teacher.ledger, *teacher.identity, pack);
        ContactEntry entry;
        entry.when = QDateTime(QDate(2026, 10, 14), QTime(10, 0), chicago);
        entry.initials = QStringLiteral("M.O.");
        entry.audience = QStringLiteral("students");
        entry.recipients = QStringLiteral("with-parent");
        entry.channel = QStringLiteral("personal-email");
        entry.purpose = QStringLiteral("coursework");
        QString error;
        const auto told = filing.log(entry, &error);
        QVERIFY2(told, qPrintable(error));
        QCOMPARE(told->assessment.toDos.size(), 1);
        const contacts::ContactToDoItem toDo = told->assessment.toDos.constFirst();
        QCOMPARE(toDo.id, QStringLiteral("tell-principal"));
        QCOMPARE(toDo.due, QDateTime(QDate(2026, 10, 16), QTime(10, 0), chicago));
        QVERIFY(!toDo.isLate(toDo.due));
        QVERIFY(toDo.isLate(toDo.due.addSecs(1)));
        const QString guidance = told->assessment.guidance.join(QLatin1Char('\n'));
        QVERIFY2(guidance.contains(QLatin1String("To do: Tell the Principal about this contact, by")),
                 qPrintable(guidance));

        // Copied on the message: nothing left to do, and the record says why.
        entry.copiedRoles = {QStringLiteral("principal")};
        const auto copied = filing.log(entry, &error);
        QVERIFY2(copied, qPrintable(error));
        QCOMPARE(copied->assessment.toDos.constFirst().how, QStringLiteral("copied"));
        QVERIFY(copied->assessment.toDos.constFirst().isDone());

        // Two school days from the Tuesday before Thanksgiving break.
        entry = {};
        entry.when = QDateTime(QDate(2026, 11, 24), QTime(10, 0), chicago);
        entry.initials = QStringLiteral("M.O.");
        entry.audience = QStringLiteral("students");
        entry.channel = QStringLiteral("approved-tool");
        entry.purpose = QStringLiteral("coursework");
        const auto thread = filing.log(entry, &error);
        QVERIFY2(thread, qPrintable(error));
        QCOMPARE(thread->assessment.toDos.constFirst().due, QDateTime(QDate(2026, 12, 1), QTime(15, 15), chicago));
        QCOMPARE(thread->assessment.toDos.constFirst().words(),
                 QStringLiteral("Forward the thread to your district mailbox"));

        const contacts::ContactBook book(*teacher.ledger, teacher.identity->info().personId);
        QCOMPARE(book.entries().size(), 3);
        int open = 0;
        for (const contacts::ContactItem &item : book.entries()) {
            open += int(item.openToDos().size());
        }
        QCOMPARE(open, 2);

        QVERIFY2(filing.markToDoDone(told->contact.recordId, QStringLiteral("tell-principal"),
                                     QStringLiteral("Told Ms. Ortiz in person"), &error),
                 qPrintable(error));
        QVERIFY(!filing.markToDoDone(told->contact.recordId, QStringLiteral("tell-principal"), {}, &error));
        QVERIFY(!filing.markToDoDone(told->contact.recordId, QStringLiteral("no-such"), {}, &error));
        QVERIFY2(error.contains(QLatin1String("tell-principal")), qPrintable(error));
        // Forwarding the thread is what its to-do asks.
        QVERIFY2(filing.markForwarded(thread->contact.recordId, &error), qPrintable(error));
        for (const contacts::ContactItem &item : book.entries()) {
            QVERIFY2(item.openToDos().isEmpty(), qPrintable(item.recordId));
            for (const contacts::ContactToDoItem &done : item.entry.toDos) {
                QVERIFY(done.isDone());
                if (done.id == QLatin1String("tell-principal") && done.how == QLatin1String("marked")) {
                    QCOMPARE(done.note, QStringLiteral("Told Ms. Ortiz in person"));
                }
            }
        }
    }

    // The device a contact was made from (what the channel says unless the
    // person says otherwise) and whose phone a call reached decide too.
    void theDeviceAndWhosePhoneDecide()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("lakeview"));
        ContactEntry entry;
        entry.when = moment(pack, false);
        entry.initials = QStringLiteral("M.O.");
        entry.audience = QStringLiteral("students");
        entry.purpose = QStringLiteral("coursework");
        entry.channel = QStringLiteral("district-email");
        QCOMPARE(entry.effectiveDevice(), QStringLiteral("district"));
        QCOMPARE(contacts::assess(pack, entry).verdict, QStringLiteral("allowed"));
        entry.device = QStringLiteral("personal");
        QCOMPARE(contacts::assess(pack, entry).verdict, QStringLiteral("discouraged"));
        QCOMPARE(contacts::assess(pack, entry).ruleId, QStringLiteral("district-email-personal-device"));

        entry.device.clear();
        entry.channel = QStringLiteral("district-phone");
        entry.theirPhone = QStringLiteral("student");
        QCOMPARE(contacts::assess(pack, entry).verdict, QStringLiteral("forbidden"));
        entry.theirPhone = QStringLiteral("family");
        QCOMPARE(contacts::assess(pack, entry).verdict, QStringLiteral("none"));
        QVERIFY(entry.problem(pack).isEmpty());
        entry.channel = QStringLiteral("district-email");
        QVERIFY2(entry.problem(pack).contains(QLatin1String("call or a text")), qPrintable(entry.problem(pack)));
    }

    // The family ties a district excuses are its own (the invented Lakeview
    // pack: one's own child, or a child of one's household, with care).
    void familyTiesAreTheDistricts()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("lakeview"));
        ContactEntry entry;
        entry.when = moment(pack, false);
        entry.initials = QStringLiteral("M.O.");
        entry.audience = QStringLiteral("students");
        entry.purpose = QStringLiteral("personal");
        entry.channel = QStringLiteral("personal-social");
        QCOMPARE(contacts::assess(pack, entry).verdict, QStringLiteral("forbidden"));
        entry.family = QStringLiteral("my-child");
        QCOMPARE(contacts::assess(pack, entry).verdict, QStringLiteral("allowed"));
        QCOMPARE(contacts::assess(pack, entry).ruleId, QStringLiteral("own-children"));
        entry.family = QStringLiteral("household");
        QCOMPARE(contacts::assess(pack, entry).verdict, QStringLiteral("discouraged"));
        QCOMPARE(contacts::assess(pack, entry).ruleId, QStringLiteral("household-children"));
        entry.family = QStringLiteral("cousin");
        QVERIFY2(entry.problem(pack).contains(QLatin1String("household (A child who lives in my household)")),
                 qPrintable(entry.problem(pack)));
    }

    // A pack that names no purposes asks for none, and takes none.
    void aPackWithoutPurposesAsksForNone()
    {
        policy::Pack pack = test::loadPack(QStringLiteral("lakeview"));
        pack.purposes.clear();
        ContactEntry entry;
        entry.when = moment(pack, false);
        entry.initials = QStringLiteral("M.O.");
        entry.audience = QStringLiteral("parents");
        entry.channel = QStringLiteral("district-email");
        QVERIFY(entry.problem(pack).isEmpty());
        entry.purpose = QStringLiteral("coursework");
        QVERIFY(!entry.problem(pack).isEmpty());
    }

    void aStudentAtRiskMakesTheNotificationRecord()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("north-middlesex"));
        test::TestProfile teacher;
        contacts::ContactFiling filing(*teacher.ledger, *teacher.identity, pack);
        ContactEntry entry;
        entry.when = moment(pack, true);
        entry.initials = QStringLiteral("K.L.");
        entry.rosterId = QStringLiteral("40112");
        entry.audience = QStringLiteral("students");
        entry.channel = QStringLiteral("personal-cell-text");
        entry.purpose = QStringLiteral("safety");
        entry.atRisk = true;
        QString error;
        const auto logged = filing.log(entry, &error);
        QVERIFY2(logged, qPrintable(error));
        const QString advice = logged->assessment.guidance.join(QLatin1Char('\n'));
        QVERIFY2(advice.contains(QLatin1String("Department of Children and Families")), qPrintable(advice));
        QVERIFY2(advice.contains(QLatin1String("(or designee)")), qPrintable(advice));
        QVERIFY(!logged->concernId.isEmpty());
        contacts::ContactBook book(*teacher.ledger, teacher.identity->info().personId);
        QCOMPARE(book.unreportedConcerns().size(), 1);
        QCOMPARE(book.unreportedConcerns().constFirst().concern.agency,
                 QStringLiteral("Department of Children and Families"));
        const QDateTime reported = QDateTime::currentDateTime();
        QVERIFY2(filing.recordReport(logged->concernId, reported, QStringLiteral("DCF hotline"), &error),
                 qPrintable(error));
        QVERIFY(book.unreportedConcerns().isEmpty());
        QVERIFY(book.entries().constFirst().flagged());
    }

    void copiesToForwardAreRemindedUntilMarked()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("melrose"));
        test::TestProfile teacher;
        contacts::ContactFiling filing(*teacher.ledger, *teacher.identity, pack);
        ContactEntry entry;
        entry.when = moment(pack, true);
        entry.initials = QStringLiteral("A.B.");
        entry.audience = QStringLiteral("students");
        entry.channel = QStringLiteral("personal-email");
        entry.purpose = QStringLiteral("scheduling");
        QString error;
        const auto logged = filing.log(entry, &error);
        QVERIFY(logged->assessment.mustForward);
        QVERIFY(logged->assessment.guidance.join(QLatin1Char(' ')).contains(QLatin1String("Forward a copy")));
        contacts::ContactBook book(*teacher.ledger, teacher.identity->info().personId);
        QVERIFY(book.entries().constFirst().awaitsForwarding());
        QVERIFY2(filing.markForwarded(logged->contact.recordId, &error), qPrintable(error));
        QVERIFY(!book.entries().constFirst().awaitsForwarding());
        QVERIFY(!filing.markForwarded(logged->contact.recordId, &error)); // once is enough
    }

    // What each policy asks staff to keep, read from its text: a contact on
    // that channel names the pack's documentation entry, and whether a copy
    // goes to the district account.
    void eachPackAsksToKeepWhatItsPolicyNames_data()
    {
        QTest::addColumn<QString>("district");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("documentation");
        QTest::addColumn<bool>("forward");
        // Notes, Public Records Law / Archiving: save messages sent from a
        // private account and forward copies to the school e-mail.
        QTest::newRow("Melrose notes: private e-mail") << QStringLiteral("melrose") << QStringLiteral("personal-email")
                                                       << QStringLiteral("personal-account-messages") << true;
        QTest::newRow("Melrose notes: private social account")
            << QStringLiteral("melrose") << QStringLiteral("personal-social")
            << QStringLiteral("personal-account-messages") << true;
        // 4.8: an advisor's off-hours texts and calls are subject to
        // retention and disclosure.
        QTest::newRow("Melrose 4.8: personal texts")
            << QStringLiteral("melrose") << QStringLiteral("personal-cell-text")
            << QStringLiteral("advisor-off-hours-messages") << true;
        // 3.D.3: a message from personal e-mail or phone may need a paper
        // copy or a note, filed and kept private by the staff member.
        QTest::newRow("North Middlesex 3.D.3: personal texts")
            << QStringLiteral("north-middlesex") << QStringLiteral("personal-cell-text")
            << QStringLiteral("personal-channel-messages") << false;
        QTest::newRow("North Middlesex 3.D.2: personal e-mail")
            << QStringLiteral("north-middlesex") << QStringLiteral("personal-email")
            << QStringLiteral("personal-channel-messages") << false;
        // 4.c: personal e-mail and online messages are public records;
        // forward copies to the school e-mail.
        QTest::newRow("Wilmington 4.c: personal e-mail")
            << QStringLiteral("wilmington") << QStringLiteral("personal-email")
            << QStringLiteral("personal-account-messages") << true;
        // 3.b.5: district e-mail is a public record.
        QTest::newRow("Wilmington 3.b.5: district e-mail")
            << QStringLiteral("wilmington") << QStringLiteral("district-email")
            << QStringLiteral("district-email-record") << false;
        // 4.a: posted messages are not deleted.
        QTest::newRow("Wilmington 4.a: professional account")
            << QStringLiteral("wilmington") << QStringLiteral("professional-social")
            << QStringLiteral("posted-messages") << false;
        QTest::newRow("Wilmington 4.a: class page") << QStringLiteral("wilmington") << QStringLiteral("approved-tool")
                                                    << QStringLiteral("posted-messages") << false;
    }

    void eachPackAsksToKeepWhatItsPolicyNames()
    {
        QFETCH(QString, district);
        QFETCH(QString, channel);
        QFETCH(QString, documentation);
        QFETCH(bool, forward);
        const policy::Pack pack = test::loadPack(district);
        ContactEntry entry;
        entry.when = moment(pack, false);
        entry.initials = QStringLiteral("A.B.");
        entry.audience = QStringLiteral("parents");
        entry.channel = channel;
        entry.purpose = QStringLiteral("educational");
        const contacts::ContactAssessment assessment = contacts::assess(pack, entry);
        QVERIFY2(assessment.documentation.contains(documentation),
                 qPrintable(assessment.documentation.join(QLatin1String(", "))));
        QCOMPARE(assessment.mustForward, forward);
    }

    void theLogFilters()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("wareham"));
        test::TestProfile teacher;
        contacts::ContactFiling filing(*teacher.ledger, *teacher.identity, pack);
        QString error;
        const auto add = [&](const QString &initials, const QString &channel, bool offHours) {
            ContactEntry entry;
            entry.when = moment(pack, offHours);
            entry.initials = initials;
            entry.audience = QStringLiteral("students");
            entry.channel = channel;
            entry.purpose = QStringLiteral("educational");
            QVERIFY2(filing.log(entry, &error), qPrintable(error));
        };
        add(QStringLiteral("AB"), QStringLiteral("district-email"), false);
        add(QStringLiteral("AB"), QStringLiteral("personal-cell-text"), true);
        add(QStringLiteral("CD"), QStringLiteral("personal-social"), false);
        contacts::ContactBook book(*teacher.ledger, teacher.identity->info().personId);
        QCOMPARE(book.entries().size(), 3);
        QCOMPARE(book.entries({{}, {}, QStringLiteral("ab"), {}, {}, false, false}).size(), 2);
        QCOMPARE(book.entries({{}, {}, {}, QStringLiteral("personal-social"), {}, false, false}).size(), 1);
        QCOMPARE(book.entries({{}, {}, {}, {}, {}, true, false}).size(), 1);
        QCOMPARE(book.entries({QDate(2026, 10, 15), {}, {}, {}, {}, false, false}).size(), 1); // the Saturday
        QCOMPARE(book.entries({{}, QDate(2026, 10, 14), {}, {}, {}, false, false}).size(), 2);
        // Off-hours with a student: Wareham asks to begin with the parent.
        const QList<contacts::ContactItem> offHours = book.entries({{}, {}, {}, {}, {}, true, false});
        QCOMPARE(offHours.constFirst().verdict, QStringLiteral("parent-first"));
    }
};

QTEST_GUILESS_MAIN(TestContactRules)
#include "tst_contactrules.moc"
