// SPDX-License-Identifier: GPL-3.0-or-later
//
// `clearline records search` and `records export` as a script uses them:
// JSON out, filters, wrong use refused with exit 2, the CSV and the PDF
// written (the PDF by the web engine, without a display) and read back.

#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
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

class TestRecordsCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_profile;

    CliResult records(const QStringList &arguments)
    {
        return run(QStringList{QStringLiteral("records")} + arguments +
                   QStringList{QStringLiteral("--profile"), m_profile});
    }

    void memo(const QString &title, const QString &text)
    {
        const CliResult result = run({QStringLiteral("memo"), QStringLiteral("add"), QStringLiteral("--profile"),
                                      m_profile, QStringLiteral("--title"), title, QStringLiteral("--text"), text});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_profile = m_dir.filePath(QStringLiteral("officer"));
        const CliResult init =
            run({QStringLiteral("init"), QStringLiteral("--profile"), m_profile, QStringLiteral("--name"),
                 QStringLiteral("Rosa Records"), QStringLiteral("--email"), QStringLiteral("rosa@district.example"),
                 QStringLiteral("--district"), QStringLiteral("wilmington"), QStringLiteral("--school"),
                 QStringLiteral("high-school")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        memo(QStringLiteral("Bus schedule"), QStringLiteral("The bus leaves at 6:45, \"sharp\"."));
        memo(QStringLiteral("Library hours"), QStringLiteral("Open until five."));
        memo(QStringLiteral("Field trip"), QStringLiteral("=1+1 is not a formula here"));
    }

    void searchGivesOneJsonObject()
    {
        const CliResult all = records({QStringLiteral("search"), QStringLiteral("--json")});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.json().value(QStringLiteral("total")).toInt(), 3);
        const QJsonArray rows = all.json().value(QStringLiteral("records")).toArray();
        QCOMPARE(rows.size(), 3);
        const QJsonObject first = rows.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("Field trip"));
        QCOMPARE(first.value(QStringLiteral("author")).toString(), QStringLiteral("Rosa Records"));
        QCOMPARE(first.value(QStringLiteral("school")).toString(), QStringLiteral("high-school"));
        QCOMPARE(first.value(QStringLiteral("verification")).toString(), QStringLiteral("verified"));
        QVERIFY(first.value(QStringLiteral("verified")).toBool());

        const CliResult bus = records({QStringLiteral("search"), QStringLiteral("bus"), QStringLiteral("--json")});
        QCOMPARE(bus.json().value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(bus.json().value(QStringLiteral("records")).toArray().at(0).toObject().value(QStringLiteral("title")),
                 QStringLiteral("Bus schedule"));
        const CliResult limited =
            records({QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("1"),
                     QStringLiteral("--person"), QStringLiteral("rosa@"), QStringLiteral("--json")});
        QCOMPARE(limited.json().value(QStringLiteral("total")).toInt(), 3);
        QCOMPARE(limited.json().value(QStringLiteral("shown")).toInt(), 1);
        const CliResult none = records({QStringLiteral("search"), QStringLiteral("--kind"), QStringLiteral("contact")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains(QLatin1String("0 record")));
    }

    void wrongUseIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no verb") << QStringList{};
        QTest::newRow("bad day") << QStringList{QStringLiteral("search"), QStringLiteral("--from"),
                                                QStringLiteral("12/01/2026")};
        QTest::newRow("days the wrong way")
            << QStringList{QStringLiteral("search"), QStringLiteral("--from"), QStringLiteral("2026-02-01"),
                           QStringLiteral("--to"), QStringLiteral("2026-01-01")};
        QTest::newRow("no format") << QStringList{QStringLiteral("export"), QStringLiteral("--out"),
                                                  QStringLiteral("x.csv")};
        QTest::newRow("no file") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                                QStringLiteral("csv")};
    }

    void wrongUseIsRefused()
    {
        QFETCH(QStringList, arguments);
        const CliResult result = records(arguments + QStringList{QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.json().value(QStringLiteral("error")).toString().isEmpty());
    }

    void csvIsWritten()
    {
        const QString file = m_dir.filePath(QStringLiteral("records.csv"));
        const CliResult result = records({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                                          QStringLiteral("--out"), file, QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
        QCOMPARE(result.json().value(QStringLiteral("records")).toInt(), 3);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFrecord_id,kind,title,"));
        QCOMPARE(bytes.count("\r\n"), 4);
        QVERIFY(bytes.contains("\"The bus leaves at 6:45, \"\"sharp\"\".\""));
        // The text, then the standing column, empty: a memo always counts;
        // then the five columns only a contact fills.
        QVERIFY(bytes.contains(",'=1+1 is not a formula here,,,,,,\r\n"));
    }

    void pdfIsWrittenWithoutADisplay()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty()) {
            QSKIP("pdftotext (poppler-utils) is not installed");
        }
        const QString file = m_dir.filePath(QStringLiteral("records.pdf"));
        const CliResult result =
            records({QStringLiteral("export"), QStringLiteral("trip"), QStringLiteral("--format"),
                     QStringLiteral("pdf"), QStringLiteral("--out"), file, QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
        QCOMPARE(result.json().value(QStringLiteral("records")).toInt(), 1);
        QProcess extract;
        extract.start(pdftotext, {file, QStringLiteral("-")});
        QVERIFY(extract.waitForFinished(30000));
        const QString text = QString::fromUtf8(extract.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(QLatin1String("Field trip")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("=1+1 is not a formula here")));
        QVERIFY(text.contains(QLatin1String("Rosa Records")));
        QVERIFY(text.contains(QLatin1String("verified")));
        QVERIFY(!text.contains(QLatin1String("Library hours")));
    }
    /// US districts print on Letter: the `paper` setting (which district IT
    /// may set for everyone) lays every PDF out for it (issue 20).
    void pdfIsLaidOutForThePaperChosen()
    {
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdfinfo.isEmpty()) {
            QSKIP("pdfinfo (poppler-utils) is not installed");
        }
        QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("paper"),
                      QStringLiteral("tabloid"), QStringLiteral("--profile"), m_profile})
                     .exitCode,
                 2);
        const auto pageOf = [&](const QString &paper) {
            run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("paper"), paper,
                 QStringLiteral("--profile"), m_profile});
            const QString file = m_dir.filePath(paper + QStringLiteral(".pdf"));
            const CliResult result =
                records({QStringLiteral("export"), QStringLiteral("trip"), QStringLiteral("--format"),
                         QStringLiteral("pdf"), QStringLiteral("--out"), file});
            QProcess info;
            info.start(pdfinfo, {file});
            info.waitForFinished(30000);
            return result.exitCode == 0 ? QString::fromUtf8(info.readAllStandardOutput()) : result.err;
        };
        const QString letter = pageOf(QStringLiteral("letter"));
        QVERIFY2(letter.contains(QLatin1String("612 x 792 pts")), qPrintable(letter));
        const QString a4 = pageOf(QStringLiteral("a4"));
        QVERIFY2(a4.contains(QLatin1String("(A4)")), qPrintable(a4));
        // The file says what it is and who made it.
        QVERIFY2(a4.contains(QLatin1String("Title:           Records")), qPrintable(a4));
        QVERIFY2(a4.contains(QLatin1String("Author:          Rosa Records")), qPrintable(a4));
    }
};

QTEST_GUILESS_MAIN(TestRecordsCommands)
#include "tst_recordscommands.moc"
