// SPDX-License-Identifier: GPL-3.0-or-later
//
// The writer that tst_crashrecovery kills: saves memos in a loop and prints
// "saved <revision id>" only after each one is committed, exactly when the
// program would tell a person it was saved.

#include "core/application.h"
#include "core/profile.h"
#include "crypto/identity.h"
#include "ledger/ledger.h"
#include "ledger/memo.h"

#include <QCoreApplication>

#include <cstdio>

using namespace clearline;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    core::setApplicationIdentity();
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: crashwriter PROFILE RUN\n");
        return 2;
    }
    const core::Profile profile = core::Profile::inDirectory(args.at(1));
    QString error;
    const auto identity = crypto::Identity::open(
        profile,
        [](crypto::PassphraseRequest) { return std::optional<QString>(qEnvironmentVariable("CLEARLINE_PASSPHRASE")); },
        &error);
    const auto ledger = ledger::Ledger::open(profile, ledger::Database::Mode::ReadWrite, &error);
    if (!identity || !ledger) {
        std::fprintf(stderr, "crashwriter: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        const ledger::Memo memo{
            QStringLiteral("Run %1 memo %2").arg(args.at(2)).arg(i), QStringLiteral("Written to be interrupted."), {}};
        const auto revision =
            ledger->submit(*identity, {ledger::Memo::kKind, {}, {}, {}, memo.toPayload(), {}}, &error);
        if (!revision) {
            std::fprintf(stderr, "crashwriter: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("saved %s\n", qPrintable(revision->id));
        std::fflush(stdout);
    }
}
