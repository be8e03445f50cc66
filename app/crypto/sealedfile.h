// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace clearline::crypto {

class SigningKey;

/// A file only the people it is addressed to can read: a bundle in a shared
/// folder, a backup. Anyone who can open the folder sees its name, size and
/// time, and nothing of what is inside.
///
/// The content is encrypted once with a fresh key (libsodium secretstream,
/// chunk by chunk, so a large bundle never has to fit in memory), and that
/// key is sealed to each recipient's X25519 key, derived from the Ed25519
/// key that person already signs with: nobody needs a second key, and the
/// `holders` of a pack already list everyone an approver needs to reach.
///
/// Layout: "CLSEAL01", the recipient count (2 bytes, big-endian), one sealed
/// key per recipient, the stream header, then chunks, each its length
/// (4 bytes, big-endian) and its ciphertext. Everything before the first
/// chunk is authenticated with it, and the last chunk carries the final
/// tag, so a changed, cut or lengthened file is refused.
class SealedFile
{
    Q_DECLARE_TR_FUNCTIONS(clearline::crypto::SealedFile)

public:
    static constexpr char kMagic[] = "CLSEAL01";

    enum class Opened {
        Yes,          ///< the plain content is written
        NotAddressed, ///< a sealed file, but not for this key
        Damaged,      ///< not a sealed file, or changed since it was sealed
        Failed,       ///< the plain file could not be written (error says why)
    };

    /// Whether the file starts as a sealed file does (the first bytes only).
    static bool looksSealed(const QString &path);
    /// Encrypts plainPath to sealedPath for these Ed25519 public keys. The
    /// target is replaced at once or not at all.
    static bool seal(const QString &plainPath, const QString &sealedPath, const QList<QByteArray> &recipients,
                     QString *error);
    /// Decrypts sealedPath into plainPath with this person's key. On any
    /// outcome but Yes, plainPath is left absent.
    static Opened open(const QString &sealedPath, const QString &plainPath, const SigningKey &key, QString *error);
};

} // namespace clearline::crypto
