// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace clearline::retention {

/// A documentation entry's `retain` (policies/README.md): a number of
/// months or years, "permanent", or nothing when the policy gives no period.
struct RetentionPeriod
{
    Q_DECLARE_TR_FUNCTIONS(clearline::retention::RetentionPeriod)

public:
    enum class Kind { None, Permanent, Months };

    Kind kind = Kind::None;
    int months = 0;

    /// "7y", "6m", "permanent"; anything else (the pack reader refuses it) is None.
    static RetentionPeriod parse(const QString &text);

    /// "7 years", "6 months", "permanently"; empty for None.
    QString text() const;
    /// The last day to keep a record whose period counts from `from`;
    /// invalid when it never ends.
    QDate lastDay(const QDate &from) const;
    /// Longer first: permanent, then more months, then no period.
    bool longerThan(const RetentionPeriod &other) const;
};

} // namespace clearline::retention
