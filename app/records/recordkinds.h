// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace clearline::records {

/// Record kinds as people call them, for every kind ClearLine files
/// (policy::vocabulary::kRecordKinds): "contact" is "Contact log entry".
struct RecordKinds
{
    Q_DECLARE_TR_FUNCTIONS(clearline::records::RecordKinds)

public:
    /// The kind's name; an unknown kind (from a newer ClearLine) as it is.
    static QString name(const QString &kind);
};

} // namespace clearline::records
