// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/packloader.h"
#include "policy/packsignature.h"

#include <QCoreApplication>

#include <optional>

namespace clearline::policy {

/// A profile's district pack as the window and the commands use it: where
/// it is, whether its signature is trusted, and the pack when it loads.
struct ActivePack
{
    Q_DECLARE_TR_FUNCTIONS(clearline::policy::ActivePack)

public:
    QString file;
    PackSignature::Check signature;
    bool trusted = false;
    PackLoader::Result loaded;

    /// From the profile's `district` setting (a shipped id or a file) and its
    /// pinned `district_key` fingerprint.
    static ActivePack load(const QString &district, const QString &pinnedFingerprint);

    /// The pack to work under: trusted (or, for district IT in authoring
    /// mode, merely readable) and loaded. Else nothing, with why in words
    /// a teacher understands.
    std::optional<Pack> usable(bool authoring, QString *problem) const;
};

} // namespace clearline::policy
