// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace clearline::retention {

/// The records officer's signed statement that records must be kept, whatever
/// their retention period says (a lawsuit, a public-records request). While
/// it stands, the records it names never come due. Releasing it is a new
/// revision of the same record, by the same officer, with `released` set.
struct LegalHold
{
    Q_DECLARE_TR_FUNCTIONS(clearline::retention::LegalHold)

public:
    static const QString kKind; ///< "legal-hold"

    QString district;
    QStringList records;      ///< the record ids it holds
    QStringList recordTitles; ///< their titles when the hold was placed, for people
    QString reason;
    bool released = false;

    QJsonObject toPayload() const;
    static LegalHold fromPayload(const QJsonObject &payload);
};

} // namespace clearline::retention
