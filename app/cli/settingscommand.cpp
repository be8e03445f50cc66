// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/settingscommand.h"

#include "core/settings.h"
#include "policy/packloader.h"
#include "policy/shippedpacks.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

namespace clearline::cli {

QString SettingsCommand::name() const
{
    return QStringLiteral("settings");
}

QString SettingsCommand::summary() const
{
    return tr("show or change a profile's settings (list, get KEY, set KEY VALUE)");
}

QString SettingsCommand::synopsis() const
{
    return QStringLiteral("[list | get KEY | set KEY VALUE] [--profile DIR] [--json]");
}

int SettingsCommand::run(CommandContext &context) const
{
    const QStringList args = context.positional();
    const QString action = args.value(0, QStringLiteral("list"));
    if (action == QLatin1String("list") && args.size() <= 1) {
        return list(context);
    }
    if (action == QLatin1String("get") && args.size() == 2) {
        return get(context, args.at(1));
    }
    if (action == QLatin1String("set") && args.size() == 3) {
        return set(context, args.at(1), args.at(2));
    }
    return context.usageError(tr("Use 'clearline settings list', 'clearline settings get KEY' or "
                                 "'clearline settings set KEY VALUE'."));
}

int SettingsCommand::list(CommandContext &context) const
{
    const core::Settings settings(context.profile());
    QJsonObject values;
    QJsonObject sources;
    QJsonArray locked;
    for (const QString &key : core::Settings::scriptableKeys()) {
        QString value;
        QString error;
        settings.value(key, &value, &error);
        values.insert(key, value);
        sources.insert(key, sourceName(settings.source(key)));
        if (settings.isLocked(key)) {
            locked.append(key);
        }
    }
    if (context.json()) {
        context.printJson({{QStringLiteral("settingsFile"), context.profile().settingsFile()},
                           {QStringLiteral("districtFile"), settings.districtFile()},
                           {QStringLiteral("dataDirectory"), context.profile().dataDirectory()},
                           {QStringLiteral("settings"), values},
                           {QStringLiteral("setBy"), sources},
                           {QStringLiteral("locked"), locked}});
        return Success;
    }
    QTextStream &out = context.out();
    out << tr("Settings file: %1").arg(QDir::toNativeSeparators(context.profile().settingsFile())) << '\n';
    if (!settings.districtFile().isEmpty()) {
        out << tr("District file: %1").arg(QDir::toNativeSeparators(settings.districtFile())) << '\n';
    }
    out << tr("Data folder:   %1").arg(QDir::toNativeSeparators(context.profile().dataDirectory())) << '\n';
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        out << it.key() << " = " << it.value().toString();
        if (settings.isLocked(it.key())) {
            out << "  " << tr("(set by your district; cannot be changed)");
        } else if (settings.source(it.key()) == core::Settings::Source::District) {
            out << "  " << tr("(your district's default)");
        }
        out << '\n';
    }
    out.flush();
    return Success;
}

int SettingsCommand::get(CommandContext &context, const QString &key) const
{
    const core::Settings settings(context.profile());
    QString value;
    QString error;
    if (!settings.value(key, &value, &error)) {
        return context.usageError(error);
    }
    if (context.json()) {
        context.printJson({{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    } else {
        context.out() << value << '\n';
        context.out().flush();
    }
    return Success;
}

QString SettingsCommand::sourceName(core::Settings::Source source)
{
    switch (source) {
    case core::Settings::Source::Person:
        return QStringLiteral("person");
    case core::Settings::Source::District:
        return QStringLiteral("district");
    case core::Settings::Source::Default:
        break;
    }
    return QStringLiteral("default");
}

QString SettingsCommand::districtProblem(const QString &district)
{
    const QString file = policy::ShippedPacks::resolve(district);
    if (!QFileInfo::exists(file)) {
        return tr("There is no district pack \"%1\": it is neither one of ClearLine's (%2) nor a pack file. The "
                  "district was not changed.")
            .arg(district, policy::ShippedPacks::ids().join(QStringLiteral(", ")));
    }
    const policy::PackLoader::Result loaded = policy::PackLoader::loadFile(file);
    if (!loaded.pack) {
        return tr("The district policy %1 could not be read, so the district was not changed:\n%2")
            .arg(QDir::toNativeSeparators(file), loaded.errors.constFirst().toString());
    }
    return {};
}

int SettingsCommand::set(CommandContext &context, const QString &key, const QString &value) const
{
    QString error;
    if (core::Settings settings(context.profile()); settings.isLocked(key)) {
        settings.setValue(key, value, &error); // refused, in the words people read
        return context.fail(error);
    }
    // A district that cannot be used is refused now, not at the next command
    // that needs it.
    if (key == QLatin1String("district") && !value.isEmpty()) {
        if (const QString problem = districtProblem(value); !problem.isEmpty()) {
            return context.fail(problem);
        }
    }
    if (!context.profile().prepare(&error)) {
        return context.fail(error);
    }
    core::Settings settings(context.profile());
    if (!settings.setValue(key, value, &error)) {
        return context.usageError(error);
    }
    if (!settings.save(&error)) {
        return context.fail(error);
    }
    if (context.json()) {
        context.printJson({{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    }
    return Success;
}

} // namespace clearline::cli
