// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/pack.h"
#include "policy/packerror.h"

#include <QCoreApplication>

#include <optional>

namespace clearline::policy {

/// Loads a pack.yaml: parsed, its shape and its references checked. A pack
/// with any mistake is refused as a whole, with every mistake listed.
class PackLoader
{
    Q_DECLARE_TR_FUNCTIONS(clearline::policy::PackLoader)

public:
    struct Result
    {
        std::optional<Pack> pack;
        PackErrors errors;
        PackErrors warnings; ///< the pack loads; `policy validate` shows them
    };

    static Result loadFile(const QString &path);
    /// The same for text already in memory; `file` names it in messages.
    static Result loadText(const QByteArray &text, const QString &file);

    /// Larger files are refused unread; a district's pack is a few hundred lines.
    static constexpr qint64 kMaxBytes = 2 * 1024 * 1024;
};

} // namespace clearline::policy
