// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/audiencetext.h"

#include "audience/audience.h"

#include "ledger/ledger.h"
#include "policy/pack.h"

#include <QJsonArray>

namespace clearline::cli {

QJsonObject AudienceText::toJson(const ledger::Ledger &ledger, const policy::Pack &pack, const QString &recordId)
{
    audience::AudienceBook book(ledger, pack, QDateTime::currentDateTimeUtc());
    const std::optional<audience::Audience> of = book.ofRecord(recordId);
    if (!of) {
        return {};
    }
    QJsonArray people;
    for (const audience::AudienceMember &member : book.members(*of)) {
        people.append(QJsonObject{{QStringLiteral("name"), member.name},
                                  {QStringLiteral("roles"), QJsonArray::fromStringList(member.roles)}});
    }
    return {{QStringLiteral("everyone"), of->everyone}, {QStringLiteral("people"), people}};
}

QString AudienceText::line(const ledger::Ledger &ledger, const policy::Pack &pack, const QString &recordId)
{
    audience::AudienceBook book(ledger, pack, QDateTime::currentDateTimeUtc());
    const std::optional<audience::Audience> of = book.ofRecord(recordId);
    return of ? tr("Who can see this: %1").arg(book.describe(*of)) : QString();
}

} // namespace clearline::cli
