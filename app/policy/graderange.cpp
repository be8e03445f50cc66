// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/graderange.h"

#include <QRegularExpression>

namespace clearline::policy {

std::optional<GradeRange> GradeRange::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(K|\\d{1,2})\\s*-\\s*(K|\\d{1,2})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const auto grade = [](const QString &g) { return g == QLatin1String("K") ? 0 : g.toInt(); };
    const GradeRange range{grade(match.captured(1)), grade(match.captured(2))};
    return range.from <= range.to ? std::optional<GradeRange>(range) : std::nullopt;
}

} // namespace clearline::policy
