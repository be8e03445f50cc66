// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/formcheck.h"

#include "requests/platformlist.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>
#include <QUrl>

namespace clearline::requests {

QString FormCheck::fieldProblem(const policy::Field &field, const QString &rawValue) const
{
    const QString value = rawValue.trimmed();
    const QString label = policy::localizedText(field.label);
    if (value.isEmpty()) {
        return field.required ? tr("\"%1\" is needed.").arg(label) : QString();
    }
    const QString &type = field.type;
    if (type == QLatin1String("text-block")) {
        return value.size() > kMaxTextLength
                   ? tr("\"%1\" is longer than %2 characters; keep it shorter.").arg(label).arg(kMaxTextLength)
                   : QString();
    }
    if (type == QLatin1String("date")) {
        return QDate::fromString(value, Qt::ISODate).isValid()
                   ? QString()
                   : tr("\"%1\" is not a date; write it as year-month-day, for example 2026-10-14.").arg(value);
    }
    if (type == QLatin1String("time")) {
        return QTime::fromString(value, QStringLiteral("HH:mm")).isValid()
                   ? QString()
                   : tr("\"%1\" is not a time; write it as hours:minutes, for example 15:30.").arg(value);
    }
    if (type == QLatin1String("number")) {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < 0) {
            return tr("\"%1\" must be a whole number, such as 12.").arg(label);
        }
        return flagRefusal(field, value);
    }
    if (type == QLatin1String("yes-no")) {
        return value == QLatin1String("yes") || value == QLatin1String("no")
                   ? QString()
                   : tr("Answer \"%1\" with yes or no.").arg(label);
    }
    if (type == QLatin1String("email")) {
        static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!address.match(value).hasMatch()) {
            return tr("\"%1\" does not look like an e-mail address (name@school.org).").arg(value);
        }
        return field.districtAddress ? districtAddressProblem(field, value) : QString();
    }
    if (type == QLatin1String("url")) {
        const QUrl url(value, QUrl::StrictMode);
        const bool web = url.isValid() &&
                         (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
                         url.host().contains(QLatin1Char('.'));
        return web ? QString() : tr("Write the whole web address, starting with https://");
    }
    if (type == QLatin1String("choice")) {
        return field.choices.contains(value) ? QString() : tr("Choose one of the answers for \"%1\".").arg(label);
    }
    if (type == QLatin1String("school")) {
        const bool known = std::any_of(m_pack.schools.begin(), m_pack.schools.end(),
                                       [&](const policy::School &school) { return school.id == value; });
        return known ? QString() : tr("Choose your school from the list.");
    }
    if (type == QLatin1String("platform") && !isApprovedPlatform(field, value)) {
        return tr("%1 is not on your district's list of approved platforms.").arg(value);
    }
    return value.size() > kMaxLineLength
               ? tr("\"%1\" is longer than %2 characters; keep it to one line.").arg(label).arg(kMaxLineLength)
               : QString();
}

QList<FormCheck::Problem> FormCheck::problems(const policy::Procedure &procedure, const RequestForm &form) const
{
    QList<Problem> result;
    for (const policy::Field &field : procedure.fields) {
        if (const QString message = fieldProblem(field, form.answers.value(field.id)); !message.isEmpty()) {
            result.append({field.id, {}, message});
        }
    }
    for (const policy::ChecklistItem &item : procedure.checklist) {
        if (!form.isTicked(item.id)) {
            result.append({{}, item.id, tr("Tick \"%1\" once it is true.").arg(policy::localizedText(item.text))});
        }
    }
    return result;
}

bool FormCheck::isFlagged(const policy::Field &field, const QString &answer)
{
    bool ok = false;
    const double value = answer.trimmed().toDouble(&ok);
    return field.type == QLatin1String("number") && field.flagBelow > 0 && ok && value < field.flagBelow;
}

QString FormCheck::flagRefusal(const policy::Field &field, const QString &answer) const
{
    if (field.whenFlagged.action != QLatin1String("refuse") || !isFlagged(field, answer)) {
        return {};
    }
    const QString label = policy::localizedText(field.label);
    const policy::Clause *clause = m_pack.clause(field.clause.id);
    return clause ? tr("\"%1\" is %2: your district's policy (§ %3 %4) does not allow this under %5, so the request "
                       "cannot be sent.")
                        .arg(label, answer.trimmed(), clause->section, clause->title)
                        .arg(field.flagBelow)
                  : tr("\"%1\" is %2: your district's policy does not allow this under %3, so the request cannot be "
                       "sent.")
                        .arg(label, answer.trimmed())
                        .arg(field.flagBelow);
}

QString FormCheck::districtAddressProblem(const policy::Field &field, const QString &address) const
{
    const QString host = address.section(QLatin1Char('@'), 1).toLower();
    for (const QString &domain : m_pack.district.mailDomains) {
        if (host == domain || host.endsWith(QLatin1Char('.') + domain)) {
            return {};
        }
    }
    const policy::Clause *clause = m_pack.clause(field.clause.id);
    const QString domains = QStringLiteral("@") + m_pack.district.mailDomains.join(tr(" or @"));
    return clause
               ? tr("\"%1\" is not a district address: your district's policy (§ %2 %3) asks for one ending in %4.")
                     .arg(address, clause->section, clause->title, domains)
               : tr("\"%1\" is not a district address: your district asks for one ending in %2.").arg(address, domains);
}

bool FormCheck::isApprovedPlatform(const policy::Field &field, const QString &name) const
{
    // Whether a platform is approved does not depend on the day; only
    // whether the list has lapsed does.
    return PlatformList(m_pack, QDate()).approves(name, field.use);
}

} // namespace clearline::requests
