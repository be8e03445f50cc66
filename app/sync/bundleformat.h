// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledger.h"
#include "ledger/revision.h"
#include "ledger/syncstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace clearline::sync {

/// The layout of a sync bundle file (docs/bundle-format.md):
///
///     CLEARLINE BUNDLE <format>\n
///     <manifest: canonical JSON>\n
///     <the exporter's Ed25519 signature of the manifest line, base64>\n
///     <payload: a zstd stream of JSON lines, one revision or attachment each>
///
/// The format number comes first and alone, so that any version of
/// ClearLine can tell a bundle it is too old to read from a damaged file.
namespace BundleFormat {
/// The format this version writes and the newest it reads.
inline constexpr int kCurrent = 1;
inline constexpr char kMagic[] = "CLEARLINE BUNDLE ";
/// The file name ending people and the watched folder look for.
inline constexpr char kSuffix[] = ".clbundle";
/// No legitimate payload is smaller than 1/kMaxRatio of its text: signatures,
/// hashes and ids do not compress. A higher ratio is a compression bomb.
inline constexpr qint64 kMaxRatio = 200;
/// The longest line: an attachment of at most 25 MB, in base64, and room.
inline constexpr qint64 kMaxLine = 48 * 1024 * 1024;
/// The longest manifest: keys and heads of a few thousand staff.
inline constexpr qint64 kMaxManifest = 16 * 1024 * 1024;
} // namespace BundleFormat

/// An author's revisions a bundle carries: those after `after` (empty: from
/// the author's first) up to `last`, `count` of them, unbroken.
struct ChainSpan
{
    QByteArray authorKey;
    QByteArray after;
    QByteArray last;
    qint64 count = 0;
};

/// The district policy the exporter worked under.
struct PackStamp
{
    QString district;
    QString adopted; ///< the date the district adopted the policy, ISO
    QString sha256;  ///< of the pack file, hex
    /// The signed pack itself, so that it travels to every profile
    /// (PackCarriage); empty when not carried.
    QJsonObject carried;
};

/// What a bundle says about itself, signed by its exporter.
struct Manifest
{
    Q_DECLARE_TR_FUNCTIONS(clearline::sync::Manifest)

public:
    int format = BundleFormat::kCurrent;
    QString application; ///< "ClearLine 0.1.0"
    QDateTime created;
    ledger::KnownPerson exporter;
    QString recipient; ///< whom it was made for, as the exporter named them; may be empty
    std::optional<PackStamp> pack;
    QList<ledger::KnownPerson> keys;    ///< everyone who signed a revision in it
    QList<ledger::AuthorHead> holdings; ///< what the exporter held: its acknowledgement
    QList<ChainSpan> chains;
    qint64 revisions = 0; ///< whole revisions
    qint64 withheld = 0;  ///< revisions carried as withheld stubs (hash and signature only)
    qint64 attachments = 0;
    QMap<QString, qint64> kinds; ///< of the whole revisions
    QString compression = QStringLiteral("zstd");
    qint64 payloadBytes = 0; ///< compressed, as stored after the signature line
    qint64 textBytes = 0;    ///< uncompressed
    QByteArray payloadSha256;

    QJsonObject toJson() const;
    /// Reads a manifest, refusing any field of the wrong type or missing.
    static std::optional<Manifest> fromJson(const QJsonObject &object, QString *error);
};

/// A file a revision refers to, carried with it.
struct BundleAttachment
{
    QString sha256;
    QByteArray content;
};

/// One line of the payload: a revision (everything it signed, its hash and
/// signature) or an attachment.
namespace BundleLine {
QByteArray fromRevision(const ledger::Revision &revision);
/// The same line from a revision read with its payload as stored (already
/// canonical JSON), put together as text: no parsing and writing again.
QByteArray fromStoredRevision(const ledger::Revision &revision, const QString &payload);
QByteArray fromAttachment(const BundleAttachment &attachment);
/// A revision withheld from the recipient: its id, author key, previous
/// hash, hash and signature, nothing else (no kind, record, time or payload).
QByteArray fromWithheld(const ledger::Revision &revision);
/// Parses one line into one of the two (a withheld stub is a revision with
/// `withheld` set); false with why when it is neither.
bool parse(const QByteArray &line, std::optional<ledger::Revision> *revision,
           std::optional<BundleAttachment> *attachment, QString *error);
} // namespace BundleLine

} // namespace clearline::sync
