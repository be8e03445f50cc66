// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/rulematcher.h"

#include <QRegularExpression>

namespace clearline::policy {

namespace {

int gradeNumber(const QString &text)
{
    return text == QLatin1String("K") ? 0 : text.toInt();
}

bool conditionHolds(const QString &condition, const Contact &contact)
{
    static const QRegularExpression grades(QStringLiteral("^grades:(K|\\d{1,2})-(\\d{1,2})$"));
    if (const auto match = grades.match(condition); match.hasMatch()) {
        return contact.grade >= gradeNumber(match.captured(1)) && contact.grade <= gradeNumber(match.captured(2));
    }
    return contact.conditions.contains(condition);
}

bool audienceMatches(const QString &ruleAudience, const QString &contactAudience)
{
    if (ruleAudience == QLatin1String("students-and-parents")) {
        return true;
    }
    return ruleAudience == contactAudience || contactAudience == QLatin1String("students-and-parents");
}

} // namespace

int RuleMatcher::strictness(const QString &verdict)
{
    static const QStringList order{QStringLiteral("allowed"), QStringLiteral("discouraged"),
                                   QStringLiteral("parent-first"), QStringLiteral("needs-authorization"),
                                   QStringLiteral("forbidden")};
    return static_cast<int>(order.indexOf(verdict));
}

QList<const Rule *> RuleMatcher::matching(const Pack &pack, const Contact &contact)
{
    QList<const Rule *> result;
    for (const Rule &rule : pack.rules) {
        if (!rule.channels.contains(contact.channel) || !audienceMatches(rule.audience, contact.audience)) {
            continue;
        }
        const bool holds = std::all_of(rule.when.begin(), rule.when.end(),
                                       [&](const QString &condition) { return conditionHolds(condition, contact); });
        if (holds) {
            result.append(&rule);
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const Rule *a, const Rule *b) {
        if (a->when.size() != b->when.size()) {
            return a->when.size() > b->when.size();
        }
        return strictness(a->verdict) > strictness(b->verdict);
    });
    return result;
}

const Rule *RuleMatcher::deciding(const Pack &pack, const Contact &contact)
{
    const QList<const Rule *> rules = matching(pack, contact);
    const Rule *chosen = rules.isEmpty() ? nullptr : rules.constFirst();
    // Off-hours only ever adds restrictions: what is forbidden at all times
    // stays forbidden after school, even beside a more lenient off-hours
    // rule. The same contact in school hours sets the floor, unless the
    // deciding rule is the policy's own off-hours exception.
    static const QString offHours = QStringLiteral("off-hours");
    if (contact.conditions.contains(offHours) && !(chosen && chosen->offHoursException)) {
        Contact inHours = contact;
        inHours.conditions.remove(offHours);
        const Rule *floor = deciding(pack, inHours);
        if (floor && (!chosen || strictness(floor->verdict) > strictness(chosen->verdict))) {
            return floor;
        }
    }
    return chosen;
}

RuleMatcher::Decision RuleMatcher::decide(const Pack &pack, const Contact &contact, const QDate &day,
                                          const QList<Authorization> &authorizations)
{
    Decision decision{deciding(pack, contact), nullptr};
    if (decision.rule && decision.rule->verdict == QLatin1String("allowed")) {
        return decision;
    }
    for (const Authorization &authorization : authorizations) {
        if (!authorization.covers(contact.channel, contact.audience, day)) {
            continue;
        }
        // A contact during an approved trip is a trip contact even when the
        // person did not say so: the request's conditions hold for it.
        Contact covered = contact;
        for (const QString &condition : authorization.conditions) {
            covered.conditions.insert(condition);
        }
        const Rule *asking = deciding(pack, covered);
        if (authorization.exception) {
            return {asking, &authorization};
        }
        if (asking && asking->verdict == QLatin1String("needs-authorization") &&
            asking->procedure.id == authorization.procedureId) {
            return {asking, &authorization};
        }
    }
    return decision;
}

QString RuleMatcher::Decision::verdict() const
{
    if (authorization) {
        return QStringLiteral("allowed");
    }
    return rule ? rule->verdict : QStringLiteral("none");
}

} // namespace clearline::policy
