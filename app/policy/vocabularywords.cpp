// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/vocabularywords.h"

namespace clearline::policy {

namespace {
QString labelOf(const QList<QPair<QString, QString>> &table, const QString &id)
{
    for (const auto &[key, label] : table) {
        if (key == id) {
            return label;
        }
    }
    return id;
}
} // namespace

QList<QPair<QString, QString>> VocabularyWords::channels()
{
    return {{QStringLiteral("personal-cell-text"), tr("Text from my own cell phone")},
            {QStringLiteral("personal-cell-call"), tr("Call from my own cell phone")},
            {QStringLiteral("personal-email"), tr("My personal e-mail")},
            {QStringLiteral("personal-social"), tr("My personal social-media account")},
            {QStringLiteral("professional-social"), tr("A professional social-media account")},
            {QStringLiteral("district-email"), tr("District e-mail")},
            {QStringLiteral("district-phone"), tr("District phone")},
            {QStringLiteral("approved-tool"), tr("An approved messaging tool")},
            {QStringLiteral("in-person"), tr("In person")}};
}

QList<QPair<QString, QString>> VocabularyWords::audiences()
{
    return {{QStringLiteral("students"), tr("A student")},
            {QStringLiteral("parents"), tr("A parent or guardian")},
            {QStringLiteral("students-and-parents"), tr("A student and a parent")}};
}

QList<QPair<QString, QString>> VocabularyWords::recipients()
{
    return {{QStringLiteral("one"), tr("Only this person")},
            {QStringLiteral("group"), tr("A group, a class or a team")},
            {QStringLiteral("with-parent"), tr("The student, with a parent or guardian copied")}};
}

QList<QPair<QString, QString>> VocabularyWords::devices()
{
    return {{QStringLiteral("district"), tr("A district device")}, {QStringLiteral("personal"), tr("My own device")}};
}

QList<QPair<QString, QString>> VocabularyWords::theirPhones()
{
    return {{QStringLiteral("student"), tr("The student's own phone")},
            {QStringLiteral("family"), tr("The family's phone")}};
}

QString VocabularyWords::channel(const QString &id)
{
    return labelOf(channels(), id);
}

QString VocabularyWords::audience(const QString &id)
{
    return labelOf(audiences(), id);
}

QString VocabularyWords::recipient(const QString &id)
{
    return labelOf(recipients(), id);
}

QString VocabularyWords::verdict(const QString &id)
{
    return labelOf({{QStringLiteral("allowed"), tr("allowed")},
                    {QStringLiteral("forbidden"), tr("not allowed")},
                    {QStringLiteral("discouraged"), tr("discouraged")},
                    {QStringLiteral("parent-first"), tr("begin with the parent")},
                    {QStringLiteral("needs-authorization"), tr("needs approval first")}},
                   id);
}

QString VocabularyWords::choice(const Field &field, const QString &id)
{
    if (field.choiceLabels.contains(id)) {
        return localizedText(field.choiceLabels.value(id));
    }
    for (const auto &table : {channels(), audiences()}) {
        for (const auto &[key, label] : table) {
            if (key == id) {
                return label;
            }
        }
    }
    QString text = id;
    text.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
    }
    return text;
}

} // namespace clearline::policy
