// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/recordkinds.h"

#include <QHash>

namespace clearline::records {

QString RecordKinds::name(const QString &kind)
{
    // The ids are the kKind constants of the libraries that file each kind;
    // this library sits below them, so it names them by value.
    static const QHash<QString, const char *> names{
        {QStringLiteral("memo"), QT_TR_NOOP("Memo")},
        {QStringLiteral("contact"), QT_TR_NOOP("Contact log entry")},
        {QStringLiteral("concern"), QT_TR_NOOP("Student concern report")},
        {QStringLiteral("disclosure"), QT_TR_NOOP("Trip phone-number disclosure")},
        {QStringLiteral("request"), QT_TR_NOOP("Request")},
        {QStringLiteral("decision"), QT_TR_NOOP("Approval decision")},
        {QStringLiteral("delegation"), QT_TR_NOOP("Delegation")},
        {QStringLiteral("acknowledgment"), QT_TR_NOOP("Policy acknowledgment")},
        {QStringLiteral("duty-done"), QT_TR_NOOP("Duty done")},
        {QStringLiteral("notice-handout"), QT_TR_NOOP("Notice handed out")},
        {QStringLiteral("legal-hold"), QT_TR_NOOP("Legal hold")}};
    const auto it = names.constFind(kind);
    return it == names.constEnd() ? kind : tr(*it);
}

} // namespace clearline::records
