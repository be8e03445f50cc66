// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention/retentionperiod.h"

#include <QRegularExpression>

namespace clearline::retention {

RetentionPeriod RetentionPeriod::parse(const QString &text)
{
    if (text == QLatin1String("permanent")) {
        return {Kind::Permanent, 0};
    }
    static const QRegularExpression period(QStringLiteral("^(\\d+)([ym])$"));
    const QRegularExpressionMatch match = period.match(text);
    if (!match.hasMatch()) {
        return {};
    }
    const int count = match.captured(1).toInt();
    return {Kind::Months, match.captured(2) == QLatin1String("y") ? count * 12 : count};
}

QString RetentionPeriod::text() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Permanent:
        return tr("permanently");
    case Kind::Months:
        return months % 12 == 0 ? tr("%n year(s)", nullptr, months / 12) : tr("%n month(s)", nullptr, months);
    }
    return {};
}

QDate RetentionPeriod::lastDay(const QDate &from) const
{
    return kind == Kind::Months && from.isValid() ? from.addMonths(months) : QDate();
}

bool RetentionPeriod::longerThan(const RetentionPeriod &other) const
{
    if (kind != other.kind) {
        return kind == Kind::Permanent || other.kind == Kind::None;
    }
    return kind == Kind::Months && months > other.months;
}

} // namespace clearline::retention
