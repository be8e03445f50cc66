// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include <QDir>
#include <QTest>

using clearline::cli::CommandLine;
using clearline::cli::Invocation;
using Action = Invocation::Action;

Q_DECLARE_METATYPE(Invocation::Action)

namespace {
QStringList args(std::initializer_list<const char *> list)
{
    QStringList result{QStringLiteral("clearline")};
    for (const char *arg : list) {
        result.append(QString::fromUtf8(arg));
    }
    return result;
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("commandArguments");
        QTest::addColumn<QString>("message");

        const QStringList none;
        QTest::newRow("nothing opens the window")
            << args({}) << Action::RunGui << QString() << QString() << none << QString();
        QTest::newRow("--profile for the window") << args({"--profile", "/tmp/p"}) << Action::RunGui
                                                  << QStringLiteral("/tmp/p") << QString() << none << QString();
        QTest::newRow("--profile=DIR") << args({"--profile=/tmp/q"}) << Action::RunGui << QStringLiteral("/tmp/q")
                                       << QString() << none << QString();
        QTest::newRow("--version") << args({"--version"}) << Action::ShowVersion << QString() << QString() << none
                                   << QString();
        QTest::newRow("-v") << args({"-v"}) << Action::ShowVersion << QString() << QString() << none << QString();
        QTest::newRow("--help wins over --version")
            << args({"--version", "--help"}) << Action::ShowHelp << QString() << QString() << none << QString();
        QTest::newRow("Qt's own -platform is accepted")
            << args({"-platform", "offscreen"}) << Action::RunGui << QString() << QString() << none << QString();
        QTest::newRow("a command") << args({"settings", "list"}) << Action::RunCommand << QString()
                                   << QStringLiteral("settings") << QStringList{QStringLiteral("list")} << QString();
        QTest::newRow("options before the command go to it")
            << args({"--profile", "/tmp/p", "--json", "settings", "get", "language"}) << Action::RunCommand
            << QStringLiteral("/tmp/p") << QStringLiteral("settings")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("/tmp/p"), QStringLiteral("--json"),
                           QStringLiteral("get"), QStringLiteral("language")}
            << QString();
        QTest::newRow("a profile folder is not taken for a command")
            << args({"--profile", "memo", "settings"}) << Action::RunCommand << QStringLiteral("memo")
            << QStringLiteral("settings") << QStringList{QStringLiteral("--profile"), QStringLiteral("memo")}
            << QString();
        QTest::newRow("--profile after the command")
            << args({"settings", "--profile=/tmp/r"}) << Action::RunCommand << QStringLiteral("/tmp/r")
            << QStringLiteral("settings") << QStringList{QStringLiteral("--profile=/tmp/r")} << QString();
        QTest::newRow("unknown option") << args({"--frobnicate"}) << Action::Fail << QString() << QString() << none
                                        << QStringLiteral("Unknown option 'frobnicate'");
        QTest::newRow("--profile without a folder") << args({"--profile"}) << Action::Fail << QString() << QString()
                                                    << none << QStringLiteral("Missing value after '--profile'");
        QTest::newRow("--profile= empty") << args({"--profile="}) << Action::Fail << QString() << QString() << none
                                          << QStringLiteral("--profile needs a folder");
    }

    void parse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Action, action);
        QFETCH(QString, profile);
        QFETCH(QString, command);
        QFETCH(QStringList, commandArguments);
        QFETCH(QString, message);

        const Invocation invocation = CommandLine::parse(arguments);
        QCOMPARE(invocation.action, action);
        QCOMPARE(invocation.profileDirectory, profile);
        QCOMPARE(invocation.command, command);
        QCOMPARE(invocation.commandArguments, commandArguments);
        if (message.isEmpty()) {
            QVERIFY2(invocation.message.isEmpty(), qPrintable(invocation.message));
        } else {
            QVERIFY2(invocation.message.contains(message), qPrintable(invocation.message));
        }
    }

    /// What a file manager runs for a bundle (Exec=clearline %F).
    void bundlesOpenInTheWindow()
    {
        const Invocation invocation =
            CommandLine::parse(args({"--profile", "/tmp/p", "/tmp/From Rita.clbundle", "/tmp/b.CLBUNDLE"}));
        QCOMPARE(invocation.action, Action::RunGui);
        QCOMPARE(invocation.profileDirectory, QStringLiteral("/tmp/p"));
        QCOMPARE(invocation.openFiles,
                 (QStringList{QStringLiteral("/tmp/From Rita.clbundle"), QStringLiteral("/tmp/b.CLBUNDLE")}));

        const Invocation relative = CommandLine::parse(args({"x.clbundle"}));
        QCOMPARE(relative.openFiles, QStringList{QDir::current().absoluteFilePath(QStringLiteral("x.clbundle"))});

        const Invocation other = CommandLine::parse(args({"/tmp/a.clbundle", "notes.txt"}));
        QCOMPARE(other.action, Action::Fail);
        QVERIFY(other.message.contains(QLatin1String("notes.txt")));

        // A bundle after a command is the command's.
        const Invocation command = CommandLine::parse(args({"bundle", "import", "a.clbundle"}));
        QCOMPARE(command.action, Action::RunCommand);
        QVERIFY(command.openFiles.isEmpty());
    }

    void helpListsTheCommands()
    {
        const QString help = CommandLine::helpText();
        QVERIFY(help.contains(QLatin1String("--profile DIR")));
        QVERIFY(help.contains(QLatin1String("\n  settings ")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
