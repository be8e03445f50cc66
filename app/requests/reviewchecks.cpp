// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/reviewchecks.h"

#include "requests/formcheck.h"
#include "requests/platformlist.h"

#include "policy/graderange.h"

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

QList<ReviewCheck> ReviewChecks::platformFitChecks(const policy::Pack &pack, const Request &request,
                                                   const QString &answer)
{
    const policy::Platform *platform = PlatformList(pack, QDate()).find(answer);
    if (!platform) {
        return {};
    }
    QList<ReviewCheck> checks;
    if (platform->minStudentAge > 0) {
        // The youngest student's age is the number field the pack flags
        // for age (flag_below); without one, the approver checks.
        std::optional<int> youngest;
        for (const policy::Field &field : pack.procedure(request.form.procedureId)->fields) {
            bool ok = false;
            const int age = request.form.answer(field.id).toInt(&ok);
            if (field.type == QLatin1String("number") && field.flagBelow > 0 && ok) {
                youngest = age;
            }
        }
        if (!youngest) {
            checks.append({tr("%1 is approved only for students aged %2 and older: check the students' ages.")
                               .arg(platform->name)
                               .arg(platform->minStudentAge),
                           platform->clause.id});
        } else if (*youngest < platform->minStudentAge) {
            checks.append({tr("%1 is approved only for students aged %2 and older; the youngest here is %3.")
                               .arg(platform->name)
                               .arg(platform->minStudentAge)
                               .arg(*youngest),
                           platform->clause.id});
        }
    }
    const auto approvedGrades = policy::GradeRange::parse(platform->grades);
    const policy::School *school = nullptr;
    for (const policy::School &candidate : pack.schools) {
        if (candidate.id == request.school) {
            school = &candidate;
        }
    }
    const auto schoolGrades = school ? policy::GradeRange::parse(school->grades) : std::nullopt;
    if (approvedGrades && schoolGrades && !approvedGrades->contains(*schoolGrades)) {
        checks.append({tr("%1 is approved for grades %2; %3 has grades %4: check which students will use it.")
                           .arg(platform->name, platform->grades, school->name, school->grades),
                       platform->clause.id});
    }
    return checks;
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
            checks.append(platformFitChecks(pack, request, answer));
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
