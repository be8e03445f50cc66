// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace clearline::requests {

/// What a person has filled in for one of the pack's procedures: the
/// answers by field id and the checklist items ticked. Dates are written
/// yyyy-MM-dd, times HH:mm, yes-no answers "yes" or "no".
struct RequestForm
{
    QString procedureId;
    QMap<QString, QString> answers;
    QStringList ticked;
    /// The approved request this one continues (policies/README.md, `then`);
    /// empty for a request on its own.
    QString follows;

    QString answer(const QString &fieldId) const { return answers.value(fieldId).trimmed(); }
    bool isTicked(const QString &itemId) const { return ticked.contains(itemId); }

    QJsonObject toJson() const;
    static RequestForm fromJson(const QJsonObject &object);

    bool operator==(const RequestForm &other) const = default;
};

} // namespace clearline::requests

Q_DECLARE_METATYPE(clearline::requests::RequestForm)
