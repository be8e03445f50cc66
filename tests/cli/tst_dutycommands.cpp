// SPDX-License-Identifier: GPL-3.0-or-later
//
// `clearline duty list|done` as a Wilmington teacher uses it: the duties of
// every staff member, one marked done with a note, a role's duty refused,
// the acknowledgment's duty sent to `clearline ack`, and wrong use (exit 2).

#include "clirunner.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using clearline::test::CliResult;

namespace {
const QHash<QString, QString> kScript{{QStringLiteral("CLEARLINE_KEYSTORE"), QStringLiteral("file")},
                                      {QStringLiteral("CLEARLINE_PASSPHRASE"), QStringLiteral("correct horse")}};
const QString kNotice = QStringLiteral("student-email-parent-notice");
} // namespace

class TestDutyCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_profile;

    CliResult run(const QStringList &arguments)
    {
        return clearline::test::runClearline(arguments + QStringList{QStringLiteral("--profile"), m_profile}, kScript);
    }

    QJsonObject duty(const QString &id)
    {
        const CliResult list = run({QStringLiteral("duty"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &value : list.json().value(QStringLiteral("duties")).toArray()) {
            if (value.toObject().value(QStringLiteral("id")).toString() == id) {
                return value.toObject();
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_profile = m_dir.filePath(QStringLiteral("teacher"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Pat Teacher"),
                      QStringLiteral("--email"), QStringLiteral("pat@district.example"), QStringLiteral("--district"),
                      QStringLiteral("wilmington"), QStringLiteral("--school"), QStringLiteral("high-school")})
                     .exitCode,
                 0);
    }

    void aTeacherSeesOnlyTheStaffDuties()
    {
        const CliResult list = run({QStringLiteral("duty"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QStringList ids;
        for (const QJsonValue &value : list.json().value(QStringLiteral("duties")).toArray()) {
            ids.append(value.toObject().value(QStringLiteral("id")).toString());
        }
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("annual-policy-reading"), kNotice}));
        QVERIFY(duty(QStringLiteral("annual-policy-reading")).value(QStringLiteral("byAcknowledgment")).toBool());

        const CliResult text = run({QStringLiteral("duty"), QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QLatin1String("Tell parents that students have school e-mail addresses")),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("clearline ack")), qPrintable(text.out));
    }

    void markingADutyDoneSignsIt()
    {
        const CliResult done = run({QStringLiteral("duty"), QStringLiteral("done"), kNotice, QStringLiteral("--note"),
                                    QStringLiteral("In the September newsletter"), QStringLiteral("--json")});
        QCOMPARE(done.exitCode, 0);
        QVERIFY(!done.json().value(QStringLiteral("recordId")).toString().isEmpty());
        QCOMPARE(done.json().value(QStringLiteral("note")).toString(), QStringLiteral("In the September newsletter"));
        const QJsonObject listed = duty(kNotice);
        QCOMPARE(listed.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(listed.value(QStringLiteral("doneBy")).toString(), QStringLiteral("Pat Teacher"));

        const CliResult again = run({QStringLiteral("duty"), QStringLiteral("done"), kNotice});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("already done")), qPrintable(again.err));
    }

    void aRolesDutyAndTheAcknowledgmentsAreRefusedInWords()
    {
        const CliResult role =
            run({QStringLiteral("duty"), QStringLiteral("done"), QStringLiteral("approved-platform-list")});
        QCOMPARE(role.exitCode, 1);
        QVERIFY2(role.err.contains(QLatin1String("is for the WPS Director of IT")), qPrintable(role.err));
        const CliResult ack =
            run({QStringLiteral("duty"), QStringLiteral("done"), QStringLiteral("annual-policy-reading")});
        QCOMPARE(ack.exitCode, 1);
        QVERIFY2(ack.err.contains(QLatin1String("clearline ack")), qPrintable(ack.err));
    }

    void wrongUseIsExitTwo()
    {
        QCOMPARE(run({QStringLiteral("duty")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("duty"), QStringLiteral("done")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("duty"), QStringLiteral("finish"), kNotice}).exitCode, 2);
        const CliResult unknown = run({QStringLiteral("duty"), QStringLiteral("done"), QStringLiteral("fly")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QLatin1String("its duties are: annual-policy-reading")), qPrintable(unknown.err));
    }
};

QTEST_GUILESS_MAIN(TestDutyCommands)
#include "tst_dutycommands.moc"
