// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace clearline::core {

/// A moment as a person reads it: in `zone`, with the zone named after it
/// ("12/7/26 10:42 AM EST"). Records are signed in UTC; what a person sees
/// always says which clock it is on, so a laptop set to another zone never
/// silently shifts a time in a record.
QString zonedTimeText(const QDateTime &moment, const QTimeZone &zone = QTimeZone::systemTimeZone(),
                      QLocale::FormatType format = QLocale::ShortFormat);

/// The district's zone from a pack's `district.timezone`; the machine's when
/// it names none that this machine knows.
QTimeZone zoneNamed(const QString &ianaId);

} // namespace clearline::core
