// SPDX-License-Identifier: GPL-3.0-or-later
//
// Starts the window, or runs a command when given one. The arguments are
// read before any Q*Application exists, so that `clearline --version` and
// every command work without a display.

#include "cli/command.h"
#include "cli/commandline.h"
#include "cli/dispatcher.h"
#include "cli/pdfprinter.h"
#include "core/application.h"
#include "core/languages.h"
#include "core/profile.h"
#include "core/settings.h"
#include "core/version.h"
#include "crypto/identity.h"
#include "ui/mainwindow.h"
#include "ui/passphraseprompt.h"
#include "ui/profilesession.h"
#include "ui/setupdialog.h"
#include "ui/sheetprinter.h"
#include "ui/singleinstance.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

using namespace clearline;

namespace {

core::Profile profileFor(const cli::Invocation &invocation)
{
    return invocation.profileDirectory.isEmpty() ? core::Profile::standard()
                                                 : core::Profile::inDirectory(invocation.profileDirectory);
}

// Every PDF is laid out on the person's paper and names them as its author.
void setUpPaperCopies(const core::Profile &profile, const core::Settings &settings)
{
    ui::SheetPrinter::usePaper(settings.paper());
    QString unread;
    if (const auto self = crypto::Identity::readInfo(profile, &unread)) {
        ui::SheetPrinter::useAuthor(self->name);
    }
}

int runWithoutWindow(int argc, char **argv, const cli::Invocation &invocation)
{
    QCoreApplication app(argc, argv);
    core::setApplicationIdentity();
    core::Languages languages;
    languages.install(core::Settings(profileFor(invocation)).language());

    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (invocation.action) {
    case cli::Invocation::Action::ShowVersion:
        out << "clearline " << QCoreApplication::applicationVersion() << '\n';
        return cli::Success;
    case cli::Invocation::Action::ShowHelp:
        out << cli::CommandLine::helpText();
        return cli::Success;
    case cli::Invocation::Action::Fail:
        err << "clearline: " << invocation.message << '\n';
        return cli::UsageError;
    case cli::Invocation::Action::RunCommand:
        return cli::Dispatcher::run(invocation.command, invocation.commandArguments, out, err);
    case cli::Invocation::Action::RunGui:
        break;
    }
    return cli::Failure;
}

// A command that prints PDF (`records export --format pdf`) needs the web
// engine, so it runs under a QApplication; on the offscreen platform when
// there is no display, so that it works in scripts and over ssh.
int runCommandWithWebEngine(int argc, char **argv, const cli::Invocation &invocation)
{
    // The web engine will not run as root with its sandbox on, and then
    // ends the program without a word; say why first.
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX")) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "main", "clearline: a PDF cannot be made as the administrator (root). Run the "
                                           "command as yourself, or make a CSV with --format csv.")
                            << '\n';
        return cli::Failure;
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Printing needs no GPU; without this Qt tells a script's terminal, at
    // length, that it found none. The command's own errors are not Qt
    // warnings, and the web engine's own messages still show.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        qputenv("QT_LOGGING_RULES", "default.warning=false;qt.*.warning=false");
    }
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    core::setApplicationIdentity();
    core::Languages languages;
    const core::Profile profile = profileFor(invocation);
    const core::Settings settings(profile);
    languages.install(settings.language());
    setUpPaperCopies(profile, settings);
    cli::Pdf::setPrinter(&ui::SheetPrinter::toPdfAndWait);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cli::Dispatcher::run(invocation.command, invocation.commandArguments, out, err);
}

int runWindow(int argc, char **argv, const cli::Invocation &invocation)
{
    // The web engine (policy viewer) shares GL contexts with the widgets.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    core::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("ClearLine"));
    QApplication::setDesktopFileName(QString::fromLatin1(core::kApplicationId));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(core::kApplicationId))));

    const core::Profile profile = profileFor(invocation);
    // A window for this profile is open already: it takes the files.
    ui::SingleInstance instance(profile);
    if (instance.handOver(invocation.openFiles)) {
        return cli::Success;
    }
    core::Settings settings(profile);
    core::Languages languages;
    languages.install(settings.language());

    QString error;
    ui::ProfileSession session(profile, ui::PassphrasePrompt::over(nullptr));
    if (!profile.prepare(&error) || !session.openLedger(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "ClearLine cannot start"), error);
        return cli::Failure;
    }
    QString newFingerprint;
    if (!session.hasIdentity()) {
        ui::SetupDialog setup(session, settings);
        if (setup.exec() != QDialog::Accepted) {
            return cli::Success;
        }
        newFingerprint = setup.fingerprint();
    }

    setUpPaperCopies(profile, settings);
    ui::MainWindow window(session, settings);
    window.setAuthoringMode(invocation.authoring);
    window.show();
    QObject::connect(&instance, &ui::SingleInstance::called, &window, &ui::MainWindow::bringForward);
    instance.listen();
    if (!invocation.openFiles.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, &invocation] { window.importRecords(invocation.openFiles); });
    }
    if (!newFingerprint.isEmpty()) {
        QMessageBox::information(
            &window, QApplication::translate("main", "Your profile is ready"),
            QApplication::translate(
                "main", "ClearLine made your signing key. Its fingerprint is\n\n%1\n\nThe people who approve "
                        "your requests, or district IT, may ask you for it, to be sure that requests signed with "
                        "it are yours. You can see it again under File, Your profile.")
                .arg(newFingerprint));
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    // Records may name students: every file ClearLine makes is its owner's only.
    umask(S_IRWXG | S_IRWXO);

    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    const cli::Invocation invocation = cli::CommandLine::parse(arguments);
    if (invocation.action == cli::Invocation::Action::RunGui) {
        return runWindow(argc, argv, invocation);
    }
    if (invocation.action == cli::Invocation::Action::RunCommand &&
        cli::Pdf::wanted(invocation.command, invocation.commandArguments)) {
        return runCommandWithWebEngine(argc, argv, invocation);
    }
    return runWithoutWindow(argc, argv, invocation);
}
