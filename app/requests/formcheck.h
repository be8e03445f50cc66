// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/requestform.h"

#include "policy/pack.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace clearline::requests {

/// Checks answers the way the wizard does as the person types: each
/// problem in plain words, tied to the field or checklist item it is about.
class FormCheck
{
    Q_DECLARE_TR_FUNCTIONS(clearline::requests::FormCheck)

public:
    struct Problem
    {
        QString fieldId;     ///< set for a field
        QString checklistId; ///< set for a checklist item
        QString message;
    };

    static constexpr qsizetype kMaxLineLength = 300;
    static constexpr qsizetype kMaxTextLength = 10000;

    explicit FormCheck(const policy::Pack &pack)
        : m_pack(pack)
    {}

    /// Empty when the answer may be sent; else what is wrong with it.
    QString fieldProblem(const policy::Field &field, const QString &value) const;
    /// Every problem of a form, fields first, then unticked checklist items.
    QList<Problem> problems(const policy::Procedure &procedure, const RequestForm &form) const;

    /// Whether a platform is on the pack's approved list for the field's use
    /// (case does not matter). See PlatformList::approves for an empty list.
    bool isApprovedPlatform(const policy::Field &field, const QString &name) const;
    /// Whether a number answer is under its field's flag_below.
    static bool isFlagged(const policy::Field &field, const QString &answer);
    /// Why a flagged answer stops the request, citing the field's clause,
    /// when the pack says it does (when_flagged: refuse); empty otherwise.
    QString flagRefusal(const policy::Field &field, const QString &answer) const;
    /// Why an e-mail answer is not at one of the district's mail domains, citing
    /// the field's clause; empty when it is.
    QString districtAddressProblem(const policy::Field &field, const QString &address) const;

private:
    const policy::Pack &m_pack;
};

} // namespace clearline::requests
