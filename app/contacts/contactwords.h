// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace clearline::contacts {

/// The words people read for the ids a contact entry keeps: "Text from my
/// own cell phone", never "personal-cell-text". One table, so the dialog,
/// the log, the trip view and the command line say the same thing.
struct ContactWords
{
    Q_DECLARE_TR_FUNCTIONS(clearline::contacts::ContactWords)

public:
    /// Every channel of the pack format, in the order the dialog offers them.
    static QList<QPair<QString, QString>> channels();
    static QList<QPair<QString, QString>> audiences();
    static QList<QPair<QString, QString>> purposes();

    /// The label of one id; an unknown id (from a newer ClearLine) as it is.
    static QString channel(const QString &id);
    static QString audience(const QString &id);
    static QString purpose(const QString &id);
    /// What the policy said of a contact, as a short phrase: "not allowed".
    static QString verdict(const QString &id);
};

} // namespace clearline::contacts
