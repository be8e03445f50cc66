// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace clearline::policy {
struct Pack;
}

namespace clearline::ui {

/// "Memo", "Request", "Acknowledgment": a record kind as people call it.
QString kindName(const QString &kind);
/// A record's current revision as a short page: a memo's text, a request's
/// answers, status and route. `pack` may be null (no district chosen).
QString recordSummaryHtml(const policy::Pack *pack, const QString &kind, const QJsonObject &payload);
bool isWithdrawn(const QString &kind, const QJsonObject &payload);

} // namespace clearline::ui
