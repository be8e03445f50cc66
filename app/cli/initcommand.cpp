// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/initcommand.h"

#include "cli/session.h"
#include "core/settings.h"
#include "ledger/ledger.h"
#include "policy/activepack.h"
#include "policy/shippedpacks.h"
#include "policy/vocabulary.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
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
    return QStringLiteral("--name NAME --email EMAIL [--district PACK] [--school SCHOOL] [--role ROLE]… [--zone ZONE] "
                          "[--profile DIR] [--json]");
}

void InitCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("name"), tr("Your full name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("email"), tr("Your district e-mail address."), QStringLiteral("EMAIL")});
    parser.addOption({QStringLiteral("role"), tr("A role you hold (may be repeated)."), QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("district"), tr("Your district's policy pack: a shipped id or a pack.yaml file."),
                      QStringLiteral("PACK")});
    parser.addOption(
        {QStringLiteral("school"), tr("Your school's id in the district's pack."), QStringLiteral("SCHOOL")});
    parser.addOption(
        {QStringLiteral("zone"), tr("Your school's time zone (default: this computer's)."), QStringLiteral("ZONE")});
}

QString InitCommand::checkAgainstPack(const QString &district, crypto::Identity::NewPerson &person) const
{
    const policy::ActivePack active = policy::ActivePack::load(district, {});
    if (!active.loaded.pack) {
        return tr("The district policy %1 could not be read: %2")
            .arg(district, active.loaded.errors.constFirst().toString());
    }
    const policy::Pack &pack = *active.loaded.pack;
    if (!person.school.isEmpty() &&
        std::none_of(pack.schools.begin(), pack.schools.end(),
                     [&](const policy::School &school) { return school.id == person.school; })) {
        QStringList ids;
        for (const policy::School &school : pack.schools) {
            ids.append(school.id);
        }
        return tr("\"%1\" is not a school of %2; its schools are: %3")
            .arg(person.school, pack.district.name, ids.join(QStringLiteral(", ")));
    }
    for (const QString &role : std::as_const(person.roles)) {
        if (role != policy::vocabulary::kEveryone && !pack.role(role)) {
            QStringList ids{policy::vocabulary::kEveryone};
            for (const policy::Role &known : pack.roles) {
                ids.append(known.id);
            }
            return tr("\"%1\" is not a role in %2's policy; its roles are: %3")
                .arg(role, pack.district.name, ids.join(QStringLiteral(", ")));
        }
    }
    if (person.zone.isEmpty()) {
        person.zone = pack.district.timezone;
    }
    return {};
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
    person.school = parser.value(QStringLiteral("school"));
    QString error;
    const QString district = parser.value(QStringLiteral("district"));
    // District IT may have set the pack for every profile on this computer.
    const core::Settings settings(context.profile());
    if (!district.isEmpty() && settings.isLocked(QStringLiteral("district")) &&
        policy::ShippedPacks::resolve(district) != policy::ShippedPacks::resolve(settings.district())) {
        return context.fail(tr("Your district sets the policy for everyone on this computer (%1), so --district "
                               "cannot choose another. Leave --district out.")
                                .arg(QDir::toNativeSeparators(settings.district())));
    }
    const QString pack = district.isEmpty() ? settings.district() : district;
    if (!pack.isEmpty()) {
        if (const QString problem = checkAgainstPack(pack, person); !problem.isEmpty()) {
            return context.usageError(problem);
        }
    } else if (!person.school.isEmpty()) {
        return context.usageError(tr("A school is one of your district's: give --district too."));
    }
    if (crypto::Identity::exists(context.profile())) {
        return finishProfile(context, person, district);
    }
    // The ledger opens before the identity is made: a profile whose records
    // cannot be kept (no SQLite driver, a folder it may not write) is left
    // without an identity, so the same init can simply run again.
    const auto ledger = Session::openLedger(context, ledger::Database::Mode::ReadWrite, &error);
    if (!ledger) {
        return context.fail(error);
    }
    const std::optional<crypto::Identity> identity =
        crypto::Identity::create(context.profile(), person, Session::passphraseFromEnvironment(), &error);
    if (!identity) {
        return context.fail(error);
    }
    // Should this fail, the next command that writes trusts the key
    // (Session::openLedger).
    if (!ledger->trustKey(identity->info(), QStringLiteral("self"), &error)) {
        return context.fail(error);
    }
    return ready(context, *identity, district);
}

int InitCommand::finishProfile(CommandContext &context, const crypto::Identity::NewPerson &person,
                               const QString &district) const
{
    // Only a profile without a ledger is finished, and only for the person
    // its identity names; anyone else is refused as before.
    if (QFile::exists(ledger::Ledger::fileFor(context.profile()))) {
        return context.fail(crypto::Identity::alreadyMadeMessage());
    }
    QString error;
    const std::optional<crypto::IdentityInfo> made = crypto::Identity::readInfo(context.profile(), &error);
    if (!made) {
        return context.fail(error);
    }
    const bool samePerson = made->name == person.name.trimmed() &&
                            made->email.compare(person.email.trimmed(), Qt::CaseInsensitive) == 0 &&
                            made->school == person.school &&
                            QSet<QString>(made->roles.begin(), made->roles.end()) ==
                                QSet<QString>(person.roles.begin(), person.roles.end());
    if (!samePerson) {
        return context.fail(crypto::Identity::alreadyMadeMessage());
    }
    // Unlocking proves the key is there and is this person's.
    const std::optional<crypto::Identity> identity =
        crypto::Identity::open(context.profile(), Session::passphraseFromEnvironment(), &error);
    if (!identity) {
        return context.fail(error);
    }
    // Asked for by the person themselves, with their passphrase: the new,
    // empty records file is made and said, never made silently (a lost
    // ledger is otherwise refused: Ledger::open).
    if (!ledger::Database::open(ledger::Ledger::fileFor(context.profile()), ledger::Database::Mode::ReadWrite,
                                &error)) {
        return context.fail(error);
    }
    // Opening for writing trusts the profile's own key.
    if (!Session::openLedger(context, ledger::Database::Mode::ReadWrite, &error)) {
        return context.fail(error);
    }
    if (!context.json()) {
        context.out() << tr("This profile had your key but no records file, so ClearLine made a new, empty one. If "
                            "you had records here before, restore your latest backup: clearline ledger restore "
                            "--from BACKUP")
                      << '\n';
    }
    return ready(context, *identity, district);
}

int InitCommand::ready(CommandContext &context, const crypto::Identity &identity, const QString &district) const
{
    QString error;
    if (!district.isEmpty()) {
        core::Settings settings(context.profile());
        settings.setDistrict(district);
        if (!settings.save(&error)) {
            return context.fail(error);
        }
    }

    const crypto::IdentityInfo &info = identity.info();
    if (context.json()) {
        context.printJson({{QStringLiteral("personId"), info.personId},
                           {QStringLiteral("name"), info.name},
                           {QStringLiteral("email"), info.email},
                           {QStringLiteral("roles"), QJsonArray::fromStringList(info.roles)},
                           {QStringLiteral("fingerprint"), info.fingerprint()},
                           {QStringLiteral("publicKey"), QString::fromLatin1(info.publicKey.toBase64())},
                           {QStringLiteral("keyStorage"), crypto::KeyStore::backendName(info.keyStorage)},
                           {QStringLiteral("zone"), info.zone},
                           {QStringLiteral("dataDirectory"), context.profile().dataDirectory()}});
        return Success;
    }
    QTextStream &out = context.out();
    out << tr("Profile ready for %1 <%2>.").arg(info.name, info.email) << '\n'
        << tr("Key fingerprint: %1").arg(info.fingerprint()) << '\n'
        << tr("Public key (for district IT; 'clearline identity show' prints it again): %1")
               .arg(QString::fromLatin1(info.publicKey.toBase64()))
        << '\n'
        << (info.keyStorage == crypto::KeyStore::Backend::SystemKeychain
                ? tr("Your private key is in the system key store.")
                : tr("Your private key is in %1, protected by your passphrase.")
                      .arg(QDir::toNativeSeparators(context.profile().dataDirectory())))
        << '\n';
    out.flush();
    return Success;
}

} // namespace clearline::cli
