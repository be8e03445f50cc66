// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/shippedpacks.h"

#include <QDir>
#include <QFileInfo>

namespace clearline::policy {

namespace {
const auto kRoot = QStringLiteral(":/policies");
}

QStringList ShippedPacks::ids()
{
    QStringList ids;
    const QStringList folders = QDir(kRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : folders) {
        if (QFileInfo::exists(QStringLiteral("%1/%2/pack.yaml").arg(kRoot, folder))) {
            ids.append(folder);
        }
    }
    return ids;
}

QString ShippedPacks::resolve(const QString &idOrPath)
{
    if (ids().contains(idOrPath)) {
        return QStringLiteral("%1/%2/pack.yaml").arg(kRoot, idOrPath);
    }
    return QFileInfo(idOrPath).isDir() ? QDir(idOrPath).filePath(QStringLiteral("pack.yaml")) : idOrPath;
}

} // namespace clearline::policy
