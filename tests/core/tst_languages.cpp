// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/application.h"
#include "core/languages.h"
#include "core/profile.h"
#include "core/settings.h"

#include <QTemporaryDir>
#include <QTest>

using clearline::core::Languages;
using clearline::core::Profile;
using clearline::core::Settings;

namespace {
QString unknownSettingMessage()
{
    QTemporaryDir tmp;
    const Settings settings(Profile::inDirectory(tmp.path()));
    QString value;
    QString error;
    settings.value(QStringLiteral("colour"), &value, &error);
    return error;
}
} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { clearline::core::setApplicationIdentity(); }

    void shippedLanguagesAreListedInTheirOwnNames()
    {
        QCOMPARE(Languages::availableCodes(),
                 (QStringList{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt_BR")}));
        const auto languages = Languages::available();
        QCOMPARE(languages.at(1).nativeName, QStringLiteral("español"));
        QCOMPARE(languages.at(2).nativeName, QStringLiteral("português (Brasil)"));
    }

    void messagesFollowTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("installed");
        QTest::addColumn<QString>("message");
        QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("es")
                                 << QStringLiteral(
                                        "No hay ningún ajuste llamado \"colour\". Los ajustes son: "
                                        "language, district, district_key, sync_folder, backup_days, paper.");
        QTest::newRow("Brazilian Portuguese")
            << QStringLiteral("pt_BR") << QStringLiteral("pt_BR")
            << QStringLiteral("Não existe uma configuração chamada \"colour\". As "
                              "configurações são: language, district, district_key, sync_folder, backup_days, paper.");
        QTest::newRow("Mexican Spanish falls back to Spanish")
            << QStringLiteral("es_MX") << QStringLiteral("es")
            << QStringLiteral("No hay ningún ajuste llamado \"colour\". Los ajustes son: language, district, "
                              "district_key, sync_folder, backup_days, paper.");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("en")
                                 << QStringLiteral("There is no setting called \"colour\". The settings are: language, "
                                                   "district, district_key, sync_folder, backup_days, paper.");
        QTest::newRow("no translation falls back to English")
            << QStringLiteral("fr") << QStringLiteral("en")
            << QStringLiteral("There is no setting called \"colour\". The settings are: language, district, "
                              "district_key, sync_folder, backup_days, paper.");
    }

    void messagesFollowTheChosenLanguage()
    {
        QFETCH(QString, choice);
        QFETCH(QString, installed);
        QFETCH(QString, message);
        Languages languages;
        QCOMPARE(languages.install(choice), installed);
        QCOMPARE(unknownSettingMessage(), message);
        QCOMPARE(QLocale().name().left(2), choice.left(2));
    }

    void switchingLanguageReplacesTheOldOne()
    {
        Languages languages;
        languages.install(QStringLiteral("es"));
        languages.install(QStringLiteral("pt_BR"));
        QVERIFY(unknownSettingMessage().startsWith(QStringLiteral("Não existe")));
        languages.install(QStringLiteral("en"));
        QVERIFY(unknownSettingMessage().startsWith(QLatin1String("There is no setting")));
    }

    void qtsOwnStringsAreTranslatedToo()
    {
        Languages languages;
        languages.install(QStringLiteral("es"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancelar"));
    }

    void uninstallsWhenDestroyed()
    {
        {
            Languages languages;
            languages.install(QStringLiteral("es"));
        }
        QVERIFY(unknownSettingMessage().startsWith(QLatin1String("There is no setting")));
    }
};

QTEST_GUILESS_MAIN(TestLanguages)
#include "tst_languages.moc"
