// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs the real `clearline` program the way a script or a person at a
// terminal does: no display, arguments in, text or JSON out, an exit code.

#include "testpaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result runClearline(const QStringList &arguments, const QString &lang = QStringLiteral("C.UTF-8"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display of any kind: these must work on a server or in a script.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LC_ALL"), lang);
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QString::fromUtf8(clearline::test::kClearlineBinary), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
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
        const Result result = runClearline({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^clearline \\d+\\.\\d+\\.\\d+\n$")).match(result.out).hasMatch(),
                 qPrintable(result.out));
    }

    void helpWithoutADisplay()
    {
        const Result result = runClearline({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1String("Usage: clearline")));
        QVERIFY(result.out.contains(QLatin1String("settings")));
    }

    void wrongOptionIsAUsageError()
    {
        const Result result = runClearline({QStringLiteral("--frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("Unknown option 'frobnicate'")), qPrintable(result.err));
        QVERIFY(result.err.contains(QLatin1String("clearline --help")));
    }

    void unknownCommandIsAUsageError()
    {
        const Result result = runClearline({QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("\"frobnicate\" is not a ClearLine command")),
                 qPrintable(result.err));
    }

    void settingsRoundTripInAProfile()
    {
        QTemporaryDir tmp;
        const QString profile = tmp.filePath(QStringLiteral("coach"));
        Result result = runClearline({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("language"),
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
        const Result result = runClearline({QStringLiteral("settings"), QStringLiteral("set"),
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
        const Result result = runClearline({QStringLiteral("--profile"), tmp.path(), QStringLiteral("settings"),
                                            QStringLiteral("get"), QStringLiteral("colour")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("No hay ningún ajuste llamado")), qPrintable(result.err));
    }

    void commandsFollowTheSystemLanguage()
    {
        QTemporaryDir tmp;
        const Result result = runClearline({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("colour"),
                                            QStringLiteral("--profile"), tmp.path()},
                                           QStringLiteral("pt_BR.UTF-8"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("Não existe uma configuração")), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestClearlineProcess)
#include "tst_clearlineprocess.moc"
