// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs the real `clearline` program the way a script or a person at a
// terminal does: no display, arguments in, text or JSON out, an exit code.

#include "clirunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using clearline::test::CliResult;

namespace {

CliResult runClearline(const QStringList &arguments, const QString &lang = QStringLiteral("C.UTF-8"))
{
    return clearline::test::runClearline(arguments, {{QStringLiteral("LANG"), lang}, {QStringLiteral("LC_ALL"), lang}});
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestClearlineProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionWithoutADisplay()
    {
        const CliResult result = runClearline({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^clearline \\d+\\.\\d+\\.\\d+\n$")).match(result.out).hasMatch(),
                 qPrintable(result.out));
    }

    void helpWithoutADisplay()
    {
        const CliResult result = runClearline({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1String("Usage: clearline")));
        QVERIFY(result.out.contains(QLatin1String("settings")));
    }

    void wrongOptionIsAUsageError()
    {
        const CliResult result = runClearline({QStringLiteral("--frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("Unknown option 'frobnicate'")), qPrintable(result.err));
        QVERIFY(result.err.contains(QLatin1String("clearline --help")));
    }

    void unknownCommandIsAUsageError()
    {
        const CliResult result = runClearline({QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("\"frobnicate\" is not a ClearLine command")),
                 qPrintable(result.err));
    }

    void settingsRoundTripInAProfile()
    {
        QTemporaryDir tmp;
        const QString profile = tmp.filePath(QStringLiteral("coach"));
        CliResult result = runClearline({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("language"),
                                         QStringLiteral("pt_BR"), QStringLiteral("--profile"), profile});
        QCOMPARE(result.exitCode, 0);
        result = runClearline({QStringLiteral("--profile"), profile, QStringLiteral("settings"), QStringLiteral("get"),
                               QStringLiteral("language")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QStringLiteral("pt_BR\n"));

        result =
            runClearline({QStringLiteral("settings"), QStringLiteral("--json"), QStringLiteral("--profile"), profile});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject object = json(result.out);
        QCOMPARE(object.value(QStringLiteral("dataDirectory")).toString(), profile);
        QCOMPARE(object.value(QStringLiteral("settings")).toObject().value(QStringLiteral("language")).toString(),
                 QStringLiteral("pt_BR"));
    }

    void jsonErrorsAreJson()
    {
        QTemporaryDir tmp;
        const CliResult result = runClearline({QStringLiteral("settings"), QStringLiteral("set"),
                                               QStringLiteral("language"), QStringLiteral("klingon"),
                                               QStringLiteral("--json"), QStringLiteral("--profile"), tmp.path()});
        QCOMPARE(result.exitCode, 2);
        const QJsonObject object = json(result.out);
        QCOMPARE(object.value(QStringLiteral("exitCode")).toInt(), 2);
        QVERIFY(object.value(QStringLiteral("error")).toString().contains(QLatin1String("\"klingon\"")));
    }

    void commandsSpeakTheProfilesLanguage()
    {
        QTemporaryDir tmp;
        QCOMPARE(runClearline({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("language"),
                               QStringLiteral("es"), QStringLiteral("--profile"), tmp.path()})
                     .exitCode,
                 0);
        const CliResult result = runClearline({QStringLiteral("--profile"), tmp.path(), QStringLiteral("settings"),
                                               QStringLiteral("get"), QStringLiteral("colour")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("No hay ningún ajuste llamado")), qPrintable(result.err));
    }

    void commandsFollowTheSystemLanguage()
    {
        QTemporaryDir tmp;
        const CliResult result = runClearline({QStringLiteral("settings"), QStringLiteral("get"),
                                               QStringLiteral("colour"), QStringLiteral("--profile"), tmp.path()},
                                              QStringLiteral("pt_BR.UTF-8"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("Não existe uma configuração")), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestClearlineProcess)
#include "tst_clearlineprocess.moc"
