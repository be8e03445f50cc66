// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/activepack.h"

#include "policy/shippedpacks.h"

namespace clearline::policy {

ActivePack ActivePack::load(const QString &district, const QString &pinnedFingerprint)
{
    ActivePack active;
    if (district.isEmpty()) {
        return active; // none chosen: nothing to read
    }
    active.file = ShippedPacks::resolve(district);
    active.signature = PackSignature::check(active.file);
    active.trusted = PackSignature::trusted(active.signature, pinnedFingerprint);
    active.loaded = PackLoader::loadFile(active.file);
    return active;
}

std::optional<Pack> ActivePack::usable(bool authoring, QString *problem) const
{
    if (file.isEmpty()) {
        *problem = tr("This profile has no district yet. Your district's IT staff can set it with: clearline "
                      "settings set district <pack>");
        return std::nullopt;
    }
    if (!trusted && !authoring) {
        *problem = tr("The district policy %1 is %2, so ClearLine does not use it. Ask your district's IT staff for "
                      "the signed pack.")
                       .arg(file, signature.message);
        return std::nullopt;
    }
    if (!loaded.pack) {
        *problem = tr("The district policy %1 could not be read, so it is not used:\n%2")
                       .arg(file, loaded.errors.constFirst().toString());
        return std::nullopt;
    }
    return loaded.pack;
}

} // namespace clearline::policy
