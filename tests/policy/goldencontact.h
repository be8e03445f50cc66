// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacts/contactentry.h"

#include "policy/pack.h"
#include "policy/vocabulary.h"

#include <QSet>
#include <QStringList>

namespace clearline::test {

/// A line of a golden verdicts.txt as a contact someone logs: its
/// conditions become what the person says (the pack's purpose that meets
/// exactly the purpose conditions, who was on the message, the device,
/// whose phone, own child, a trip); `off-hours` and `approved:PROCEDURE`
/// are left to the caller, which knows the calendar and the requests.
struct GoldenContact
{
    contacts::ContactEntry entry;
    bool offHours = false;
    QStringList approved; ///< procedure ids of `approved:` conditions
    QString unknown;      ///< a condition the table may not use, if any
    bool purposeFound = true;
};

inline GoldenContact goldenContact(const policy::Pack &pack, const QString &channel, const QString &audience,
                                   const QString &conditions, const QString &grade)
{
    namespace v = policy::vocabulary;
    GoldenContact line;
    contacts::ContactEntry &entry = line.entry;
    entry.initials = QStringLiteral("J.R.");
    entry.channel = channel;
    entry.audience = audience;
    entry.grade = grade == QLatin1String("-") ? -1 : grade.toInt();
    QSet<QString> byPurpose;
    const QStringList listed =
        conditions == QLatin1String("-") ? QStringList() : conditions.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString condition : listed) {
        condition = condition.trimmed();
        if (condition == QLatin1String("off-hours")) {
            line.offHours = true;
        } else if (condition == QLatin1String("educational-purpose") || condition == QLatin1String("emergency")) {
            byPurpose.insert(condition);
        } else if (condition == QLatin1String("own-child")) {
            // The built-in answer, or the district's tie that counts as it.
            entry.ownChild = pack.family.isEmpty();
            for (const policy::FamilyTie &tie : pack.family) {
                if (entry.family.isEmpty() && tie.countsAs.contains(condition)) {
                    entry.family = tie.id;
                }
            }
        } else if (condition.startsWith(QLatin1String("family:"))) {
            entry.family = condition.mid(7);
        } else if (condition == QLatin1String("school-sponsored-trip")) {
            entry.schoolTrip = true;
        } else if (const qsizetype kind = v::kRecipientConditions.indexOf(condition); kind >= 0) {
            entry.recipients = v::kRecipients.at(kind);
        } else if (const qsizetype device = v::kDeviceConditions.indexOf(condition); device >= 0) {
            entry.device = v::kDevices.at(device);
        } else if (const qsizetype phone = v::kTheirPhoneConditions.indexOf(condition); phone >= 0) {
            entry.theirPhone = v::kTheirPhones.at(phone);
        } else if (condition.startsWith(QLatin1String("copied:"))) {
            entry.copiedRoles.append(condition.mid(7));
        } else if (condition.startsWith(QLatin1String("approved:"))) {
            line.approved.append(condition.section(QLatin1Char(':'), 1));
        } else if (line.unknown.isEmpty()) {
            line.unknown = condition;
        }
    }
    // As a person logging this contact would pick it.
    line.purposeFound = pack.purposes.isEmpty();
    for (const policy::Purpose &purpose : pack.purposes) {
        QSet<QString> meets(purpose.countsAs.begin(), purpose.countsAs.end());
        meets.remove(QStringLiteral("school-sponsored-trip"));
        if (meets == byPurpose) {
            entry.purpose = purpose.id;
            line.purposeFound = true;
            break;
        }
    }
    return line;
}

} // namespace clearline::test
