// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/pack.h"
#include "sync/bundleformat.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace clearline::crypto {
class Identity;
}
namespace clearline::ledger {
class SyncStore;
}

namespace clearline::sync {

/// What to put in a bundle. By default everything the profile holds; with
/// peers, only what they have not all acknowledged; with dates, each
/// author's revisions from the first one dated on or after `since` to the
/// last before the first one dated after `until`. A bundle never leaves a
/// hole in an author's chain: what it starts after, the receiver must hold.
struct ExportChoice
{
    QList<QByteArray> peerKeys;
    QString recipient; ///< written in the manifest, for people to read
    QDate since;
    QDate until;
    /// The recipient's public key. When set, a revision goes whole only if
    /// the recipient is in its record's audience (audience::AudienceBook),
    /// else as a withheld stub that keeps the author's chain whole. When
    /// empty, the bundle is a full backup of everything the profile holds.
    QByteArray audienceOf;
    /// The trusted pack that decides audiences. Without it, a recipient
    /// gets whole only what they signed and what everyone may see.
    std::optional<policy::Pack> audiencePack;
};

struct ExportResult
{
    qint64 revisions = 0;
    qint64 withheld = 0; ///< revisions sent as stubs: the recipient may not see them
    qint64 attachments = 0;
    qint64 bytes = 0;
    QMap<QString, qint64> kinds;
};

class BundleExport
{
    Q_DECLARE_TR_FUNCTIONS(clearline::sync::BundleExport)

public:
    /// For each author, the place in the ledger after which revisions go
    /// to these peers: the least any of them acknowledged (0: from the
    /// first; the largest qint64: none). Empty peers: everything.
    static QHash<QByteArray, qint64> startsAfter(const ledger::SyncStore &store, const QList<QByteArray> &peerKeys);
    /// The district policy a bundle says it was made under.
    static std::optional<PackStamp> stampOf(const std::optional<policy::Pack> &pack);
    static std::optional<ExportResult> write(ledger::Ledger &ledger, const crypto::Identity &exporter,
                                             const std::optional<PackStamp> &pack, const ExportChoice &choice,
                                             const QString &file, QString *error);
};

} // namespace clearline::sync
