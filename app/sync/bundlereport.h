// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/bundleimport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace clearline::sync {

class BundleReader;

/// What `bundle inspect` found reading every line of a bundle on its own,
/// without a profile: each revision's hash and signature.
struct BundleCheck
{
    qint64 revisions = 0;
    qint64 attachments = 0;
    QString problem; ///< empty when every line checks out
};

/// Import reports and bundle descriptions in words (the command line and
/// the window) and as JSON (scripts).
class BundleReport
{
    Q_DECLARE_TR_FUNCTIONS(clearline::sync::BundleReport)

public:
    /// In words; for the command line it says how to accept new people
    /// (--accept), for the window it leaves them to the list beside it.
    static QString text(const ImportReport &report, bool commandLine = true);
    static QJsonObject toJson(const ImportReport &report);
    /// Reads an opened bundle to its end, checking every revision.
    static BundleCheck checkSignatures(BundleReader &reader);
    static QString describe(const Manifest &manifest, const BundleCheck &check);
    /// "3 request, 1 decision"-style counts by record kind.
    static QString kindCounts(const QMap<QString, qint64> &kinds);
};

} // namespace clearline::sync
