// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/digest.h"
#include "crypto/passphrasebox.h"
#include "crypto/signingkey.h"

#include <QRegularExpression>
#include <QTest>

using namespace clearline::crypto;

class TestSigning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signatureVerifiesOnlyForItsMessageAndKey()
    {
        const SigningKey key = SigningKey::generate();
        const SigningKey other = SigningKey::generate();
        const QByteArray message("approve request 42");
        const QByteArray signature = key.sign(message);
        QCOMPARE(signature.size(), 64);
        QVERIFY(verifySignature(key.publicKey(), message, signature));
        QVERIFY(!verifySignature(key.publicKey(), QByteArray("approve request 43"), signature));
        QVERIFY(!verifySignature(other.publicKey(), message, signature));
        QByteArray flipped = signature;
        flipped[10] = static_cast<char>(flipped[10] ^ 1);
        QVERIFY(!verifySignature(key.publicKey(), message, flipped));
        QVERIFY(!verifySignature(QByteArray("short"), message, signature));
    }

    void secretRoundTripsAndIsChecked()
    {
        const SigningKey key = SigningKey::generate();
        const auto again = SigningKey::fromSecret(key.secret());
        QVERIFY(again);
        QCOMPARE(again->publicKey(), key.publicKey());
        QVERIFY(verifySignature(key.publicKey(), "x", again->sign("x")));

        QByteArray damaged = key.secret();
        damaged[40] = static_cast<char>(damaged[40] ^ 0xff); // in the public half
        QVERIFY(!SigningKey::fromSecret(damaged));
        QVERIFY(!SigningKey::fromSecret(QByteArray(10, 'x')));
    }

    void sha256MatchesTheStandard()
    {
        QCOMPARE(sha256("abc").toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void fingerprintIsShortAndStable()
    {
        const SigningKey key = SigningKey::generate();
        const QString print = fingerprint(key.publicKey());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]{4}(-[0-9A-F]{4}){4}$")).match(print).hasMatch());
        QCOMPARE(fingerprint(key.publicKey()), print);
        QVERIFY(fingerprint(SigningKey::generate().publicKey()) != print);
    }

    void passphraseBoxOpensOnlyWithItsPassphrase()
    {
        const QByteArray secret("the secret key bytes");
        const QByteArray box = PassphraseBox::seal(secret, QStringLiteral("correct horse"));
        QVERIFY(!box.contains(secret));
        QString error;
        QCOMPARE(PassphraseBox::open(box, QStringLiteral("correct horse"), &error).value_or(QByteArray()), secret);

        PassphraseBox::Failure failure = PassphraseBox::Failure::None;
        QVERIFY(!PassphraseBox::open(box, QStringLiteral("wrong horse"), &error, &failure));
        QCOMPARE(failure, PassphraseBox::Failure::WrongPassphrase);
        QVERIFY(error.contains(QLatin1String("passphrase is not the one")));

        QVERIFY(!PassphraseBox::open(QByteArray("{\"format\":\"other\"}"), QStringLiteral("x"), &error, &failure));
        QCOMPARE(failure, PassphraseBox::Failure::Damaged);
    }
};

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
