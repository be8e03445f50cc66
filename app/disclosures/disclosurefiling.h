// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "disclosures/disclosure.h"
#include "requests/requestform.h"

#include "ledger/ledger.h"
#include "policy/pack.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace clearline::crypto {
class Identity;
}

namespace clearline::disclosures {

/// Writes a person's trip disclosures into the ledger, step by step: the
/// plan, the authorization request, each notice handed out, any report of
/// misuse, and the closing. Each step is a signed revision.
class DisclosureFiling
{
    Q_DECLARE_TR_FUNCTIONS(clearline::disclosures::DisclosureFiling)

public:
    DisclosureFiling(ledger::Ledger &ledger, const crypto::Identity &identity, const policy::Pack &pack);

    /// Saves a new disclosure with what the pack says about it. Refuses
    /// what the pack forbids (with the clause and the alternatives), and a
    /// discouraged one whose limited purpose is not confirmed.
    std::optional<ledger::Revision> create(Disclosure disclosure, QString *error);
    /// The authorization request's form, with the answers the disclosure
    /// already gives (by the field ids policies/README.md lists).
    std::optional<requests::RequestForm> authorizationForm(const QString &recordId, QString *error) const;
    /// Sends the authorization request and links it to the disclosure.
    std::optional<ledger::Revision> requestAuthorization(const QString &recordId, const requests::RequestForm &form,
                                                         const QDate &today, QString *error);
    /// Links a request sent another way (the request wizard) to the
    /// disclosure as its authorization request.
    std::optional<ledger::Revision> linkAuthorization(const QString &recordId, const QString &requestId,
                                                      QString *error);
    /// Records that the notice was handed out; refused until the number
    /// may be given.
    std::optional<ledger::Revision> recordHandout(const QString &recordId, const QString &to, const QString &language,
                                                  const QDateTime &at, const QDate &today, QString *error);
    /// Reports unauthorized use of the number: a record whose route tells
    /// the people the pack names at once, flagged on the disclosure.
    /// Returns the report's revision.
    std::optional<ledger::Revision> reportMisuse(const QString &recordId, const QString &what, const QDate &today,
                                                 QString *error);
    std::optional<ledger::Revision> close(const QString &recordId, const QString &note, const QDate &today,
                                          QString *error);

    /// Why the pack forbids it, with the clause and the alternatives, in words.
    static QString forbiddenMessage(const policy::Pack &pack, const DisclosurePolicy &policy);
    /// The sentence the person confirms when the pack discourages it.
    static QString confirmationText(const DisclosurePolicy &policy);
    /// The values a notice's {{names}} are filled with.
    static QMap<QString, QString> noticeValues(const policy::Pack &pack, const Disclosure &disclosure,
                                               const QString &staffName);

private:
    struct Current
    {
        ledger::Revision head;
        Disclosure disclosure;
    };
    std::optional<Current> ownDisclosure(const QString &recordId, QString *error) const;
    std::optional<ledger::Revision> revise(const Current &current, const Disclosure &changed, const QString &reason,
                                           QString *error);

    ledger::Ledger &m_ledger;
    const crypto::Identity &m_identity;
    const policy::Pack &m_pack;
};

} // namespace clearline::disclosures
