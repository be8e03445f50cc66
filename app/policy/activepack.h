// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/packloader.h"
#include "policy/packsignature.h"

namespace clearline::policy {

/// A profile's district pack as the window and the commands use it: where
/// it is, whether its signature is trusted, and the pack when it loads.
struct ActivePack
{
    QString file;
    PackSignature::Check signature;
    bool trusted = false;
    PackLoader::Result loaded;

    /// From the profile's `district` setting (a shipped id or a file) and its
    /// pinned `district_key` fingerprint.
    static ActivePack load(const QString &district, const QString &pinnedFingerprint);
};

} // namespace clearline::policy
