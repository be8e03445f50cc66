// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace clearline::crypto {

/// Why a passphrase is asked for.
enum class PassphraseRequest {
    ChooseNew,   ///< protecting a new key: the person picks one
    Unlock,      ///< opening the key
    UnlockAgain, ///< the last one was wrong
};

/// Asks for a passphrase: a dialog in the GUI, CLEARLINE_PASSPHRASE on the
/// command line. Nothing means the person (or script) has none to give.
using PassphraseSource = std::function<std::optional<QString>(PassphraseRequest)>;

/// Keeps a private key: in the operating system's key store (QtKeychain)
/// when one answers, else in a file encrypted with a passphrase.
///
/// CLEARLINE_KEYSTORE=file or =keychain forces one of them (tests and
/// headless machines use file).
class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(clearline::crypto::KeyStore)

public:
    enum class Backend { SystemKeychain, PassphraseFile };

    static QString backendName(Backend backend);
    static std::optional<Backend> backendFromName(const QString &name);

    /// Stores secret under account (system key store) or in file. Returns
    /// where it went, or nothing with a plain message.
    static std::optional<Backend> store(const QString &account, const QByteArray &secret, const QString &file,
                                        const PassphraseSource &passphrase, QString *error);
    /// Reads what store() kept. A wrong passphrase is an error, never a new key.
    static std::optional<QByteArray> load(Backend backend, const QString &account, const QString &file,
                                          const PassphraseSource &passphrase, QString *error);

    /// The shortest passphrase accepted for a new key.
    static constexpr int kMinimumPassphraseLength = 8;
};

} // namespace clearline::crypto
