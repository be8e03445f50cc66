// SPDX-License-Identifier: GPL-3.0-or-later
//
// `clearline contact log` under the district's pack: off-hours worked out
// from the pack's calendar, the deciding rule with its clause, a forbidden
// channel logged as a self-report, forwarding and mandated reporting said.

#include "clirunner.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using clearline::test::CliResult;

namespace {
const QHash<QString, QString> kScript{{QStringLiteral("CLEARLINE_KEYSTORE"), QStringLiteral("file")},
                                      {QStringLiteral("CLEARLINE_PASSPHRASE"), QStringLiteral("correct horse")}};

CliResult run(const QStringList &arguments)
{
    return clearline::test::runClearline(arguments, kScript);
}
} // namespace

class TestContactCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_profile;

    QJsonObject log(const QStringList &extra)
    {
        const CliResult result = run(QStringList{QStringLiteral("contact"), QStringLiteral("log"),
                                                 QStringLiteral("--profile"), m_profile, QStringLiteral("--json")} +
                                     extra);
        if (result.exitCode != 0) {
            qWarning("%s", qPrintable(result.err + result.out));
        }
        return result.json();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_profile = m_dir.filePath(QStringLiteral("teacher"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--profile"), m_profile, QStringLiteral("--name"),
                      QStringLiteral("Pat Teacher"), QStringLiteral("--email"), QStringLiteral("pat@district.example")})
                     .exitCode,
                 0);
    }

    void withoutADistrictItSaysSo()
    {
        const CliResult result =
            run({QStringLiteral("contact"), QStringLiteral("log"), QStringLiteral("--profile"), m_profile,
                 QStringLiteral("--with"), QStringLiteral("JR"), QStringLiteral("--audience"),
                 QStringLiteral("students"), QStringLiteral("--channel"), QStringLiteral("district-email"),
                 QStringLiteral("--purpose"), QStringLiteral("educational")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QLatin1String("no district yet")));
    }

    void offHoursTextBeginsWithTheParent()
    {
        QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("district"),
                      QStringLiteral("wareham"), QStringLiteral("--profile"), m_profile})
                     .exitCode,
                 0);
        const QJsonObject entry =
            log({QStringLiteral("--when"), QStringLiteral("2026-09-08T21:05:00-04:00"), QStringLiteral("--with"),
                 QStringLiteral("J.R."), QStringLiteral("--audience"), QStringLiteral("students"),
                 QStringLiteral("--channel"), QStringLiteral("personal-cell-text"), QStringLiteral("--purpose"),
                 QStringLiteral("scheduling")});
        QCOMPARE(entry.value(QStringLiteral("offHours")).toBool(), true);
        QCOMPARE(entry.value(QStringLiteral("verdict")).toString(), QStringLiteral("parent-first"));
        QCOMPARE(entry.value(QStringLiteral("clause")).toString(), QStringLiteral("off-hours-contact"));
        // The same text during school hours is not off-hours.
        const QJsonObject daytime =
            log({QStringLiteral("--when"), QStringLiteral("2026-09-08T10:00:00-04:00"), QStringLiteral("--with"),
                 QStringLiteral("J.R."), QStringLiteral("--audience"), QStringLiteral("students"),
                 QStringLiteral("--channel"), QStringLiteral("personal-cell-text"), QStringLiteral("--purpose"),
                 QStringLiteral("educational")});
        QCOMPARE(daytime.value(QStringLiteral("offHours")).toBool(), false);
        QCOMPARE(daytime.value(QStringLiteral("verdict")).toString(), QStringLiteral("allowed"));
        // Wareham h.: students "should" be contacted only for school; off
        // hours, anything else begins with the parent.
        const QJsonObject social =
            log({QStringLiteral("--when"), QStringLiteral("2026-09-08T21:05:00-04:00"), QStringLiteral("--with"),
                 QStringLiteral("J.R."), QStringLiteral("--audience"), QStringLiteral("students"),
                 QStringLiteral("--channel"), QStringLiteral("personal-cell-text"), QStringLiteral("--purpose"),
                 QStringLiteral("other")});
        QCOMPARE(social.value(QStringLiteral("verdict")).toString(), QStringLiteral("parent-first"));
    }

    void forbiddenChannelIsLoggedAsASelfReport()
    {
        QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("district"),
                      QStringLiteral("wilmington"), QStringLiteral("--profile"), m_profile})
                     .exitCode,
                 0);
        const QJsonObject entry =
            log({QStringLiteral("--when"), QStringLiteral("2026-09-08T21:05:00-04:00"), QStringLiteral("--with"),
                 QStringLiteral("J.R."), QStringLiteral("--audience"), QStringLiteral("students"),
                 QStringLiteral("--channel"), QStringLiteral("personal-email"), QStringLiteral("--purpose"),
                 QStringLiteral("educational"), QStringLiteral("--at-risk")});
        QCOMPARE(entry.value(QStringLiteral("verdict")).toString(), QStringLiteral("forbidden"));
        QCOMPARE(entry.value(QStringLiteral("rule")).toString(), QStringLiteral("personal-email-students"));
        QCOMPARE(entry.value(QStringLiteral("mustForward")).toBool(), true);
        const QString guidance =
            entry.value(QStringLiteral("guidance")).toVariant().toStringList().join(QLatin1Char('\n'));
        QVERIFY(guidance.contains(QLatin1String("logged as a self-report")));
        QVERIFY(guidance.contains(QLatin1String("Forward a copy of the message to your district account")));
        QVERIFY(guidance.contains(QLatin1String("You are a mandated reporter")));

        const CliResult stats = run({QStringLiteral("ledger"), QStringLiteral("stats"), QStringLiteral("--profile"),
                                     m_profile, QStringLiteral("--json")});
        QCOMPARE(
            stats.json().value(QStringLiteral("recordsByKind")).toObject().value(QStringLiteral("contact")).toInt(),
            4); // three from offHoursTextBeginsWithTheParent, this one

        // The records officer's CSV says what was logged, in words (issue 20).
        const QString csv = m_dir.filePath(QStringLiteral("contacts.csv"));
        QCOMPARE(run({QStringLiteral("records"), QStringLiteral("export"), QStringLiteral("--kind"),
                      QStringLiteral("contact"), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("--out"), csv, QStringLiteral("--profile"), m_profile})
                     .exitCode,
                 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.section(QStringLiteral("\r\n"), 0, 0)
                    .endsWith(QLatin1String(",contact_time_utc,channel,audience,purpose,verdict")));
        QVERIFY2(text.contains(QLatin1String(
                     ",2026-09-09 01:05:00,My personal e-mail,A student,Teaching and school work,not allowed\r\n")),
                 qPrintable(text));
    }

    void namesAreRefused()
    {
        const CliResult result =
            run({QStringLiteral("contact"), QStringLiteral("log"), QStringLiteral("--profile"), m_profile,
                 QStringLiteral("--with"), QStringLiteral("Jonathan Roberts"), QStringLiteral("--audience"),
                 QStringLiteral("students"), QStringLiteral("--channel"), QStringLiteral("district-email"),
                 QStringLiteral("--purpose"), QStringLiteral("educational")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("initials only")));
    }

    // Under a district's own purposes and follow-ups (the invented Lakeview
    // pack, loaded in authoring mode): who was on the message decides, the
    // to-do is made with its deadline, and `contact done` closes it once.
    void theDistrictsPurposesAndToDos()
    {
        const QString profile = m_dir.filePath(QStringLiteral("lakeview-teacher"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--profile"), profile, QStringLiteral("--name"),
                      QStringLiteral("Mo Teacher"), QStringLiteral("--email"), QStringLiteral("mo@district.example")})
                     .exitCode,
                 0);
        const QString pack = QDir(QString::fromUtf8(clearline::test::kSourceDir))
                                 .filePath(QStringLiteral("tests/fixtures/packs/lakeview/pack.yaml"));
        QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("district"), pack,
                      QStringLiteral("--profile"), profile})
                     .exitCode,
                 0);
        const QStringList logIt{QStringLiteral("contact"),
                                QStringLiteral("log"),
                                QStringLiteral("--authoring"),
                                QStringLiteral("--profile"),
                                profile,
                                QStringLiteral("--json"),
                                QStringLiteral("--with"),
                                QStringLiteral("MO"),
                                QStringLiteral("--audience"),
                                QStringLiteral("students"),
                                QStringLiteral("--channel"),
                                QStringLiteral("personal-email"),
                                QStringLiteral("--when"),
                                QStringLiteral("2026-10-14T10:00:00-05:00")};
        CliResult result = run(logIt + QStringList{QStringLiteral("--purpose"), QStringLiteral("educational")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.json()
                     .value(QStringLiteral("error"))
                     .toString()
                     .contains(QLatin1String("coursework (Class work and grades)")),
                 qPrintable(result.out));

        result = run(logIt + QStringList{QStringLiteral("--purpose"), QStringLiteral("coursework")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("forbidden"));
        QVERIFY2(result.err.contains(QLatin1String("Authoring mode")), qPrintable(result.err));
        // Without --authoring the unsigned pack is not used.
        QStringList unsignedRun = logIt + QStringList{QStringLiteral("--purpose"), QStringLiteral("coursework")};
        unsignedRun.removeAll(QStringLiteral("--authoring"));
        QCOMPARE(run(unsignedRun).exitCode, 1);

        result = run(logIt + QStringList{QStringLiteral("--purpose"), QStringLiteral("coursework"),
                                         QStringLiteral("--on-message"), QStringLiteral("with-parent")});
        QCOMPARE(result.exitCode, 0);
        QJsonObject logged = result.json();
        QCOMPARE(logged.value(QStringLiteral("verdict")).toString(), QStringLiteral("discouraged"));
        const QJsonObject toDo = logged.value(QStringLiteral("toDo")).toArray().first().toObject();
        QCOMPARE(toDo.value(QStringLiteral("id")).toString(), QStringLiteral("tell-principal"));
        // 10:00 in Chicago (CDT) is 15:00 UTC; 48 hours on.
        QVERIFY2(toDo.value(QStringLiteral("due")).toString().startsWith(QLatin1String("2026-10-16T15:00:00")),
                 qPrintable(toDo.value(QStringLiteral("due")).toString()));
        QCOMPARE(toDo.value(QStringLiteral("late")).toBool(), true); // that day is long past
        const QString id = logged.value(QStringLiteral("recordId")).toString();

        result = run(logIt + QStringList{QStringLiteral("--purpose"), QStringLiteral("coursework"),
                                         QStringLiteral("--on-message"), QStringLiteral("with-parent"),
                                         QStringLiteral("--copied"), QStringLiteral("principal")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.json().value(QStringLiteral("toDo")).toArray().first().toObject().value(QStringLiteral("how")),
                 QStringLiteral("copied"));

        // A family tie the district names.
        QStringList family = logIt + QStringList{QStringLiteral("--purpose"), QStringLiteral("personal"),
                                                 QStringLiteral("--family"), QStringLiteral("household")};
        family.replace(family.indexOf(QStringLiteral("personal-email")), QStringLiteral("personal-social"));
        result = run(family);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.json().value(QStringLiteral("rule")).toString(), QStringLiteral("household-children"));

        const QStringList done{
            QStringLiteral("contact"),          QStringLiteral("done"),      id,      QStringLiteral("tell-principal"),
            QStringLiteral("--authoring"),      QStringLiteral("--profile"), profile, QStringLiteral("--note"),
            QStringLiteral("Told her at lunch")};
        QCOMPARE(run(done).exitCode, 0);
        result = run(done);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("already done")), qPrintable(result.err));

        result = run({QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--profile"), profile,
                      QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        bool found = false;
        for (const QJsonValue &value : result.json().value(QStringLiteral("entries")).toArray()) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QStringLiteral("recordId")).toString() == id) {
                found = true;
                QCOMPARE(entry.value(QStringLiteral("purposeLabel")).toString(),
                         QStringLiteral("Class work and grades"));
                const QJsonObject closed = entry.value(QStringLiteral("toDo")).toArray().first().toObject();
                QCOMPARE(closed.value(QStringLiteral("note")).toString(), QStringLiteral("Told her at lunch"));
                QVERIFY(!closed.value(QStringLiteral("doneAt")).toString().isEmpty());
                QCOMPARE(closed.value(QStringLiteral("late")).toBool(), true); // done after its deadline
            }
        }
        QVERIFY(found);
    }

    // A laptop still set to Tokyo lists the log, and the memo history, on
    // the district's clock, and says which clock that is.
    void listsReadOnTheDistrictsClockWhateverTheLaptopSays()
    {
        QHash<QString, QString> env = kScript;
        env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Tokyo"));
        const CliResult list = clearline::test::runClearline(
            {QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--profile"), m_profile}, env);
        QCOMPARE(list.exitCode, 0);
        // 21:05 in Massachusetts on 8 September (EDT), never 10:05 in Tokyo.
        QVERIFY2(list.out.contains(QLatin1String("2026-09-08 21:05 EDT")), qPrintable(list.out));
        QVERIFY2(!list.out.contains(QLatin1String("JST")), qPrintable(list.out));
    }
};

QTEST_GUILESS_MAIN(TestContactCommands)
#include "tst_contactcommands.moc"
