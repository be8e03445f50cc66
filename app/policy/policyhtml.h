// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/pack.h"

#include <QCoreApplication>
#include <QString>

namespace clearline::policy {

/// The district's rules as one readable page, clause by clause, from the
/// HTML template in resources/templates/policy.html. Each clause has the
/// anchor "clause-<id>", so any screen can open the page at a clause.
class PolicyHtml
{
    Q_DECLARE_TR_FUNCTIONS(clearline::policy::PolicyHtml)

public:
    /// `language` picks the localized texts ("es"); English fills gaps.
    static QString render(const Pack &pack, const QString &language);
};

} // namespace clearline::policy
