// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/pack.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace clearline::policy {

namespace {

template <typename T> const T *findById(const QList<T> &items, const QString &id)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const T &item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

const Clause *Pack::clause(const QString &id) const
{
    return findById(clauses, id);
}

const Procedure *Pack::approvalFirst(const QString &procedureId) const
{
    for (const Procedure &before : procedures) {
        if (before.then.id == procedureId && before.thenRequiresApproval) {
            return &before;
        }
    }
    return nullptr;
}

const Procedure *Pack::procedure(const QString &id) const
{
    return findById(procedures, id);
}

const Purpose *Pack::purpose(const QString &id) const
{
    return findById(purposes, id);
}

const FamilyTie *Pack::familyTie(const QString &id) const
{
    return findById(family, id);
}

const Role *Pack::role(const QString &id) const
{
    return findById(roles, id);
}

const School *Pack::school(const QString &id) const
{
    return findById(schools, id);
}

const Field *Procedure::field(const QString &fieldId) const
{
    return findById(fields, fieldId);
}

// Folded YAML text (>) ends with a line break, which no label wants.
QString textIn(const Localized &text, const QString &language)
{
    if (text.isEmpty()) {
        return {};
    }
    const QString base = language.section(QLatin1Char('_'), 0, 0);
    for (const QString &candidate : {language, base, QStringLiteral("en")}) {
        if (const auto it = text.constFind(candidate); it != text.constEnd()) {
            return it->trimmed();
        }
    }
    return text.first().trimmed();
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([^}\\s]*)\\s*\\}\\}"));
    return pattern;
}

QString localizedText(const Localized &text)
{
    return textIn(text, QLocale().name());
}

} // namespace clearline::policy
