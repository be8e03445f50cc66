// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/passphrasebox.h"

#include "crypto/digest.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace clearline::crypto {

namespace {

const auto kFormat = QStringLiteral("clearline-passphrase-box-1");

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}
const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

bool deriveKey(QByteArray &key, const QString &passphrase, const QByteArray &salt, qint64 ops, qint64 mem)
{
    const QByteArray utf8 = passphrase.toUtf8();
    key.resize(crypto_secretbox_KEYBYTES);
    return crypto_pwhash(bytes(key), static_cast<unsigned long long>(key.size()), utf8.constData(),
                         static_cast<unsigned long long>(utf8.size()), bytes(salt),
                         static_cast<unsigned long long>(ops), static_cast<size_t>(mem),
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}

} // namespace

QByteArray PassphraseBox::seal(const QByteArray &secret, const QString &passphrase)
{
    initialize();
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    randombytes_buf(nonce.data(), static_cast<size_t>(nonce.size()));
    // Interactive cost: about a tenth of a second and 64 MiB, each unlock.
    const auto ops = static_cast<qint64>(crypto_pwhash_OPSLIMIT_INTERACTIVE);
    const auto mem = static_cast<qint64>(crypto_pwhash_MEMLIMIT_INTERACTIVE);

    QByteArray key;
    deriveKey(key, passphrase, salt, ops, mem);
    QByteArray cipher(secret.size() + crypto_secretbox_MACBYTES, Qt::Uninitialized);
    crypto_secretbox_easy(bytes(cipher), bytes(secret), static_cast<unsigned long long>(secret.size()), bytes(nonce),
                          bytes(key));
    sodium_memzero(key.data(), static_cast<size_t>(key.size()));

    const QJsonObject object{{QStringLiteral("format"), kFormat},
                             {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
                             {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
                             {QStringLiteral("opslimit"), ops},
                             {QStringLiteral("memlimit"), mem},
                             {QStringLiteral("ciphertext"), QString::fromLatin1(cipher.toBase64())}};
    return QJsonDocument(object).toJson();
}

std::optional<QByteArray> PassphraseBox::open(const QByteArray &box, const QString &passphrase, QString *error,
                                              Failure *failure)
{
    Failure ignored = Failure::None;
    Failure &why = failure ? *failure : ignored;
    initialize();
    const QJsonObject object = QJsonDocument::fromJson(box).object();
    const auto field = [&](const char *name) {
        return QByteArray::fromBase64(object.value(QLatin1String(name)).toString().toLatin1());
    };
    const QByteArray salt = field("salt");
    const QByteArray nonce = field("nonce");
    const QByteArray cipher = field("ciphertext");
    const qint64 ops = object.value(QStringLiteral("opslimit")).toInteger();
    const qint64 mem = object.value(QStringLiteral("memlimit")).toInteger();
    if (object.value(QStringLiteral("format")).toString() != kFormat || salt.size() != crypto_pwhash_SALTBYTES ||
        nonce.size() != crypto_secretbox_NONCEBYTES || cipher.size() < crypto_secretbox_MACBYTES) {
        *error = tr("The file that holds your key is damaged, so ClearLine cannot unlock it.");
        why = Failure::Damaged;
        return std::nullopt;
    }
    // ClearLine seals with the interactive cost. A file asking for more than
    // libsodium's "sensitive" cost (seconds and 1 GiB) was not made by it,
    // and could keep the computer busy for hours: it is refused untried.
    if (ops < static_cast<qint64>(crypto_pwhash_OPSLIMIT_MIN) ||
        ops > static_cast<qint64>(crypto_pwhash_OPSLIMIT_SENSITIVE) ||
        mem < static_cast<qint64>(crypto_pwhash_MEMLIMIT_MIN) ||
        mem > static_cast<qint64>(crypto_pwhash_MEMLIMIT_SENSITIVE)) {
        *error = tr("The file that holds your key asks for far more work to unlock than ClearLine ever uses, so it is "
                    "damaged or was not made by ClearLine. ClearLine did not try to unlock it.");
        why = Failure::Damaged;
        return std::nullopt;
    }
    QByteArray key;
    if (!deriveKey(key, passphrase, salt, ops, mem)) {
        *error = tr("This computer does not have enough free memory to unlock your key. Close other "
                    "programs and try again.");
        why = Failure::OutOfMemory;
        return std::nullopt;
    }
    QByteArray secret(cipher.size() - crypto_secretbox_MACBYTES, Qt::Uninitialized);
    const bool opened =
        crypto_secretbox_open_easy(bytes(secret), bytes(cipher), static_cast<unsigned long long>(cipher.size()),
                                   bytes(nonce), bytes(key)) == 0;
    sodium_memzero(key.data(), static_cast<size_t>(key.size()));
    if (!opened) {
        *error = tr("That passphrase is not the one that protects your key. Check it and try again.");
        why = Failure::WrongPassphrase;
        return std::nullopt;
    }
    why = Failure::None;
    return secret;
}

} // namespace clearline::crypto
