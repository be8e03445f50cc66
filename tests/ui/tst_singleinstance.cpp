// SPDX-License-Identifier: GPL-3.0-or-later
//
// One window per profile (issue 20): a second `clearline FILE.clbundle` for
// a profile whose window is open hands the file over and ends, as a file
// manager's double-click on a bundle would.

#include "clirunner.h"

#include "core/application.h"
#include "core/profile.h"
#include "ui/singleinstance.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace clearline;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { core::setApplicationIdentity(); }

    void aSecondLaunchHandsItsBundleToTheOpenWindow()
    {
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("profile"));
        ui::SingleInstance open(core::Profile::inDirectory(folder));
        QVERIFY(open.listen());
        QSignalSpy called(&open, &ui::SingleInstance::called);

        // The real program, as the file manager starts it, from elsewhere.
        QProcess second;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        second.setProcessEnvironment(environment);
        second.setWorkingDirectory(tmp.path());
        second.start(QString::fromUtf8(test::kClearlineBinary),
                     {QStringLiteral("--profile"), folder, QStringLiteral("From Rita.clbundle")});
        QVERIFY(QTest::qWaitFor([&called] { return called.size() == 1; }, 30000));
        QCOMPARE(called.at(0).at(0).toStringList(),
                 QStringList{QDir(tmp.path()).filePath(QStringLiteral("From Rita.clbundle"))});
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
    }

    /// Commands may read while the window is open, but not change records
    /// underneath it.
    void aCommandDoesNotWriteUnderAnOpenWindow()
    {
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("profile"));
        ui::SingleInstance open(core::Profile::inDirectory(folder));
        QVERIFY(open.listen());
        // Started and awaited on another thread: this one must answer.
        QProcess command;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CLEARLINE_KEYSTORE"), QStringLiteral("file"));
        environment.insert(QStringLiteral("CLEARLINE_PASSPHRASE"), QStringLiteral("correct horse"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        command.setProcessEnvironment(environment);
        command.start(QString::fromUtf8(test::kClearlineBinary),
                      {QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Pat Teacher"),
                       QStringLiteral("--email"), QStringLiteral("pat@example.org"), QStringLiteral("--profile"),
                       folder});
        QVERIFY(QTest::qWaitFor([&command] { return command.state() == QProcess::NotRunning; }, 30000));
        QCOMPARE(command.exitCode(), 1);
        QVERIFY(QString::fromUtf8(command.readAllStandardError())
                    .contains(QLatin1String("ClearLine's window is open for this profile")));
    }

    void anotherProfilesWindowIsNotAsked()
    {
        QTemporaryDir tmp;
        ui::SingleInstance open(core::Profile::inDirectory(tmp.filePath(QStringLiteral("one"))));
        QVERIFY(open.listen());
        const ui::SingleInstance other(core::Profile::inDirectory(tmp.filePath(QStringLiteral("two"))));
        QVERIFY(!other.handOver({}));
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
