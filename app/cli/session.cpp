// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/session.h"

#include "cli/command.h"
#include "core/settings.h"
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
    return ledger::Ledger::open(context.profile(), mode, error);
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
    if (settings.district().isEmpty()) {
        *error = QCoreApplication::translate(
            "clearline::cli::Session", "This profile has no district yet: clearline settings set district <pack>");
        return std::nullopt;
    }
    policy::ActivePack active = policy::ActivePack::load(settings.district(), settings.districtSigningKey());
    if (!active.trusted) {
        *error = QCoreApplication::translate("clearline::cli::Session",
                                             "The district policy %1 is %2, so ClearLine does not use it.")
                     .arg(active.file, active.signature.message);
        return std::nullopt;
    }
    if (!active.loaded.pack) {
        *error = QCoreApplication::translate("clearline::cli::Session", "The district policy could not be read: %1")
                     .arg(active.loaded.errors.constFirst().toString());
        return std::nullopt;
    }
    return std::move(*active.loaded.pack);
}

} // namespace clearline::cli
