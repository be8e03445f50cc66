// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profile.h"
#include "policy/pack.h"
#include "sync/bundleformat.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace clearline::crypto {
class SigningKey;
}

namespace clearline::sync {

/// The district's signed pack travels with records: every bundle carries the
/// exporter's pack file and its signature in the manifest (PackStamp's
/// `carried`), and a receiving profile takes it in place of its own when it
/// is newer (`district.version`) and signed by the district key the profile
/// pins. The exporter's signature on the manifest says only who passed it
/// on; the district's signature is what makes it trusted, so it may come
/// from anyone. Taking it or not never changes what else the bundle does.
class PackCarriage
{
    Q_DECLARE_TR_FUNCTIONS(clearline::sync::PackCarriage)

public:
    /// What a bundle carries of the pack in use: its text, signature and
    /// version, when it is a signed file. A pack shipped inside ClearLine
    /// is not carried: every copy of ClearLine has it.
    static QJsonObject outgoing(const policy::Pack &pack);
    /// The version a stamp carries, or -1 when it carries no pack.
    static int carriedVersion(const std::optional<PackStamp> &stamp);

    struct Arrival
    {
        enum class Outcome {
            NoneCarried, ///< the bundle carries no pack
            Adopted,     ///< the profile now works under the carried pack
            NotNewer,    ///< older or the same version: the profile keeps its own
            Refused,     ///< unsigned, signed by another key, another district, or unreadable
        };
        Outcome outcome = Outcome::NoneCarried;
        int version = 0;
        QString line;        ///< one line for the import report; empty for NoneCarried
        QStringList changes; ///< when adopted: what changed, for people
    };

    /// An arrival as people read it: its line, then what changed, one per line.
    static QString text(const Arrival &arrival);
    /// Checks the pack a bundle carries against the profile's and takes it
    /// when it is newer and signed by the pinned district key. It is kept
    /// in the profile (storedFolder()) and the profile's district setting
    /// points there from then on.
    static Arrival receive(const core::Profile &profile, const std::optional<PackStamp> &stamp);
    /// The same for the bundles of a shared folder, before a round imports
    /// them, so that records signed by newly listed holders are taken under
    /// the pack that lists them. Quiet about bundles that carry the same or
    /// an older version: a folder is read again and again. Only the sealed
    /// bundles addressed to ownKey are read, so a locked key reads none.
    static QList<Arrival> receiveFromFolder(const core::Profile &profile, const QString &folder,
                                            const QByteArray &ownKey, const crypto::SigningKey *key);
    /// What changed from one pack text to the next, in words: holders added
    /// and removed, and the other sections that differ.
    static QStringList changes(const std::optional<policy::Pack> &before, const QByteArray &beforeText,
                               const policy::Pack &after, const QByteArray &afterText);
    /// Where a profile keeps a pack that reached it.
    static QString storedFolder(const core::Profile &profile);
};

} // namespace clearline::sync
