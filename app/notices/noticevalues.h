// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/request.h"

#include "policy/pack.h"

#include <QMap>
#include <QString>

namespace clearline::notices {

/// What a request's notices are filled with (policies/README.md,
/// `notices`): the staff member, the district and school, and the answers
/// the placeholders name — a field of the same id, else the platform and
/// address the procedure `registers`, else its first field of that type.
QMap<QString, QString> noticeValues(const policy::Pack &pack, const requests::Request &request,
                                    const QString &staffName);

} // namespace clearline::notices
