// SPDX-License-Identifier: GPL-3.0-or-later
#include "testprofile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace clearline;
using test::fixedPassphrase;
using test::kPassphrase;
using test::readFile;

class TestIdentity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_next = 0;

    core::Profile freshProfile() { return core::Profile::inDirectory(m_dir.filePath(QString::number(++m_next))); }

private Q_SLOTS:
    void initTestCase()
    {
        core::setApplicationIdentity();
        qputenv("CLEARLINE_KEYSTORE", "file");
    }

    void createThenOpenWithThePassphrase()
    {
        const core::Profile profile = freshProfile();
        QString error;
        const auto made = crypto::Identity::create(profile,
                                                   {QStringLiteral("Ana Teacher"),
                                                    QStringLiteral("ana@district.example"),
                                                    {QStringLiteral("teacher")},
                                                    QStringLiteral("America/New_York")},
                                                   fixedPassphrase(kPassphrase), &error);
        QVERIFY2(made, qPrintable(error));
        QCOMPARE(made->info().keyStorage, crypto::KeyStore::Backend::PassphraseFile);
        QCOMPARE(made->info().zone, QStringLiteral("America/New_York"));

        const auto opened = crypto::Identity::open(profile, fixedPassphrase(kPassphrase), &error);
        QVERIFY2(opened, qPrintable(error));
        QCOMPARE(opened->info().publicKey, made->info().publicKey);
        QCOMPARE(opened->info().fingerprint(), made->info().fingerprint());
        QCOMPARE(opened->info().roles, QStringList{QStringLiteral("teacher")});
        QVERIFY(crypto::verifySignature(made->info().publicKey, "x", opened->key().sign("x")));

        // Nothing secret in the readable files, and owner-only permissions.
        const QByteArray secret = opened->key().secret();
        for (const QString &name : {QStringLiteral("identity.json"), QStringLiteral("identity.key")}) {
            const QString path = QDir(profile.dataDirectory()).filePath(name);
            QVERIFY(!readFile(path).contains(secret.toBase64()));
            QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
        }
    }

    void wrongPassphraseIsAnErrorNeverANewKey()
    {
        const core::Profile profile = freshProfile();
        QString error;
        const auto made =
            crypto::Identity::create(profile, {QStringLiteral("Ana"), QStringLiteral("ana@district.example"), {}, {}},
                                     fixedPassphrase(kPassphrase), &error);
        QVERIFY(made);
        const QByteArray infoBefore = readFile(QDir(profile.dataDirectory()).filePath(QStringLiteral("identity.json")));
        const QByteArray keyBefore = readFile(QDir(profile.dataDirectory()).filePath(QStringLiteral("identity.key")));

        int asks = 0;
        QVERIFY(!crypto::Identity::open(profile, fixedPassphrase(QStringLiteral("not the passphrase"), &asks), &error));
        QCOMPARE(error,
                 QStringLiteral("That passphrase is not the one that protects your key. Check it and try again."));
        QCOMPARE(asks, 2); // asked, then asked again, then the source gave up

        QVERIFY(!crypto::Identity::create(profile,
                                          {QStringLiteral("Ana"), QStringLiteral("ana@district.example"), {}, {}},
                                          fixedPassphrase(kPassphrase), &error));
        QVERIFY(error.contains(QLatin1String("never replaces a person's key")));
        QCOMPARE(readFile(QDir(profile.dataDirectory()).filePath(QStringLiteral("identity.json"))), infoBefore);
        QCOMPARE(readFile(QDir(profile.dataDirectory()).filePath(QStringLiteral("identity.key"))), keyBefore);
    }

    void noPassphraseOnTheCommandLineIsExplained()
    {
        const core::Profile profile = freshProfile();
        QString error;
        QVERIFY(crypto::Identity::create(profile,
                                         {QStringLiteral("Ana"), QStringLiteral("ana@district.example"), {}, {}},
                                         fixedPassphrase(kPassphrase), &error));
        const crypto::PassphraseSource none = [](crypto::PassphraseRequest) { return std::optional<QString>(); };
        QVERIFY(!crypto::Identity::open(profile, none, &error));
        QVERIFY2(error.contains(QLatin1String("CLEARLINE_PASSPHRASE")), qPrintable(error));
    }

    void shortPassphraseIsRefused()
    {
        const core::Profile profile = freshProfile();
        QString error;
        QVERIFY(!crypto::Identity::create(profile,
                                          {QStringLiteral("Ana"), QStringLiteral("ana@district.example"), {}, {}},
                                          fixedPassphrase(QStringLiteral("short")), &error));
        QVERIFY2(error.contains(QLatin1String("at least 8 characters")), qPrintable(error));
        QVERIFY(!crypto::Identity::exists(profile));
    }

    void damagedKeyFileIsReportedNotReplaced()
    {
        const core::Profile profile = freshProfile();
        QString error;
        QVERIFY(crypto::Identity::create(profile,
                                         {QStringLiteral("Ana"), QStringLiteral("ana@district.example"), {}, {}},
                                         fixedPassphrase(kPassphrase), &error));
        QFile key(QDir(profile.dataDirectory()).filePath(QStringLiteral("identity.key")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("{\"format\": \"clearline-passphrase-box-1\", \"salt\": \"AAAA\"}");
        key.close();
        QVERIFY(!crypto::Identity::open(profile, fixedPassphrase(kPassphrase), &error));
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    }

    void unknownTimeZoneIsRefused()
    {
        QString error;
        QVERIFY(!crypto::Identity::create(
            freshProfile(),
            {QStringLiteral("Ana"), QStringLiteral("ana@district.example"), {}, QStringLiteral("Mars/Olympus_Mons")},
            fixedPassphrase(kPassphrase), &error));
        QVERIFY(error.contains(QLatin1String("Mars/Olympus_Mons")));
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
