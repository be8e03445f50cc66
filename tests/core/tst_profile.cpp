// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/application.h"
#include "core/profile.h"
#include "core/settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using clearline::core::Profile;
using clearline::core::Settings;

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        clearline::core::setApplicationIdentity();
        // Keeps the standard profile away from the real user's folders.
        QStandardPaths::setTestModeEnabled(true);
    }

    void standardProfileUsesPerUserLocations()
    {
        const Profile profile = Profile::standard();
        QVERIFY(!profile.isCustom());
        QCOMPARE(profile.dataDirectory(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        QCOMPARE(QFileInfo(profile.settingsFile()).absolutePath(),
                 QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
        QVERIFY(profile.dataDirectory().endsWith(QLatin1String("/clearline")));
    }

    void directoryProfileKeepsEverythingInside()
    {
        QTemporaryDir tmp;
        const Profile profile = Profile::inDirectory(tmp.filePath(QStringLiteral("alice")));
        QVERIFY(profile.isCustom());
        QCOMPARE(profile.dataDirectory(), tmp.filePath(QStringLiteral("alice")));
        QCOMPARE(QFileInfo(profile.settingsFile()).absolutePath(), profile.dataDirectory());
    }

    void relativeDirectoryBecomesAbsolute()
    {
        const Profile profile = Profile::inDirectory(QStringLiteral("some/profile"));
        QVERIFY(QDir::isAbsolutePath(profile.dataDirectory()));
        QCOMPARE(profile.dataDirectory(), QDir::current().absoluteFilePath(QStringLiteral("some/profile")));
    }

    void prepareMakesAnOwnerOnlyFolder()
    {
        QTemporaryDir tmp;
        const Profile profile = Profile::inDirectory(tmp.filePath(QStringLiteral("nested/bob")));
        QString error;
        QVERIFY2(profile.prepare(&error), qPrintable(error));
        const QFileInfo info(profile.dataDirectory());
        QVERIFY(info.isDir());
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(info.permissions() & others, QFileDevice::Permissions());
    }

    void prepareRefusesAFileInTheWay()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("not-a-folder"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();

        QString error;
        QVERIFY(!Profile::inDirectory(path).prepare(&error));
        QVERIFY2(error.contains(QLatin1String("a file has that name")), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
    }

    void prepareExplainsAFolderThatCannotBeMade()
    {
        QTemporaryDir tmp;
        QFile blocker(tmp.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();

        QString error;
        QVERIFY(!Profile::inDirectory(tmp.filePath(QStringLiteral("blocker/inside"))).prepare(&error));
        QVERIFY2(error.contains(QLatin1String("could not create the folder")), qPrintable(error));
    }

    void profilesDoNotSeeEachOther()
    {
        QTemporaryDir tmp;
        const Profile alice = Profile::inDirectory(tmp.filePath(QStringLiteral("alice")));
        const Profile bob = Profile::inDirectory(tmp.filePath(QStringLiteral("bob")));
        QString error;
        QVERIFY(alice.prepare(&error));
        QVERIFY(bob.prepare(&error));
        {
            Settings settings(alice);
            settings.setLanguage(QStringLiteral("es"));
            QVERIFY(settings.save(&error));
        }
        QCOMPARE(Settings(alice).language(), QStringLiteral("es"));
        QCOMPARE(Settings(bob).language(), QString());
        QCOMPARE(Settings(Profile::standard()).language(), QString());
        QVERIFY(!QFile::exists(Profile::standard().settingsFile()));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
