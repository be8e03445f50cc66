// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace clearline::crypto {
class SigningKey;
}

namespace clearline::ledger {

/// One signed, immutable step in the life of a record.
///
/// What is hashed and signed is signedContent(): the canonical JSON of
/// every field below except hash and signature. The hash chains the
/// author's revisions (prevHash); the signature is over the hash.
struct Revision
{
    static constexpr int kFormat = 1;

    QString id;
    QString recordId;
    QString kind;
    QString supersedes; ///< empty for a record's first revision
    QString reason;     ///< why it supersedes; empty for a first revision
    QString authorId;
    QByteArray authorKey;
    QString deviceId;
    QDateTime created; ///< UTC, millisecond precision
    QString zone;
    QJsonObject payload;
    QByteArray prevHash; ///< empty for the author's first revision
    QByteArray hash;
    QByteArray signature;
    /// A withheld revision (a stub): only id, authorKey, prevHash, hash and
    /// signature are known, because the sender's bundle was made for
    /// someone outside the record's audience. It holds its author's chain
    /// together and is never shown; the full revision may replace it later.
    bool withheld = false;

    /// The fields that are signed, as an object (signedContent() is its
    /// canonical JSON).
    QJsonObject signedFields() const;
    QByteArray signedContent() const;
    QByteArray computeHash() const;
    /// Sets hash and signature.
    void sign(const crypto::SigningKey &key);
    /// True when hash matches the content and the signature the hash.
    bool hashMatches() const;
    bool signatureValid() const;

    /// The time as stored and signed: ISO 8601 with milliseconds, "Z".
    static QString timeText(const QDateTime &time);
    /// The time timeText() wrote, read back. The stored form is read
    /// directly (a list of thousands of records reads three a row, and
    /// QDateTime::fromString costs more than the rest of the row); any other
    /// ISO 8601 text goes through Qt.
    static QDateTime timeFromText(QStringView text);
};

} // namespace clearline::ledger
