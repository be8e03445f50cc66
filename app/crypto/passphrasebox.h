// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace clearline::crypto {

/// Secret bytes encrypted with a passphrase, for a machine with no key store:
/// the key comes from the passphrase through Argon2id (libsodium pwhash) and
/// encrypts with XSalsa20-Poly1305 (secretbox), so a wrong passphrase is
/// detected, never mistaken for a different secret.
class PassphraseBox
{
    Q_DECLARE_TR_FUNCTIONS(clearline::crypto::PassphraseBox)

public:
    /// The box as a small JSON document (salt, nonce, cost, ciphertext).
    static QByteArray seal(const QByteArray &secret, const QString &passphrase);
    enum class Failure { None, WrongPassphrase, Damaged, OutOfMemory };

    /// The secret, or nothing with a message and why.
    static std::optional<QByteArray> open(const QByteArray &box, const QString &passphrase, QString *error,
                                          Failure *failure = nullptr);
};

} // namespace clearline::crypto
