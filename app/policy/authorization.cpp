// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/authorization.h"

namespace clearline::policy {

bool Authorization::covers(const QString &channel, const QString &audience, const QDate &day) const
{
    const bool audienceCovered =
        audience == QLatin1String("students-and-parents")
            ? audiences.contains(QLatin1String("students")) && audiences.contains(QLatin1String("parents"))
            : audiences.contains(audience);
    if (!channels.contains(channel) || !audienceCovered) {
        return false;
    }
    if (from.isValid() && day < from) {
        return false;
    }
    return !to.isValid() || day <= to;
}

} // namespace clearline::policy
