// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace clearline::policy {

/// The district packs compiled into ClearLine (policies/<id>/pack.yaml), and
/// how a person's choice — a shipped id or a pack file — becomes a path.
namespace ShippedPacks {

QStringList ids();
/// ":/policies/<id>/pack.yaml" for a shipped id; a file path unchanged.
QString resolve(const QString &idOrPath);

} // namespace ShippedPacks

} // namespace clearline::policy
