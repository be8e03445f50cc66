// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/zonedtime.h"

namespace clearline::core {

namespace {
QTimeZone &chosenReadingZone()
{
    static QTimeZone zone;
    return zone;
}
} // namespace

void setReadingZone(const QTimeZone &zone)
{
    chosenReadingZone() = zone;
}

QTimeZone readingZone()
{
    return chosenReadingZone().isValid() ? chosenReadingZone() : QTimeZone::systemTimeZone();
}

QString zonedTimeText(const QDateTime &moment, const QTimeZone &zone, QLocale::FormatType format)
{
    if (!moment.isValid()) {
        return {};
    }
    const QTimeZone shown = zone.isValid() ? zone : readingZone();
    const QDateTime there = moment.toTimeZone(shown);
    QString name = shown.abbreviation(there);
    if (name.isEmpty()) {
        name = shown.displayName(there, QTimeZone::OffsetName);
    }
    return QLocale().toString(there, format) + QLatin1Char(' ') + name;
}

QTimeZone zoneNamed(const QString &ianaId)
{
    const QTimeZone zone(ianaId.toUtf8());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

} // namespace clearline::core
