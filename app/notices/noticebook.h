// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notices/noticehandout.h"
#include "requests/requeststatus.h"

#include "ledger/ledger.h"
#include "policy/pack.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace clearline::crypto {
class Identity;
}

namespace clearline::notices {

/// A notice a request's procedure names, and each time it was handed out.
struct RequestNotice
{
    const policy::Notice *notice = nullptr;
    QList<NoticeHandout> handouts;
};

/// A notice still to hand out for a request in force.
struct NoticeDue
{
    QString requestId;
    QString requestTitle;
    QString noticeId;
    QString noticeTitle;
};

/// The notices of a person's requests (policies/README.md, `notices`):
/// which a request names, which were handed out, which are still to do.
/// A trip disclosure's notices are kept on the disclosure itself.
class NoticeBook
{
public:
    NoticeBook(const ledger::Ledger &ledger, const policy::Pack &pack, QString personId);

    QList<RequestNotice> ofRequest(const QString &requestId) const;
    /// Notices of approved requests (or sent ones whose route only informs)
    /// that were never handed out.
    QList<NoticeDue> due(const QDate &today) const;

private:
    QList<NoticeHandout> handouts() const;

    const ledger::Ledger &m_ledger;
    const policy::Pack &m_pack;
    QString m_personId;
};

/// Signs that a request's notice was handed out.
class NoticeFiling
{
    Q_DECLARE_TR_FUNCTIONS(clearline::notices::NoticeFiling)

public:
    NoticeFiling(ledger::Ledger &ledger, const crypto::Identity &identity, const policy::Pack &pack);

    std::optional<ledger::Revision> recordHandout(const QString &requestId, const QString &noticeId,
                                                  const QString &language, const QString &to, const QDate &today,
                                                  QString *error);

private:
    ledger::Ledger &m_ledger;
    const crypto::Identity &m_identity;
    const policy::Pack &m_pack;
};

/// Whether a request is in force, so that its notices may be handed out.
bool inForce(const requests::RequestStatus &status);

} // namespace clearline::notices
