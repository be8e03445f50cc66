// SPDX-License-Identifier: GPL-3.0-or-later
#include "notices/noticevalues.h"

#include "requests/routeplan.h"

#include <QLocale>

namespace clearline::notices {

namespace {

/// The answer of the procedure's first field of a type, as people read it.
QString firstOfType(const policy::Pack &pack, const policy::Procedure &procedure, const requests::Request &request,
                    const QString &type)
{
    for (const policy::Field &field : procedure.fields) {
        if (field.type == type && !request.form.answer(field.id).isEmpty()) {
            return requests::answerText(pack, field, request.form.answer(field.id));
        }
    }
    return {};
}

QString schoolName(const policy::Pack &pack, const QString &schoolId)
{
    for (const policy::School &school : pack.schools) {
        if (school.id == schoolId) {
            return school.name;
        }
    }
    return {};
}

} // namespace

QMap<QString, QString> noticeValues(const policy::Pack &pack, const requests::Request &request,
                                    const QString &staffName)
{
    QMap<QString, QString> values{{QStringLiteral("staff_name"), staffName},
                                  {QStringLiteral("district_name"), pack.district.name},
                                  {QStringLiteral("school_name"), schoolName(pack, request.school)}};
    const policy::Procedure *procedure = pack.procedure(request.form.procedureId);
    if (!procedure) {
        return values;
    }
    // A placeholder with a field of the same id takes its answer.
    for (const policy::Field &field : procedure->fields) {
        if (const QString answer = request.form.answer(field.id); !answer.isEmpty()) {
            values.insert(field.id, requests::answerText(pack, field, answer));
        }
    }
    const auto fallback = [&](const QString &name, const QString &value) {
        if (values.value(name).isEmpty() && !value.isEmpty()) {
            values.insert(name, value);
        }
    };
    if (procedure->registers.isSet()) {
        fallback(QStringLiteral("platform_name"), request.form.answer(procedure->registers.platform.id));
        fallback(QStringLiteral("address"), request.form.answer(procedure->registers.address.id));
    }
    fallback(QStringLiteral("platform_name"), firstOfType(pack, *procedure, request, QStringLiteral("platform")));
    fallback(QStringLiteral("address"), firstOfType(pack, *procedure, request, QStringLiteral("url")));
    const QDate start = QDate::fromString(request.form.answer(QStringLiteral("start_date")), Qt::ISODate);
    const QDate end = QDate::fromString(request.form.answer(QStringLiteral("end_date")), Qt::ISODate);
    if (start.isValid()) {
        const QLocale locale;
        fallback(QStringLiteral("trip_dates"),
                 end.isValid() && end != start
                     ? QStringLiteral("%1 – %2").arg(locale.toString(start, QLocale::ShortFormat),
                                                     locale.toString(end, QLocale::ShortFormat))
                     : locale.toString(start, QLocale::ShortFormat));
    }
    // Misuse is reported to the first person a follow-up tells at once,
    // else to the first on the request's route.
    for (const policy::FollowUp &followUp : procedure->followUps) {
        if (followUp.when == QLatin1String("immediately") && values.value(QStringLiteral("report_to")).isEmpty()) {
            const requests::RoutePlan plan =
                requests::planRoute(pack, followUp.route, *procedure, request.form, request.school, request.sentOn);
            if (!plan.isEmpty()) {
                values.insert(QStringLiteral("report_to"), plan.constFirst().who());
            }
        }
    }
    if (values.value(QStringLiteral("report_to")).isEmpty() && !request.route.isEmpty()) {
        values.insert(QStringLiteral("report_to"), request.route.constFirst().who());
    }
    return values;
}

} // namespace clearline::notices
