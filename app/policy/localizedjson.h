// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/pack.h"

#include <QJsonObject>

namespace clearline::policy {

/// A pack's text in every language, as a record keeps it ({"en": …, "es": …}):
/// what the pack said when the record was made, read the same later.
QJsonObject localizedToJson(const Localized &text);
Localized localizedFromJson(const QJsonObject &object);

} // namespace clearline::policy
