// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/application.h"
#include "core/profile.h"
#include "core/settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using clearline::core::Profile;
using clearline::core::Settings;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { clearline::core::setApplicationIdentity(); }

    void roundTripAcrossInstances()
    {
        QTemporaryDir tmp;
        const Profile profile = Profile::inDirectory(tmp.path());
        const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03", 6);
        QString error;
        {
            Settings settings(profile);
            settings.setLanguage(QStringLiteral("pt_BR"));
            settings.setWindowGeometry(geometry);
            QVERIFY2(settings.save(&error), qPrintable(error));
        }
        const Settings reread(profile);
        QCOMPARE(reread.language(), QStringLiteral("pt_BR"));
        QCOMPARE(reread.windowGeometry(), geometry);
        QVERIFY(QFile::exists(profile.settingsFile()));
    }

    void emptyLanguageFollowsTheSystem()
    {
        QTemporaryDir tmp;
        const Profile profile = Profile::inDirectory(tmp.path());
        QString error;
        Settings settings(profile);
        settings.setLanguage(QStringLiteral("es"));
        QVERIFY(settings.setValue(QStringLiteral("language"), QString(), &error));
        QVERIFY(settings.save(&error));
        QCOMPARE(Settings(profile).language(), QString());
    }

    void scriptableKeysReadAndWrite()
    {
        QTemporaryDir tmp;
        Settings settings(Profile::inDirectory(tmp.path()));
        QString error;
        QVERIFY2(settings.setValue(QStringLiteral("language"), QStringLiteral("es"), &error), qPrintable(error));
        QString value;
        QVERIFY(settings.value(QStringLiteral("language"), &value, &error));
        QCOMPARE(value, QStringLiteral("es"));
    }

    void backupDaysAreANumberOfDaysWithADefault()
    {
        QTemporaryDir tmp;
        Settings settings(Profile::inDirectory(tmp.path()));
        QCOMPARE(settings.backupDays(), 14);
        QString error;
        QVERIFY(!settings.setValue(QStringLiteral("backup_days"), QStringLiteral("0"), &error));
        QVERIFY(error.startsWith(QLatin1String("Say for how many days to keep backups")));
        QVERIFY(!settings.setValue(QStringLiteral("backup_days"), QStringLiteral("a week"), &error));
        QVERIFY2(settings.setValue(QStringLiteral("backup_days"), QStringLiteral("30"), &error), qPrintable(error));
        QCOMPARE(settings.backupDays(), 30);
        QString value;
        QVERIFY(settings.value(QStringLiteral("backup_days"), &value, &error));
        QCOMPARE(value, QStringLiteral("30"));
    }

    void unknownKeyIsRefusedWithTheKnownOnes()
    {
        QTemporaryDir tmp;
        Settings settings(Profile::inDirectory(tmp.path()));
        QString error;
        QString value;
        QVERIFY(!settings.value(QStringLiteral("colour"), &value, &error));
        QCOMPARE(error, QStringLiteral("There is no setting called \"colour\". The settings are: language, district, "
                                       "district_key, sync_folder, backup_days, paper."));
        QVERIFY(!settings.setValue(QStringLiteral("colour"), QStringLiteral("red"), &error));
    }

    void languageWithoutTranslationIsRefusedAndNothingChanges()
    {
        QTemporaryDir tmp;
        const Profile profile = Profile::inDirectory(tmp.path());
        QString error;
        {
            Settings settings(profile);
            QVERIFY(settings.setValue(QStringLiteral("language"), QStringLiteral("es"), &error));
            QVERIFY(settings.save(&error));
        }
        Settings settings(profile);
        QVERIFY(!settings.setValue(QStringLiteral("language"), QStringLiteral("xx"), &error));
        QVERIFY2(error.contains(QLatin1String("no \"xx\" translation")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("pt_BR")), qPrintable(error));
        QVERIFY(settings.save(&error));
        QCOMPARE(Settings(profile).language(), QStringLiteral("es"));
    }

    void saveReportsAFolderThatCannotBeWritten()
    {
        QTemporaryDir tmp;
        QFile blocker(tmp.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Settings settings(Profile::inDirectory(tmp.filePath(QStringLiteral("blocker/profile"))));
        settings.setLanguage(QStringLiteral("es"));
        QString error;
        QVERIFY(!settings.save(&error));
        QVERIFY2(error.contains(QLatin1String("could not save your settings")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
