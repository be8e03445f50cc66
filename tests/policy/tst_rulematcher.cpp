// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every rule the shipped packs state about a channel and an audience is
// found, with its clause, for a contact that meets it; and which rule decides
// when several apply.

#include "testpaths.h"

#include "policy/packloader.h"
#include "policy/rulematcher.h"
#include "policy/shippedpacks.h"

#include <QDir>
#include <QTest>

using namespace clearline::policy;

namespace {
Pack load(const QString &idOrPath)
{
    return *PackLoader::loadFile(ShippedPacks::resolve(idOrPath)).pack;
}
} // namespace

class TestRuleMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyShippedRuleIsFoundWithItsClause_data()
    {
        QTest::addColumn<QString>("packId");
        QTest::addColumn<QString>("ruleId");
        for (const QString &id : ShippedPacks::ids()) {
            for (const Rule &rule : load(id).rules) {
                QTest::newRow(qPrintable(id + QLatin1Char('/') + rule.id)) << id << rule.id;
            }
        }
    }

    void everyShippedRuleIsFoundWithItsClause()
    {
        QFETCH(QString, packId);
        QFETCH(QString, ruleId);
        const Pack pack = load(packId);
        const Rule &rule =
            *std::find_if(pack.rules.begin(), pack.rules.end(), [&](const Rule &r) { return r.id == ruleId; });
        for (const QString &channel : rule.channels) {
            Contact contact{channel, rule.audience, {}, -1};
            for (const QString &condition : rule.when) {
                if (condition.startsWith(QLatin1String("grades:"))) {
                    contact.grade = condition.section(QLatin1Char('-'), 1).toInt();
                } else {
                    contact.conditions.insert(condition);
                }
            }
            const QList<const Rule *> matches = RuleMatcher::matching(pack, contact);
            QVERIFY2(matches.contains(&rule), qPrintable(channel));
            QVERIFY(pack.clause(rule.clause.id));
            // The deciding rule is this one, or one that is more specific or stricter.
            const Rule *deciding = matches.constFirst();
            QVERIFY(deciding == &rule || deciding->when.size() > rule.when.size() ||
                    RuleMatcher::strictness(deciding->verdict) >= RuleMatcher::strictness(rule.verdict));
        }
    }

    void decidingRules_data()
    {
        QTest::addColumn<QString>("pack");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("audience");
        QTest::addColumn<QStringList>("conditions");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("clause");

        const QString lakeview = QDir(QString::fromUtf8(clearline::test::kSourceDir))
                                     .filePath(QStringLiteral("tests/fixtures/packs/lakeview/pack.yaml"));
        QTest::newRow("forbidden outright, trip or not")
            << lakeview << QStringLiteral("personal-cell-text") << QStringLiteral("students")
            << QStringList{QStringLiteral("school-sponsored-trip")} << QStringLiteral("forbidden")
            << QStringLiteral("phones");
        QTest::newRow("personal social media with students")
            << lakeview << QStringLiteral("personal-social") << QStringLiteral("students") << QStringList()
            << QStringLiteral("forbidden") << QStringLiteral("personal-accounts");
        QTest::newRow("…but your own child is allowed")
            << lakeview << QStringLiteral("personal-social") << QStringLiteral("students")
            << QStringList{QStringLiteral("own-child")} << QStringLiteral("allowed")
            << QStringLiteral("personal-accounts");
        QTest::newRow("district e-mail to parents off-hours")
            << lakeview << QStringLiteral("district-email") << QStringLiteral("parents")
            << QStringList{QStringLiteral("off-hours")} << QStringLiteral("discouraged") << QStringLiteral("records");
        QTest::newRow("trip number needs prior authorization")
            << QStringLiteral("wilmington") << QStringLiteral("personal-cell-call") << QStringLiteral("students")
            << QStringList{QStringLiteral("school-sponsored-trip"), QStringLiteral("educational-purpose")}
            << QStringLiteral("needs-authorization") << QStringLiteral("cell-phones-authorization");
        QTest::newRow("off-hours contact for school begins with the parent")
            << QStringLiteral("wareham") << QStringLiteral("personal-cell-call") << QStringLiteral("students")
            << QStringList{QStringLiteral("off-hours"), QStringLiteral("educational-purpose")}
            << QStringLiteral("parent-first") << QStringLiteral("off-hours-contact");
        // Wareham h.: students are contacted for educational purposes only,
        // at any hour; after school is never more lenient than during it.
        // Wareham h.: "should" contact students only for school, and off
        // hours begin with the parent: not forbidden (COVERAGE.md).
        QTest::newRow("off-hours contact for anything else begins with the parent")
            << QStringLiteral("wareham") << QStringLiteral("personal-cell-call") << QStringLiteral("students")
            << QStringList{QStringLiteral("off-hours")} << QStringLiteral("parent-first") << QString();
    }

    void decidingRules()
    {
        QFETCH(QString, pack);
        QFETCH(QString, channel);
        QFETCH(QString, audience);
        QFETCH(QStringList, conditions);
        QFETCH(QString, verdict);
        QFETCH(QString, clause);
        const Pack loaded = load(pack);
        const Contact contact{channel, audience, QSet<QString>(conditions.begin(), conditions.end()), -1};
        const Rule *rule = RuleMatcher::deciding(loaded, contact);
        QVERIFY(rule);
        QCOMPARE(rule->verdict, verdict);
        if (!clause.isEmpty()) {
            QCOMPARE(rule->clause.id, clause);
        }
    }

    void offHoursIsNeverMoreLenientThanSchoolHours()
    {
        const QString lakeview = QDir(QString::fromUtf8(clearline::test::kSourceDir))
                                     .filePath(QStringLiteral("tests/fixtures/packs/lakeview/pack.yaml"));
        Pack pack = load(lakeview);
        // A more specific, more lenient rule for school texts after hours.
        Rule lenient = pack.rules.constFirst();
        lenient.id = QStringLiteral("school-texts-after-hours");
        lenient.verdict = QStringLiteral("discouraged");
        lenient.when = {QStringLiteral("off-hours"), QStringLiteral("educational-purpose")};
        pack.rules.append(lenient);
        const Contact evening{QStringLiteral("personal-cell-text"),
                              QStringLiteral("students"),
                              {QStringLiteral("off-hours"), QStringLiteral("educational-purpose")},
                              -1};
        QCOMPARE(RuleMatcher::matching(pack, evening).constFirst()->id, lenient.id); // the most specific
        QCOMPARE(RuleMatcher::deciding(pack, evening)->verdict, QStringLiteral("forbidden"));
        QCOMPARE(RuleMatcher::deciding(pack, evening)->id, QStringLiteral("no-personal-number"));
        // As strict as school hours: the off-hours rule decides, with its advice.
        pack.rules.last().verdict = QStringLiteral("forbidden");
        QCOMPARE(RuleMatcher::deciding(pack, evening)->id, lenient.id);
    }

    void nothingSaidIsNothingFound()
    {
        const Contact contact{QStringLiteral("in-person"), QStringLiteral("parents"), {}, -1};
        QCOMPARE(RuleMatcher::deciding(load(QStringLiteral("wareham")), contact), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestRuleMatcher)
#include "tst_rulematcher.moc"
