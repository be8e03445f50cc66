// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testpaths.h"

#include "policy/packloader.h"
#include "policy/shippedpacks.h"

#include <QDate>
#include <QDir>
#include <QMap>
#include <QString>

namespace clearline::test {

/// A pack by shipped id, or a fixture under tests/fixtures/packs.
inline policy::Pack loadPack(const QString &idOrFixture)
{
    const QString path = policy::ShippedPacks::ids().contains(idOrFixture)
                             ? policy::ShippedPacks::resolve(idOrFixture)
                             : QDir(QString::fromUtf8(kSourceDir))
                                   .filePath(QStringLiteral("tests/fixtures/packs/%1/pack.yaml").arg(idOrFixture));
    auto result = policy::PackLoader::loadFile(path);
    if (!result.pack) {
        qFatal("pack %s does not load", qPrintable(idOrFixture));
    }
    return *result.pack;
}

/// An answer a careful teacher would give to a field, by its type: what
/// the wizard and the command line must accept.
inline QString goodAnswer(const policy::Pack &pack, const policy::Field &field)
{
    const QString &type = field.type;
    if (type == QLatin1String("date")) {
        return QDate::currentDate().addDays(30).toString(Qt::ISODate);
    }
    if (type == QLatin1String("time")) {
        return QStringLiteral("15:30");
    }
    if (type == QLatin1String("number")) {
        return QStringLiteral("14");
    }
    if (type == QLatin1String("yes-no")) {
        return QStringLiteral("yes");
    }
    if (type == QLatin1String("email")) {
        return field.districtAddress && !pack.district.mailDomains.isEmpty()
                   ? QStringLiteral("teacher@") + pack.district.mailDomains.constFirst()
                   : QStringLiteral("teacher@district.example");
    }
    if (type == QLatin1String("url")) {
        return QStringLiteral("https://classes.district.example/room-12");
    }
    if (type == QLatin1String("choice")) {
        return field.choices.constFirst();
    }
    if (type == QLatin1String("school")) {
        return pack.schools.constFirst().id;
    }
    if (type == QLatin1String("platform")) {
        return pack.platforms.approved.isEmpty() ? QStringLiteral("Edublogs") : pack.platforms.approved.first().name;
    }
    return QStringLiteral("Room 12 %1").arg(field.id);
}

/// Every (pack, procedure) of the four shipped packs.
inline QList<std::pair<QString, QString>> shippedProcedures()
{
    QList<std::pair<QString, QString>> result;
    for (const QString &id : policy::ShippedPacks::ids()) {
        for (const policy::Procedure &procedure : loadPack(id).procedures) {
            result.append({id, procedure.id});
        }
    }
    return result;
}

} // namespace clearline::test
