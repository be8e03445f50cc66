// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/identity.h"
#include "crypto/keystore.h"
#include "ledger/ledger.h"
#include "policy/pack.h"

#include <memory>
#include <optional>

namespace clearline::cli {

class CommandContext;

/// What commands share to reach a profile's identity and ledger.
namespace Session {

/// The passphrase of a script: CLEARLINE_PASSPHRASE, asked for once (a
/// wrong one is not retried).
crypto::PassphraseSource passphraseFromEnvironment();

/// Opening for writing also trusts the profile's own key in the ledger, so
/// that a ledger made after the identity knows it.
std::unique_ptr<ledger::Ledger> openLedger(const CommandContext &context, ledger::Database::Mode mode, QString *error);
std::optional<crypto::Identity> openIdentity(const CommandContext &context, QString *error);

/// What a command that files records needs: the unlocked identity and the
/// ledger open for writing.
struct Writer
{
    crypto::Identity identity;
    std::unique_ptr<ledger::Ledger> ledger;
};
std::optional<Writer> openWriter(const CommandContext &context, QString *error);

/// The profile's district pack, when it is set, trusted and loads.
std::optional<policy::Pack> openPack(const CommandContext &context, QString *error);

/// Makes the district's zone the one every time is read in
/// (core::readingZone), when the profile names a district whose pack loads.
void readOnDistrictClock(const core::Profile &profile);

} // namespace Session

} // namespace clearline::cli
