// SPDX-License-Identifier: GPL-3.0-or-later
//
// A records officer opens the CSV export in a spreadsheet (issue 20). Here
// LibreOffice Calc reads it, headless, with its CSV import's settings (UTF-8,
// comma), and its page is checked: a title of digits keeps its leading
// zeros, and with "Detect special numbers" ticked the times are dates.

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using clearline::test::CliResult;

namespace {
const QHash<QString, QString> kScript{{QStringLiteral("CLEARLINE_KEYSTORE"), QStringLiteral("file")},
                                      {QStringLiteral("CLEARLINE_PASSPHRASE"), QStringLiteral("correct horse")}};
} // namespace

class TestCsvSpreadsheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void calcKeepsDigitsAndReadsTimesAsDates()
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty()) {
            QSKIP("LibreOffice (libreoffice-calc-nogui) is not installed");
        }
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("officer"));
        const auto run = [&](QStringList arguments) {
            arguments << QStringLiteral("--profile") << profile;
            return clearline::test::runClearline(arguments, kScript);
        };
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Rosa Records"),
                      QStringLiteral("--email"), QStringLiteral("rosa@example.org")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("memo"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("00123"),
                      QStringLiteral("--text"), QStringLiteral("Roster 000456")})
                     .exitCode,
                 0);
        const QString csv = dir.filePath(QStringLiteral("records.csv"));
        const CliResult exported = run({QStringLiteral("records"), QStringLiteral("export"), QStringLiteral("--format"),
                                        QStringLiteral("csv"), QStringLiteral("--out"), csv});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

        // Comma, double quote, UTF-8, from line 1, English (US), quoted
        // fields not forced to text, special numbers detected.
        QProcess calc;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), dir.path());
        calc.setProcessEnvironment(environment);
        calc.start(soffice,
                   {QStringLiteral("-env:UserInstallation=file://%1/lo").arg(dir.path()), QStringLiteral("--headless"),
                    QStringLiteral("--infilter=CSV:44,34,76,1,,1033,false,true"), QStringLiteral("--convert-to"),
                    QStringLiteral("html"), QStringLiteral("--outdir"), dir.path(), csv});
        QVERIFY(calc.waitForFinished(180000));
        QFile page(dir.filePath(QStringLiteral("records.html")));
        QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(QString::fromUtf8(calc.readAllStandardError())));
        const QString html = QString::fromUtf8(page.readAll());
        QVERIFY2(html.contains(QLatin1String(">00123<")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String(">Roster 000456<")));
        // A cell Calc took for a date carries its date format.
        QVERIFY2(html.count(QLatin1String("YYYY-MM-DD HH:MM:SS")) >= 2, qPrintable(html));
    }
};

QTEST_GUILESS_MAIN(TestCsvSpreadsheet)
#include "tst_csvspreadsheet.moc"
