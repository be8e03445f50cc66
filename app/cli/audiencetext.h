// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class QTextStream;

namespace clearline::ledger {
class Ledger;
}
namespace clearline::policy {
struct Pack;
}

namespace clearline::cli {

/// "Who can see this" for the commands that show a record: names and
/// roles as people know them (app/audience), never internal ids.
class AudienceText
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::AudienceText)

public:
    /// {"everyone": bool, "people": [{"name", "roles": […]}]}; empty when
    /// the ledger does not hold the record.
    static QJsonObject toJson(const ledger::Ledger &ledger, const policy::Pack &pack, const QString &recordId);
    /// "Who can see this: Tess Teacher (wrote it); Pam Principal (Principal)".
    static QString line(const ledger::Ledger &ledger, const policy::Pack &pack, const QString &recordId);
};

} // namespace clearline::cli
