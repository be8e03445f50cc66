// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include "cli/dispatcher.h"
#include "sync/bundleformat.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace clearline::cli {

namespace {

const auto kProfileOption = QStringLiteral("profile");

// Options Q(Gui)Application understands itself (`-platform offscreen`, …).
// They are accepted for the window and hidden from --help.
const QStringList kQtValueOptions{QStringLiteral("platform"),        QStringLiteral("style"),
                                  QStringLiteral("stylesheet"),      QStringLiteral("display"),
                                  QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowtitle"),
                                  QStringLiteral("qwindowicon"),     QStringLiteral("platformtheme"),
                                  QStringLiteral("plugin"),          QStringLiteral("session")};
const QStringList kQtFlagOptions{QStringLiteral("reverse"), QStringLiteral("nograb"), QStringLiteral("dograb"),
                                 QStringLiteral("sync")};

bool takesValue(const QString &argument)
{
    QString name = argument;
    while (name.startsWith(QLatin1Char('-'))) {
        name.remove(0, 1);
    }
    return !name.contains(QLatin1Char('=')) && (name == kProfileOption || kQtValueOptions.contains(name));
}

// The value of the last --profile in a command's arguments, so that the
// program can speak the profile's language before the command parses them.
QString profileIn(const QStringList &arguments)
{
    QString profile;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--profile") || argument == QLatin1String("-profile")) {
            profile = arguments.value(i + 1);
            ++i;
        } else if (argument.startsWith(QLatin1String("--profile="))) {
            profile = argument.section(QLatin1Char('='), 1);
        }
    }
    return profile;
}

} // namespace

Invocation CommandLine::parse(const QStringList &arguments)
{
    Invocation invocation;

    // The first argument that is neither an option nor an option's value is
    // the command; everything else belongs to it.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            break;
        }
        if (argument.startsWith(QLatin1Char('-'))) {
            if (takesValue(argument)) {
                ++i;
            }
            continue;
        }
        if (isBundleFile(argument)) {
            break; // files for the window, read below with the options
        }
        invocation.action = Invocation::Action::RunCommand;
        invocation.command = argument;
        invocation.commandArguments = arguments.mid(1, i - 1) + arguments.mid(i + 1);
        invocation.profileDirectory = profileIn(invocation.commandArguments);
        return invocation;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    const QCommandLineOption profile(kProfileOption, QString(), QStringLiteral("DIR"));
    const QCommandLineOption authoring(QStringLiteral("authoring"));
    parser.addOptions({help, version, profile, authoring});
    for (const QString &name : kQtValueOptions) {
        parser.addOption(QCommandLineOption(name, QString(), QStringLiteral("VALUE")));
    }
    for (const QString &name : kQtFlagOptions) {
        parser.addOption(QCommandLineOption(name));
    }

    if (!parser.parse(arguments)) {
        invocation.action = Invocation::Action::Fail;
        invocation.message = tr("%1\nSee 'clearline --help' for what ClearLine understands.").arg(parser.errorText());
        return invocation;
    }
    for (const QString &file : parser.positionalArguments()) {
        if (!isBundleFile(file)) {
            invocation.action = Invocation::Action::Fail;
            invocation.message = tr("Unexpected argument \"%1\".").arg(file);
            return invocation;
        }
        invocation.openFiles.append(QFileInfo(file).absoluteFilePath());
    }
    invocation.profileDirectory = parser.value(profile);
    invocation.authoring = parser.isSet(authoring);
    if (parser.isSet(profile) && invocation.profileDirectory.isEmpty()) {
        invocation.action = Invocation::Action::Fail;
        invocation.message = tr("--profile needs a folder, for example --profile ~/clearline-test.");
        return invocation;
    }
    if (parser.isSet(help)) {
        invocation.action = Invocation::Action::ShowHelp;
    } else if (parser.isSet(version)) {
        invocation.action = Invocation::Action::ShowVersion;
    }
    return invocation;
}

bool CommandLine::isBundleFile(const QString &argument)
{
    return argument.endsWith(QLatin1String(sync::BundleFormat::kSuffix), Qt::CaseInsensitive);
}

QString CommandLine::helpText()
{
    QString text = tr("Usage: clearline [--profile DIR] [FILE.clbundle…]\n"
                      "       clearline COMMAND [OPTIONS]\n"
                      "\n"
                      "Without a command, ClearLine opens its window. Bundles named on the command line are\n"
                      "imported there; if the window is already open, it takes them.\n"
                      "\n"
                      "Options:\n"
                      "  --profile DIR   keep all of one person's data and settings in DIR\n"
                      "                  (default: the standard per-user folders)\n"
                      "  --authoring     for district IT: let unsigned policy packs load\n"
                      "  --version       print the version and quit\n"
                      "  --help          print this help and quit\n"
                      "\n"
                      "Commands (each takes --profile DIR, --json and --help):\n");
    for (const auto &[name, summary] : Dispatcher::commandSummaries()) {
        text += QStringLiteral("  %1%2\n").arg(name.leftJustified(16), summary);
    }
    text += tr("\nExit status: 0 done, 1 the command failed, 2 the command was given wrongly.\n");
    return text;
}

} // namespace clearline::cli
