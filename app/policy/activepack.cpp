// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/activepack.h"

#include "policy/shippedpacks.h"

namespace clearline::policy {

ActivePack ActivePack::load(const QString &district, const QString &pinnedFingerprint)
{
    ActivePack active;
    active.file = ShippedPacks::resolve(district);
    active.signature = PackSignature::check(active.file);
    active.trusted = PackSignature::trusted(active.signature, pinnedFingerprint);
    active.loaded = PackLoader::loadFile(active.file);
    return active;
}

} // namespace clearline::policy
