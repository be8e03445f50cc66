// SPDX-License-Identifier: GPL-3.0-or-later
//
// `policy holders add|remove` edit pack.yaml as text: the holder lands under
// its role whatever the holders block looks like, everything else stays as
// written, removal dates the holder instead of deleting them, and the
// version goes up.

#include "policy/packholders.h"

#include <QTest>
#include <QTimeZone>

using clearline::policy::PackHolders;

namespace {

const QByteArray kKey = QByteArray(32, 'k');

const QByteArray kPack = "# Example pack: a comment that must survive\n"
                         "format: 1\n"
                         "district:\n"
                         "  id: example   # the id\n"
                         "  name: Example\n"
                         "\n"
                         "roles:\n"
                         "  - id: principal\n"
                         "    title: Principal\n"
                         "    scope: school\n"
                         "    holders:\n"
                         "      - name: Old Principal\n"
                         "        email: old@example.org\n"
                         "        school: high\n"
                         "        key: AAAA\n"
                         "\n"
                         "  # the district's own staff\n"
                         "  - id: director\n"
                         "    title: Director\n"
                         "    scope: district\n"
                         "\n"
                         "# --- clauses ---\n"
                         "clauses: []\n";

} // namespace

class TestPackHolders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsUnderAnExistingHoldersBlock()
    {
        QString error;
        const auto text = PackHolders::add(
            kPack, QStringLiteral("principal"),
            {QStringLiteral("Rita \"R\" Doe"), QStringLiteral("rita@example.org"), QStringLiteral("high"), kKey},
            &error);
        QVERIFY2(text, qPrintable(error));
        const QByteArray expected = QByteArray("        key: AAAA\n      - { name: \"Rita \\\"R\\\" Doe\", email: "
                                               "\"rita@example.org\", school: \"high\", key: \"") +
                                    kKey.toBase64() + "\" }\n\n  # the district's own staff\n";
        QVERIFY2(text->contains(expected), text->constData());
        QCOMPARE(text->size() > kPack.size(), true);
        QVERIFY(text->startsWith("# Example pack: a comment that must survive\n"));
    }

    void addsAHoldersBlockToARoleWithout()
    {
        QString error;
        const auto text = PackHolders::add(
            kPack, QStringLiteral("director"),
            {QStringLiteral("Dee Rector"), QStringLiteral("dee@example.org"), QString(), kKey}, &error);
        QVERIFY2(text, qPrintable(error));
        const QByteArray expected =
            QByteArray("    scope: district\n    holders:\n      - { name: \"Dee Rector\", email: "
                       "\"dee@example.org\", key: \"") +
            kKey.toBase64() + "\" }\n\n# --- clauses ---\n";
        QVERIFY2(text->contains(expected), text->constData());
    }

    void refusesWhatItCannotFind()
    {
        QString error;
        QVERIFY(!PackHolders::add(kPack, QStringLiteral("nurse"), {}, &error));
        QVERIFY(error.contains(QLatin1String("nurse")));
        QByteArray flow = kPack;
        flow.replace("    scope: district\n", "    scope: district\n    holders: [ { name: X } ]\n");
        QVERIFY(!PackHolders::add(flow, QStringLiteral("director"), {}, &error));
        QVERIFY(error.contains(QLatin1String("one per line")));
    }

    void removalDatesTheHolder()
    {
        QString error;
        const auto added = PackHolders::add(
            kPack, QStringLiteral("director"),
            {QStringLiteral("Dee Rector"), QStringLiteral("dee@example.org"), QString(), kKey}, &error);
        QVERIFY(added);
        QStringList roles;
        const QDateTime when(QDate(2026, 12, 7), QTime(14, 0), QTimeZone::UTC);
        const auto removed = PackHolders::remove(*added, kKey, when, &roles, &error);
        QVERIFY2(removed, qPrintable(error));
        QCOMPARE(roles, QStringList{QStringLiteral("director")});
        QVERIFY(removed->contains("\" , until: \"2026-12-07T14:00:00Z\" }") ||
                removed->contains("\", until: \"2026-12-07T14:00:00Z\" }"));
        QVERIFY(!PackHolders::remove(*removed, kKey, when, &roles, &error));

        // A holder written as a block gets an until line of its own.
        const auto old = PackHolders::remove(kPack, QByteArray::fromBase64("AAAA"), when, &roles, &error);
        QVERIFY2(old, qPrintable(error));
        QCOMPARE(roles, QStringList{QStringLiteral("principal")});
        QVERIFY(old->contains("        key: AAAA\n        until: \"2026-12-07T14:00:00Z\"\n"));
    }

    void theVersionGoesUp()
    {
        QString error;
        int version = 0;
        const auto first = PackHolders::raiseVersion(kPack, &version, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(version, 1);
        QVERIFY(first->contains("  id: example   # the id\n  version: 1\n  name: Example\n"));
        const auto second = PackHolders::raiseVersion(*first, &version, &error);
        QCOMPARE(version, 2);
        QVERIFY(second->contains("  version: 2\n"));
        QCOMPARE(second->size(), first->size());
    }
};

QTEST_GUILESS_MAIN(TestPackHolders)
#include "tst_packholders.moc"
