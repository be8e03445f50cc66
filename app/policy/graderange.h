// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace clearline::policy {

/// Grades written as a pack writes them ("K-5", "6-8", "9-12"); K is 0.
struct GradeRange
{
    int from = 0;
    int to = 0;

    static std::optional<GradeRange> parse(const QString &text);
    bool contains(const GradeRange &other) const { return from <= other.from && other.to <= to; }
};

} // namespace clearline::policy
