// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/pack.h"

#include <QMap>
#include <QString>

namespace clearline::policy {

/// A pack text in a language, its {{names}} filled from values. A name
/// without a value is left showing, so a gap is seen, not hidden.
QString fillText(const Localized &text, const QString &language, const QMap<QString, QString> &values);

/// A notice of the pack in a language, its {{names}} filled from values.
QString fillNotice(const Notice &notice, const QString &language, const QMap<QString, QString> &values);

} // namespace clearline::policy
