// SPDX-License-Identifier: GPL-3.0-or-later
//
// `clearline records search --retention-due`, `records hold` and `records
// release` as a records officer uses them: two memos kept one year by the
// district's pack come due after that year and not before; a held memo
// leaves the list and comes back when released; someone whose pack names no
// records officer cannot hold anything.

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using clearline::test::CliResult;
using clearline::test::runClearline;

namespace {
const QHash<QString, QString> kScript{{QStringLiteral("CLEARLINE_KEYSTORE"), QStringLiteral("file")},
                                      {QStringLiteral("CLEARLINE_PASSPHRASE"), QStringLiteral("correct horse")}};

QString fixture(const QString &path)
{
    return QDir(QString::fromUtf8(clearline::test::kSourceDir))
        .filePath(QStringLiteral("tests/fixtures/packs/") + path);
}

QByteArray readAll(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestRetentionCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_profile;
    QString m_memo;  // held, then released
    QString m_other; // never held
    QDate m_today;

    CliResult run(QStringList arguments)
    {
        return runClearline(arguments << QStringLiteral("--profile") << m_profile, kScript);
    }

    /// The ids of the records due on a day, in the listed order.
    QStringList dueOn(const QDate &day)
    {
        const CliResult due =
            run({QStringLiteral("records"), QStringLiteral("search"), QStringLiteral("--retention-due"),
                 QStringLiteral("--as-of"), day.toString(Qt::ISODate), QStringLiteral("--json")});
        [&] { QCOMPARE(due.exitCode, 0); }();
        QStringList ids;
        for (const QJsonValue &value : due.json().value(QStringLiteral("records")).toArray()) {
            ids.append(value.toObject().value(QStringLiteral("recordId")).toString());
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The officer's profile first: the pack lists their key.
        m_profile = m_dir.filePath(QStringLiteral("officer"));
        CliResult result =
            run({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Rae Records"),
                 QStringLiteral("--email"), QStringLiteral("rae@lakeview.example"), QStringLiteral("--district"),
                 fixture(QStringLiteral("lakeview/pack.yaml")), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QString data = result.json().value(QStringLiteral("dataDirectory")).toString();
        const QString key = QJsonDocument::fromJson(readAll(QDir(data).filePath(QStringLiteral("identity.json"))))
                                .object()
                                .value(QStringLiteral("publicKey"))
                                .toString();
        QVERIFY(!key.isEmpty());

        // Lakeview with a records officer who keeps memos for a year.
        QByteArray yaml = readAll(fixture(QStringLiteral("lakeview/pack.yaml")));
        yaml.replace("  reporting_agency:", "  records_officer: records-officer\n  reporting_agency:");
        const QByteArray officer =
            QByteArray("roles:\n  - id: records-officer\n    title: Records access officer\n    scope: "
                       "district\n    holders:\n      - { name: Rae Records, email: "
                       "rae@lakeview.example, key: \"") +
            key.toLatin1() + QByteArray("\" }\n");
        yaml.replace("roles:\n", officer);
        yaml.replace("documentation:\n", "documentation:\n  - id: memos\n    what: Memos\n    records: [memo]\n    "
                                         "retain: 1y\n    clause: records\n");
        const QString pack = m_dir.filePath(QStringLiteral("pack.yaml"));
        QFile file(pack);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(yaml);
        file.close();
        const QString signingKey = m_dir.filePath(QStringLiteral("district.key"));
        result = run({QStringLiteral("policy"), QStringLiteral("keygen"), QStringLiteral("--out"), signingKey,
                      QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QString fingerprint = result.json().value(QStringLiteral("fingerprint")).toString();
        result = run({QStringLiteral("policy"), QStringLiteral("sign"), pack, QStringLiteral("--key"), signingKey});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("district_key"), fingerprint})
                     .exitCode,
                 0);
        result = run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("district"), pack});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        for (QString *id : {&m_memo, &m_other}) {
            result = run({QStringLiteral("memo"), QStringLiteral("add"), QStringLiteral("--title"),
                          id == &m_memo ? QStringLiteral("Bus schedule") : QStringLiteral("Room change"),
                          QStringLiteral("--text"), QStringLiteral("Sent to parents."), QStringLiteral("--json")});
            QCOMPARE(result.exitCode, 0);
            *id = result.json().value(QStringLiteral("recordId")).toString();
        }
        m_today = QDateTime::currentDateTime().toTimeZone(QTimeZone("America/Chicago")).date();
    }

    void nothingIsDueWithinThePeriod()
    {
        QCOMPARE(dueOn(m_today.addMonths(11)), QStringList());
        QCOMPARE(dueOn(m_today.addYears(1)), QStringList()); // the last day to keep them
    }

    void bothMemosAreDueAfterIt()
    {
        const QStringList due = dueOn(m_today.addYears(2));
        QCOMPARE(due.size(), 2);
        QVERIFY(due.contains(m_memo) && due.contains(m_other));

        const CliResult json =
            run({QStringLiteral("records"), QStringLiteral("search"), QStringLiteral("--retention-due"),
                 QStringLiteral("--as-of"), m_today.addYears(2).toString(Qt::ISODate), QStringLiteral("--json")});
        const QJsonObject first = json.json().value(QStringLiteral("records")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("kindName")).toString(), QStringLiteral("Memo"));
        QCOMPARE(first.value(QStringLiteral("retain")).toString(), QStringLiteral("1y"));
        QCOMPARE(first.value(QStringLiteral("from")).toString(), QStringLiteral("record-date"));
        QCOMPARE(first.value(QStringLiteral("keepUntil")).toString(), m_today.addYears(1).toString(Qt::ISODate));

        const CliResult text =
            run({QStringLiteral("records"), QStringLiteral("search"), QStringLiteral("--retention-due"),
                 QStringLiteral("--as-of"), m_today.addYears(2).toString(Qt::ISODate)});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QLatin1String("2 records")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("Keep until ")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("(1 year from the record's date, § 4.4).")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("ClearLine deletes nothing")), qPrintable(text.out));
    }

    void aHeldMemoLeavesTheListUntilReleased()
    {
        CliResult hold =
            run({QStringLiteral("records"), QStringLiteral("hold"), m_memo.left(8), QStringLiteral("--reason"),
                 QStringLiteral("Public-records request 27-14"), QStringLiteral("--json")});
        QVERIFY2(hold.exitCode == 0, qPrintable(hold.err));
        QCOMPARE(hold.json().value(QStringLiteral("holds")).toArray().first().toString(), m_memo);
        QCOMPARE(hold.json().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Public-records request 27-14"));
        QCOMPARE(dueOn(m_today.addYears(2)), QStringList{m_other});
        // Any search shows each record's retention and hold.
        const CliResult search = run({QStringLiteral("records"), QStringLiteral("search"), QStringLiteral("Bus"),
                                      QStringLiteral("--kind"), QStringLiteral("memo"), QStringLiteral("--json")});
        const QJsonObject row = search.json().value(QStringLiteral("records")).toArray().first().toObject();
        QCOMPARE(row.value(QStringLiteral("recordId")).toString(), m_memo);
        QCOMPARE(row.value(QStringLiteral("keepUntil")).toString(), m_today.addYears(1).toString(Qt::ISODate));
        QVERIFY(row.value(QStringLiteral("retention")).toString().startsWith(QStringLiteral("Keep until ")));
        QVERIFY(row.value(QStringLiteral("legalHold")).toBool());

        hold = run({QStringLiteral("records"), QStringLiteral("hold"), m_memo, QStringLiteral("--reason"),
                    QStringLiteral("again")});
        QCOMPARE(hold.exitCode, 1);
        QVERIFY2(hold.err.contains(QLatin1String("already on legal hold")), qPrintable(hold.err));

        const CliResult release = run({QStringLiteral("records"), QStringLiteral("release"), m_memo});
        QVERIFY2(release.exitCode == 0, qPrintable(release.err));
        QVERIFY2(release.out.contains(QLatin1String("Released the legal hold on \"Bus schedule\"")),
                 qPrintable(release.out));
        QCOMPARE(dueOn(m_today.addYears(2)).size(), 2);
    }

    void nobodyHoldsWhereThePackNamesNoRecordsOfficer()
    {
        const QString teacher = m_dir.filePath(QStringLiteral("teacher"));
        QCOMPARE(runClearline({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Pat Teacher"),
                               QStringLiteral("--email"), QStringLiteral("pat@district.example"),
                               QStringLiteral("--district"), QStringLiteral("wilmington"), QStringLiteral("--profile"),
                               teacher},
                              kScript)
                     .exitCode,
                 0);
        const CliResult memo =
            runClearline({QStringLiteral("memo"), QStringLiteral("add"), QStringLiteral("--title"),
                          QStringLiteral("Note"), QStringLiteral("--text"), QStringLiteral("A note."),
                          QStringLiteral("--json"), QStringLiteral("--profile"), teacher},
                         kScript);
        QCOMPARE(memo.exitCode, 0);
        const CliResult hold =
            runClearline({QStringLiteral("records"), QStringLiteral("hold"),
                          memo.json().value(QStringLiteral("recordId")).toString(), QStringLiteral("--reason"),
                          QStringLiteral("Lawsuit"), QStringLiteral("--profile"), teacher},
                         kScript);
        QCOMPARE(hold.exitCode, 1);
        QVERIFY2(hold.err.contains(QLatin1String("names no records officer")), qPrintable(hold.err));
    }

    void wrongUseIsExitTwo()
    {
        QCOMPARE(run({QStringLiteral("records"), QStringLiteral("hold"), m_memo}).exitCode, 2); // no reason
        QCOMPARE(run({QStringLiteral("records"), QStringLiteral("hold")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("records"), QStringLiteral("search"), QStringLiteral("--retention-due"),
                      QStringLiteral("--as-of"), QStringLiteral("next year")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("records"), QStringLiteral("search"), QStringLiteral("--as-of"),
                      QStringLiteral("2030-01-01")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestRetentionCommands)
#include "tst_retentioncommands.moc"
