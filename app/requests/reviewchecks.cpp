// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/reviewchecks.h"

#include "requests/formcheck.h"
#include "requests/platformlist.h"

#include <QLocale>

namespace clearline::requests {

namespace {
const policy::Role *listOwner(const policy::Pack &pack)
{
    return pack.role(pack.platforms.listOwner.id);
}
} // namespace

QList<ReviewCheck> ReviewChecks::platformChecks(const policy::Pack &pack, const PlatformList &platforms, bool listed,
                                                const QString &answer, const QString &clauseId)
{
    // Nothing listed is never "all approved": the approver is told to check.
    if (platforms.isKeptElsewhere()) {
        const policy::Role *owner = listOwner(pack);
        return {{owner ? tr("The district's list of approved platforms is kept by the %1, outside ClearLine: check "
                            "that %2 is on this year's list.")
                             .arg(owner->title, answer)
                       : tr("The district's list of approved platforms is kept outside ClearLine: check that %1 is "
                            "on this year's list.")
                             .arg(answer),
                 clauseId}};
    }
    if (!listed) {
        return {{tr("%1 is not on the district's list of approved platforms.").arg(answer), clauseId}};
    }
    if (platforms.isLapsed()) {
        return {{tr("The district's list of approved platforms was last renewed for %1, not for %2: check that %3 "
                    "is still on this year's list.")
                     .arg(platforms.renewedFor().isEmpty() ? tr("an earlier year") : platforms.renewedFor(),
                          platforms.dueYear(), answer),
                 clauseId}};
    }
    return {};
}

QList<ReviewCheck> ReviewChecks::of(const policy::Pack &pack, const Request &request, const QDate &today)
{
    QList<ReviewCheck> checks;
    const policy::Procedure *procedure = pack.procedure(request.form.procedureId);
    if (!procedure) {
        checks.append(
            {tr("Your district's policy no longer has the procedure this request follows (%1).").arg(request.title),
             {}});
        return checks;
    }
    const FormCheck formCheck(pack);
    const PlatformList platforms(pack, today);
    for (const policy::Field &field : procedure->fields) {
        const QString answer = request.form.answer(field.id);
        const QString label = policy::localizedText(field.label);
        if (answer.isEmpty()) {
            continue;
        }
        if (field.type == QLatin1String("platform")) {
            checks.append(
                platformChecks(pack, platforms, formCheck.isApprovedPlatform(field, answer), answer, field.clause.id));
        } else if (field.type == QLatin1String("date")) {
            const QDate date = QDate::fromString(answer, Qt::ISODate);
            if (date.isValid() && date < today) {
                checks.append(
                    {tr("%1 (%2) has already passed.").arg(label, QLocale().toString(date, QLocale::LongFormat)),
                     field.clause.id});
            }
        } else if (FormCheck::isFlagged(field, answer)) {
            checks.append({tr("%1 is %2, under %3.").arg(label, answer).arg(field.flagBelow), field.clause.id});
        }
    }
    for (const policy::ChecklistItem &item : procedure->checklist) {
        if (!request.form.isTicked(item.id)) {
            checks.append(
                {tr("Not ticked: \"%1\"").arg(policy::localizedText(item.text).simplified()), item.clause.id});
        }
    }
    if (const PlannedStep *late = lateStep(request.route, request.sentOn)) {
        checks.append({tr("Sent late: on %1, when the policy wanted %2's answer before %3.")
                           .arg(QLocale().toString(request.sentOn, QLocale::LongFormat), late->who(),
                                QLocale().toString(late->dueBefore, QLocale::LongFormat)),
                       late->clauseId});
    }
    for (const PlannedStep &step : request.route) {
        if (step.waitsForAnswer() && step.dueBefore.isValid() && step.dueBefore < today) {
            checks.append({tr("The deadline for %1 passed on %2.")
                               .arg(step.who(), QLocale().toString(step.dueBefore, QLocale::LongFormat)),
                           step.clauseId});
            break;
        }
    }
    return checks;
}

} // namespace clearline::requests
