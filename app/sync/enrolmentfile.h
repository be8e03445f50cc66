// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/enrolment.h"

#include "ledger/revision.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace clearline::sync {

/// The file a person hands district IT to be listed as a role holder: the
/// enrolment revision exactly as the ledger signed it (the same line a
/// bundle carries), so that IT checks the same signature either way.
///
///     {"format": "clearline-enrolment-1", "revision": { …a bundle line… }}
class EnrolmentFile
{
    Q_DECLARE_TR_FUNCTIONS(clearline::sync::EnrolmentFile)

public:
    struct Read
    {
        ledger::Revision revision;
        requests::Enrolment enrolment;
    };

    static bool write(const ledger::Revision &revision, const QString &file, QString *error);
    /// The enrolment in a file, its hash and signature checked; else why not.
    static std::optional<Read> read(const QString &file, QString *error);
    /// The name ClearLine suggests: enrolment-<role>-<first fingerprint group>.json
    static QString suggestedName(const requests::Enrolment &enrolment);
};

} // namespace clearline::sync
