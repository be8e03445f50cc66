// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/initcommand.h"

#include "cli/session.h"
#include "crypto/identity.h"
#include "ledger/ledger.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QTextStream>

namespace clearline::cli {

QString InitCommand::name() const
{
    return QStringLiteral("init");
}

QString InitCommand::summary() const
{
    return tr("set up a profile: your identity, your signing key and your record ledger");
}

QString InitCommand::synopsis() const
{
    return QStringLiteral("--name NAME --email EMAIL [--role ROLE]… [--zone ZONE] [--profile DIR] [--json]");
}

void InitCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("name"), tr("Your full name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("email"), tr("Your district e-mail address."), QStringLiteral("EMAIL")});
    parser.addOption({QStringLiteral("role"), tr("A role you hold (may be repeated)."), QStringLiteral("ROLE")});
    parser.addOption(
        {QStringLiteral("zone"), tr("Your school's time zone (default: this computer's)."), QStringLiteral("ZONE")});
}

int InitCommand::run(CommandContext &context) const
{
    const QCommandLineParser &parser = context.parser();
    if (!context.positional().isEmpty()) {
        return context.usageError(tr("'clearline init' takes no arguments besides its options."));
    }
    crypto::Identity::NewPerson person{parser.value(QStringLiteral("name")), parser.value(QStringLiteral("email")),
                                       parser.values(QStringLiteral("role")), parser.value(QStringLiteral("zone"))};
    if (person.name.isEmpty() || person.email.isEmpty()) {
        return context.usageError(tr("Give your name and district e-mail: --name \"…\" --email …"));
    }
    QString error;
    const std::optional<crypto::Identity> identity =
        crypto::Identity::create(context.profile(), person, Session::passphraseFromEnvironment(), &error);
    if (!identity) {
        return context.fail(error);
    }
    const auto ledger = Session::openLedger(context, ledger::Database::Mode::ReadWrite, &error);
    if (!ledger || !ledger->trustKey(identity->info(), QStringLiteral("self"), &error)) {
        return context.fail(error);
    }

    const crypto::IdentityInfo &info = identity->info();
    if (context.json()) {
        context.printJson({{QStringLiteral("personId"), info.personId},
                           {QStringLiteral("name"), info.name},
                           {QStringLiteral("email"), info.email},
                           {QStringLiteral("roles"), QJsonArray::fromStringList(info.roles)},
                           {QStringLiteral("fingerprint"), info.fingerprint()},
                           {QStringLiteral("keyStorage"), crypto::KeyStore::backendName(info.keyStorage)},
                           {QStringLiteral("zone"), info.zone},
                           {QStringLiteral("dataDirectory"), context.profile().dataDirectory()}});
        return Success;
    }
    QTextStream &out = context.out();
    out << tr("Profile ready for %1 <%2>.").arg(info.name, info.email) << '\n'
        << tr("Key fingerprint: %1").arg(info.fingerprint()) << '\n'
        << (info.keyStorage == crypto::KeyStore::Backend::SystemKeychain
                ? tr("Your private key is in the system key store.")
                : tr("Your private key is in %1, protected by your passphrase.")
                      .arg(QDir::toNativeSeparators(context.profile().dataDirectory())))
        << '\n';
    out.flush();
    return Success;
}

} // namespace clearline::cli
