// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/keystore.h"

#include "crypto/passphrasebox.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <qt6keychain/keychain.h>
#include <QTimer>

namespace clearline::crypto {

namespace {

const auto kService = QStringLiteral("ClearLine");
// A key store that does not answer within this time counts as absent.
constexpr int kKeychainTimeoutMs = 10000;

// Runs a QtKeychain job to its end; an empty string means it succeeded.
QString runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError) {
        return {};
    }
    return job.errorString().isEmpty() ? QStringLiteral("no answer") : job.errorString();
}

QString forcedBackend()
{
    return qEnvironmentVariable("CLEARLINE_KEYSTORE");
}

bool writeOwnerOnly(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.write(data) == data.size() && file.commit();
}

} // namespace

QString KeyStore::backendName(Backend backend)
{
    return backend == Backend::SystemKeychain ? QStringLiteral("keychain") : QStringLiteral("file");
}

std::optional<KeyStore::Backend> KeyStore::backendFromName(const QString &name)
{
    if (name == QLatin1String("keychain")) {
        return Backend::SystemKeychain;
    }
    if (name == QLatin1String("file")) {
        return Backend::PassphraseFile;
    }
    return std::nullopt;
}

std::optional<KeyStore::Backend> KeyStore::store(const QString &account, const QByteArray &secret, const QString &file,
                                                 const PassphraseSource &passphrase, QString *error)
{
    const QString forced = forcedBackend();
    if (forced != QLatin1String("file")) {
        QKeychain::WritePasswordJob job(kService);
        job.setKey(account);
        job.setBinaryData(secret);
        const QString failure = runJob(job);
        if (failure.isEmpty()) {
            return Backend::SystemKeychain;
        }
        if (forced == QLatin1String("keychain")) {
            *error = tr("The system key store did not take your key (%1).").arg(failure);
            return std::nullopt;
        }
    }

    const std::optional<QString> chosen = passphrase(PassphraseRequest::ChooseNew);
    if (!chosen || chosen->size() < kMinimumPassphraseLength) {
        *error = tr("This computer has no key store, so your key must be protected by a passphrase of at "
                    "least %1 characters.")
                     .arg(kMinimumPassphraseLength);
        return std::nullopt;
    }
    if (!writeOwnerOnly(file, PassphraseBox::seal(secret, *chosen))) {
        *error = tr("ClearLine could not save your key to %1. Check that the disk is not full and that you may "
                    "write there.")
                     .arg(QDir::toNativeSeparators(file));
        return std::nullopt;
    }
    return Backend::PassphraseFile;
}

std::optional<QByteArray> KeyStore::load(Backend backend, const QString &account, const QString &file,
                                         const PassphraseSource &passphrase, QString *error)
{
    if (backend == Backend::SystemKeychain) {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(account);
        const QString failure = runJob(job);
        if (!failure.isEmpty()) {
            *error = tr("ClearLine could not read your key from the system key store (%1). Unlock your key ring "
                        "and try again.")
                         .arg(failure);
            return std::nullopt;
        }
        return job.binaryData();
    }

    QFile boxFile(file);
    if (!boxFile.open(QIODevice::ReadOnly)) {
        *error = tr("The file that holds your key, %1, is missing or cannot be read. Without it ClearLine cannot "
                    "sign in your name; restore it from a backup.")
                     .arg(QDir::toNativeSeparators(file));
        return std::nullopt;
    }
    // A sealed key is a few hundred bytes; a larger file is not one, and
    // reading no further keeps a device or a huge file from being read whole.
    constexpr qint64 kMaxBoxBytes = 64 * 1024;
    const QByteArray box = boxFile.read(kMaxBoxBytes);
    PassphraseRequest request = PassphraseRequest::Unlock;
    for (;;) {
        const std::optional<QString> given = passphrase(request);
        if (!given) {
            if (request == PassphraseRequest::Unlock) {
                *error = tr("Your key is protected by a passphrase, and none was given. On the command line, "
                            "set CLEARLINE_PASSPHRASE.");
            }
            return std::nullopt;
        }
        PassphraseBox::Failure failure = PassphraseBox::Failure::None;
        std::optional<QByteArray> secret = PassphraseBox::open(box, *given, error, &failure);
        if (secret || failure != PassphraseBox::Failure::WrongPassphrase) {
            return secret;
        }
        request = PassphraseRequest::UnlockAgain;
    }
}

} // namespace clearline::crypto
