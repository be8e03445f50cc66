// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace clearline::policy {

/// One mistake in a pack, where it is.
struct PackError
{
    QString file;
    int line = 0;   ///< 1-based; 0 when the whole file is meant
    int column = 0; ///< 1-based
    QString message;

    /// "file:line:column: message", as compilers write it, so that editors
    /// can jump there.
    QString toString() const;
};

using PackErrors = QList<PackError>;

} // namespace clearline::policy
