// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/session.h"

#include "cli/command.h"
#include "core/runningwindow.h"
#include "core/settings.h"
#include "core/zonedtime.h"
#include "ledger/autobackup.h"
#include "policy/activepack.h"

#include <QCoreApplication>

namespace clearline::cli {

crypto::PassphraseSource Session::passphraseFromEnvironment()
{
    return [](crypto::PassphraseRequest request) -> std::optional<QString> {
        if (request == crypto::PassphraseRequest::UnlockAgain || !qEnvironmentVariableIsSet("CLEARLINE_PASSPHRASE")) {
            return std::nullopt;
        }
        return qEnvironmentVariable("CLEARLINE_PASSPHRASE");
    };
}

std::unique_ptr<ledger::Ledger> Session::openLedger(const CommandContext &context, ledger::Database::Mode mode,
                                                    QString *error)
{
    // The window keeps its own view of the records and its key unlocked; a
    // command changing them underneath would leave it showing what is no
    // longer so. Reading is always fine.
    if (mode == ledger::Database::Mode::ReadWrite && core::RunningWindow::isOpen(context.profile())) {
        *error = QCoreApplication::translate(
            "clearline::cli::Session", "ClearLine's window is open for this profile. So that the two do not change "
                                       "your records at once, do this in the window, or close the window and run "
                                       "the command again.");
        return nullptr;
    }
    std::unique_ptr<ledger::Ledger> ledger = ledger::Ledger::open(context.profile(), mode, error);
    if (!ledger || mode != ledger::Database::Mode::ReadWrite) {
        return ledger;
    }
    // The person's own key is trusted in their ledger also when the ledger
    // was made after the identity (a first run that stopped between the
    // two), as the window does when it opens one.
    QString unreadable;
    const std::optional<crypto::IdentityInfo> self = crypto::Identity::readInfo(context.profile(), &unreadable);
    if (self && !ledger->trustKey(*self, QStringLiteral("self"), error)) {
        return nullptr;
    }
    // Today's backup, before today's first change; a backup that cannot be
    // made is told, and the command goes on: the records are unchanged.
    const auto backup = ledger::AutoBackup::makeIfDue(*ledger, context.profile(), QDate::currentDate(),
                                                      core::Settings(context.profile()).backupDays());
    if (backup.state == ledger::AutoBackup::Outcome::State::Failed) {
        context.warn(backup.problem);
    }
    return ledger;
}

std::optional<crypto::Identity> Session::openIdentity(const CommandContext &context, QString *error)
{
    return crypto::Identity::open(context.profile(), passphraseFromEnvironment(), error);
}

std::optional<Session::Writer> Session::openWriter(const CommandContext &context, QString *error)
{
    std::optional<crypto::Identity> identity = openIdentity(context, error);
    if (!identity) {
        return std::nullopt;
    }
    std::unique_ptr<ledger::Ledger> ledger = openLedger(context, ledger::Database::Mode::ReadWrite, error);
    if (!ledger) {
        return std::nullopt;
    }
    return Writer{std::move(*identity), std::move(ledger)};
}

std::optional<policy::Pack> Session::openPack(const CommandContext &context, QString *error)
{
    const core::Settings settings(context.profile());
    const policy::ActivePack active = policy::ActivePack::load(settings.district(), settings.districtSigningKey());
    std::optional<policy::Pack> pack = active.usable(context.authoring(), error);
    // Said every time, as the window's banner does: what is decided under
    // an unsigned pack is a trial, not the district's word.
    if (pack && !active.trusted) {
        context.warn(QCoreApplication::translate("clearline::cli::Session",
                                                 "Authoring mode: the district's pack is not signed or not "
                                                 "trusted; use this only to try a pack."));
    }
    return pack;
}

void Session::readOnDistrictClock(const core::Profile &profile)
{
    const core::Settings settings(profile);
    if (settings.district().isEmpty()) {
        return;
    }
    // Any pack that loads names the zone: the clock is not a matter of trust.
    const policy::ActivePack active = policy::ActivePack::load(settings.district(), settings.districtSigningKey());
    if (active.loaded.pack) {
        core::setReadingZone(core::zoneNamed(active.loaded.pack->district.timezone));
    }
}

} // namespace clearline::cli
