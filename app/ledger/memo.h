// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledger.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace clearline::ledger {

/// A memo to file: a titled free text about a contact or an event, with
/// optional attachments: what the policies ask staff to write down and keep.
struct Memo
{
    Q_DECLARE_TR_FUNCTIONS(clearline::ledger::Memo)

public:
    static const QString kKind; ///< "memo"
    static constexpr qsizetype kMaxTitleLength = 200;

    QString title;
    QString text;
    QList<AttachmentRef> attachments;

    QJsonObject toPayload() const;
    static Memo fromPayload(const QJsonObject &payload);
    /// Empty when the memo may be filed; else what to fix, in plain words.
    QString problem() const;
};

} // namespace clearline::ledger
