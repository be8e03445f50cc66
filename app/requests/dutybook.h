// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/duty.h"

#include "ledger/ledger.h"
#include "policy/pack.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace clearline::requests {

/// One duty as it stands for the current period.
struct DutyItem
{
    Q_DECLARE_TR_FUNCTIONS(clearline::requests::DutyItem)

public:
    enum class State { ToDo, DueSoon, Overdue, Done };
    static constexpr int kDueSoonDays = 14;

    QString dutyId;
    QString title;
    QString period; ///< a school-year id, or DutyDone::kOnce
    QDate dueBy;    ///< invalid: none
    State state = State::ToDo;
    /// Done by signing the yearly acknowledgment, not by marking it done.
    bool byAcknowledgment = false;
    /// Done when the district's pack carries this year's list of approved
    /// platforms (kPlatformListRenewal), not by marking it done.
    bool byPackUpdate = false;
    QString doneBy; ///< who did it, by name
    QDateTime doneAt;
    QString note;
    QString recordId; ///< the record that says it is done

    /// The id of the reminder to renew a lapsed list of approved platforms:
    /// the pack's `platforms.renewal` and `list_owner` ask for it, it is no
    /// duty of the pack's `duties`.
    static const QString kPlatformListRenewal;

    bool isOpen() const { return state != State::Done; }
    /// Where an open duty due on `dueBy` stands on `today`.
    static State openState(const QDate &dueBy, const QDate &today);
    /// "to-do", "due-soon", "overdue", "done": for scripts.
    QString stateId() const;
    /// The state in words: "overdue since 30 September 2026".
    QString stateText() const;
};

/// The pack's duties as they stand for one person (their own, those of the
/// roles they hold), or for a school (the duties of its role holders), read
/// from the duty-done records and acknowledgments in the ledger.
class DutyBook
{
public:
    /// `school` decides which principal's work counts for a school's role.
    DutyBook(const ledger::Ledger &ledger, const policy::Pack &pack, QString school);

    /// The duties this person holds: open ones first, overdue first, then by
    /// due date.
    QList<DutyItem> heldBy(const QString &personId, const QByteArray &key, const QDate &today) const;
    /// The duties of named roles (not `staff`) at the school, for an overview.
    QList<DutyItem> roleDuties(const QDate &today) const;
    /// One duty for this person, whether they hold it or not.
    DutyItem judge(const policy::Duty &duty, const QString &personId, const QDate &today) const;

private:
    /// The list owner's reminder while the list of approved platforms has
    /// lapsed; nothing once it is renewed.
    std::optional<DutyItem> platformListRenewal(const QDate &today) const;

    struct Done
    {
        DutyDone done;
        QString recordId;
        QString authorId;
        QByteArray authorKey;
        QDateTime at;
    };
    std::optional<Done> doneFor(const policy::Duty &duty, const QString &period, const QString &personId) const;
    QString nameOf(const QString &personId, const QByteArray &key) const;

    const ledger::Ledger &m_ledger;
    const policy::Pack &m_pack;
    QString m_school;
    QList<Done> m_done;
    QHash<QString, QString> m_names; ///< by person id, as the ledger knows them
};

/// Open duties first (overdue, then due soon), each group by due date.
void sortDuties(QList<DutyItem> &items);

} // namespace clearline::requests
