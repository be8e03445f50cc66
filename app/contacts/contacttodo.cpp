// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/contacttodo.h"

#include "ledger/revision.h"
#include "policy/localizedjson.h"
#include "policy/schooltime.h"

#include <QJsonObject>

namespace clearline::contacts {

namespace {
QString timeText(const QDateTime &moment)
{
    return moment.isValid() ? ledger::Revision::timeText(moment) : QString();
}
} // namespace

bool ContactToDoItem::isLate(const QDateTime &now) const
{
    return due.isValid() && (isDone() ? doneAt > due : now > due);
}

QString ContactToDoItem::words() const
{
    if (!text.isEmpty()) {
        return policy::localizedText(text);
    }
    if (action == QLatin1String("notify")) {
        return tr("Tell the %1 about this contact").arg(roleTitle.isEmpty() ? role : roleTitle);
    }
    if (action == QLatin1String("forward-copy")) {
        return tr("Forward a copy of the message to your district account");
    }
    if (action == QLatin1String("copy-parent")) {
        return tr("Send a copy of the message to the student's parent or guardian");
    }
    return tr("Write a memo about this contact");
}

QJsonObject ContactToDoItem::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("due"), timeText(due)},
                       {QStringLiteral("doneAt"), timeText(doneAt)}};
    if (!role.isEmpty()) {
        object.insert(QStringLiteral("role"), role);
        object.insert(QStringLiteral("roleTitle"), roleTitle);
    }
    if (!text.isEmpty()) {
        object.insert(QStringLiteral("text"), policy::localizedToJson(text));
    }
    if (!how.isEmpty()) {
        object.insert(QStringLiteral("how"), how);
    }
    if (!note.isEmpty()) {
        object.insert(QStringLiteral("note"), note);
    }
    return object;
}

ContactToDoItem ContactToDoItem::fromJson(const QJsonObject &object)
{
    ContactToDoItem item;
    item.id = object.value(QStringLiteral("id")).toString();
    item.action = object.value(QStringLiteral("action")).toString();
    item.role = object.value(QStringLiteral("role")).toString();
    item.roleTitle = object.value(QStringLiteral("roleTitle")).toString();
    item.due = ledger::Revision::timeFromText(object.value(QStringLiteral("due")).toString());
    item.doneAt = ledger::Revision::timeFromText(object.value(QStringLiteral("doneAt")).toString());
    item.how = object.value(QStringLiteral("how")).toString();
    item.note = object.value(QStringLiteral("note")).toString();
    item.text = policy::localizedFromJson(object.value(QStringLiteral("text")).toObject());
    return item;
}

QList<ContactToDoItem> toDosFor(const policy::Pack &pack, const policy::Rule &rule, const QDateTime &when,
                                const QStringList &copiedRoles)
{
    QList<ContactToDoItem> items;
    for (const policy::ContactToDo &toDo : rule.toDo) {
        ContactToDoItem item;
        item.id = toDo.id;
        item.action = toDo.action;
        item.role = toDo.role.id;
        if (const policy::Role *role = pack.role(toDo.role.id)) {
            item.roleTitle = role->title;
        }
        item.text = toDo.text;
        if (toDo.within.isSet()) {
            item.due = policy::SchoolTime::after(pack, when, toDo.within).toUTC();
        }
        // "Copy the principal, or tell them within 48 hours": copying them
        // on the message did it.
        if (toDo.unlessCopied && copiedRoles.contains(toDo.role.id)) {
            item.doneAt = when.toUTC();
            item.how = QStringLiteral("copied");
        }
        items.append(item);
    }
    return items;
}

QJsonArray toDosToJson(const QList<ContactToDoItem> &items)
{
    QJsonArray array;
    for (const ContactToDoItem &item : items) {
        array.append(item.toJson());
    }
    return array;
}

QList<ContactToDoItem> toDosFromJson(const QJsonArray &array)
{
    QList<ContactToDoItem> items;
    for (const QJsonValue &value : array) {
        items.append(ContactToDoItem::fromJson(value.toObject()));
    }
    return items;
}

} // namespace clearline::contacts
