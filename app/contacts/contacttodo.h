// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/pack.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace clearline::contacts {

/// Something a logged contact obliged its author to do next (the deciding
/// rule's `to_do`), kept in the contact's record: made when the contact is
/// logged, with its deadline counted from the contact's time, and closed by
/// a later revision of the record that says when it was done.
struct ContactToDoItem
{
    Q_DECLARE_TR_FUNCTIONS(clearline::contacts::ContactToDoItem)

public:
    QString id;
    QString action;         ///< policy::vocabulary::kToDoActions
    QString role;           ///< notify: the role to tell
    QString roleTitle;      ///< as the pack named it when logged
    QDateTime due;          ///< invalid: no deadline
    policy::Localized text; ///< the pack's own words, when it gave some
    QDateTime doneAt;       ///< invalid: still to do
    QString how;            ///< "copied" (the role was on the message) or "marked"
    QString note;

    bool isDone() const { return doneAt.isValid(); }
    /// Done after its deadline, or still open when the deadline has passed.
    bool isLate(const QDateTime &now) const;
    /// What to do, in the reader's language.
    QString words() const;

    QJsonObject toJson() const;
    static ContactToDoItem fromJson(const QJsonObject &object);
};

/// The to-dos a contact at `when` makes under the rule that decided it;
/// those satisfied by copying a role on the message are done at `when`.
QList<ContactToDoItem> toDosFor(const policy::Pack &pack, const policy::Rule &rule, const QDateTime &when,
                                const QStringList &copiedRoles);

QJsonArray toDosToJson(const QList<ContactToDoItem> &items);
QList<ContactToDoItem> toDosFromJson(const QJsonArray &array);

} // namespace clearline::contacts
