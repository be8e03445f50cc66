// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace clearline::ledger {
class Ledger;
}
namespace clearline::policy {
struct Pack;
}

namespace clearline::requests {

/// Which decision records of a ledger do not count, and why, in the words
/// the request's page uses ("does not count: the signer does not hold the
/// Principal role for this school"). A records search lists every record,
/// a self-made "decision" too; this marks it, so that a list, a CSV or a
/// paper copy never shows it as an approval.
///
/// Worked out once, for every decision, when made: a search then asks per
/// row without reading the ledger again, from any thread.
class DecisionStanding
{
    Q_DECLARE_TR_FUNCTIONS(clearline::requests::DecisionStanding)

public:
    DecisionStanding(const ledger::Ledger &ledger, const policy::Pack &pack);

    /// "does not count: …" for a decision record that does not count on the
    /// request revision it answers; empty for one that counts, and for any
    /// other record.
    QString of(const QString &recordId) const { return m_uncounted.value(recordId); }
    int uncountedCount() const { return int(m_uncounted.size()); }

private:
    QHash<QString, QString> m_uncounted; ///< decision record id → why
};

} // namespace clearline::requests
