// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace clearline::crypto {
class SigningKey;
}

namespace clearline::policy {

/// A district signs its pack (pack.yaml → pack.yaml.sig: an Ed25519
/// signature over the SHA-256 of the file's exact bytes), so that nobody
/// can shorten their own approval route by editing it. A pack compiled into
/// ClearLine is covered by the program's own package instead.
class PackSignature
{
    Q_DECLARE_TR_FUNCTIONS(clearline::policy::PackSignature)

public:
    enum class State {
        Shipped,  ///< compiled into ClearLine
        Valid,    ///< pack.yaml.sig matches the file; see fingerprint
        Unsigned, ///< no pack.yaml.sig
        Invalid,  ///< pack.yaml.sig does not match the file or is damaged
    };

    struct Check
    {
        State state = State::Unsigned;
        QString fingerprint; ///< of the signing key, when there is a signature
        QString message;     ///< one line for people
    };

    static QString signatureFile(const QString &packFile);
    static Check check(const QString &packFile);
    /// Writes pack.yaml.sig for packFile with key.
    static bool sign(const QString &packFile, const crypto::SigningKey &key, QString *error);
    /// True when a pack may be used outside authoring mode: shipped, or
    /// validly signed by the district key pinned in the profile.
    static bool trusted(const Check &check, const QString &pinnedFingerprint);
};

} // namespace clearline::policy
