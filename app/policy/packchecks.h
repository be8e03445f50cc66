// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/pack.h"
#include "policy/packerror.h"

#include <QCoreApplication>

namespace clearline::policy {

/// Checks what one part of a pack says about another: every id it refers
/// to exists and is of the right kind, ids are unique, `then` chains end,
/// notices speak every district language with known placeholders.
class PackChecks
{
    Q_DECLARE_TR_FUNCTIONS(clearline::policy::PackChecks)

public:
    static void run(const Pack &pack, PackErrors &errors);
    /// What is allowed but most likely a mistake: a rule that can never
    /// decide a contact because another, as specific and stricter (or the
    /// same and earlier), always decides it instead.
    static PackErrors warnings(const Pack &pack);
};

} // namespace clearline::policy
