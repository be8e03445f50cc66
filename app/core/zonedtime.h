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
/// silently shifts a time in a record. Without a zone: the reading zone.
QString zonedTimeText(const QDateTime &moment, const QTimeZone &zone = QTimeZone(),
                      QLocale::FormatType format = QLocale::ShortFormat);

/// The zone times are read in where a view has no pack at hand: the
/// district's, once the profile's pack is known (as QLocale::setDefault sets
/// the language for the whole process), else the machine's. A principal on
/// a laptop still set to another zone reads every list on the school's clock.
void setReadingZone(const QTimeZone &zone);
QTimeZone readingZone();

/// The district's zone from a pack's `district.timezone`; the machine's when
/// it names none that this machine knows.
QTimeZone zoneNamed(const QString &ianaId);

} // namespace clearline::core
