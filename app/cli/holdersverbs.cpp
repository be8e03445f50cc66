// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/holdersverbs.h"

#include "requests/enrolment.h"
#include "requests/routeplan.h"

#include "cli/command.h"
#include "cli/session.h"
#include "crypto/digest.h"
#include "policy/packholders.h"
#include "policy/packloader.h"
#include "policy/shippedpacks.h"
#include "sync/enrolmentfile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QTextStream>

namespace clearline::cli {

namespace {

/// Fingerprints are compared without dashes and case: people read them
/// aloud and type them back.
QString plain(const QString &fingerprint)
{
    return fingerprint.toUpper().remove(QLatin1Char('-')).remove(QLatin1Char(' '));
}

/// The pack file district IT edits: a real file, never one shipped inside ClearLine.
QString packFile(CommandContext &context, QString *error)
{
    const QString given = context.parser().value(QStringLiteral("pack"));
    if (given.isEmpty()) {
        *error = HoldersVerbs::tr("Say which pack file to change: --pack FILE");
        return {};
    }
    const QString file = policy::ShippedPacks::resolve(given);
    if (file.startsWith(QLatin1Char(':')) || !QFileInfo(file).isFile()) {
        *error = HoldersVerbs::tr("%1 is not a pack file. Give the district's own pack.yaml (a copy of a pack shipped "
                                  "with ClearLine is fine).")
                     .arg(given);
        return {};
    }
    return file;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The enrolment in a file, or the newest one in this profile's ledger whose
/// key has this fingerprint (it came with a bundle).
std::optional<requests::Enrolment> findEnrolment(CommandContext &context, const QString &source, QString *error)
{
    if (QFileInfo(source).isFile()) {
        const auto read = sync::EnrolmentFile::read(source, error);
        return read ? std::optional(read->enrolment) : std::nullopt;
    }
    const auto ledger = Session::openLedger(context, ledger::Database::Mode::ReadOnly, error);
    if (!ledger) {
        return std::nullopt;
    }
    std::optional<requests::Enrolment> found;
    for (const auto &[revision, enrolment] : requests::Enrolment::all(*ledger)) {
        if (plain(crypto::fingerprint(enrolment.key)) == plain(source)) {
            found = enrolment;
        }
    }
    if (!found) {
        *error = HoldersVerbs::tr("There is no file %1, and no enrolment request with that fingerprint has reached "
                                  "this profile. Ask the person for their enrolment file, or import their bundle "
                                  "first.")
                     .arg(source);
    }
    return found;
}

/// Raises the version, reads the result back as a pack and keeps it only
/// when it loads: a text edit that went wrong is never written.
std::optional<policy::Pack> finish(const QString &file, const QByteArray &edited, QString *error)
{
    int version = 0;
    const std::optional<QByteArray> text = policy::PackHolders::raiseVersion(edited, &version, error);
    if (!text) {
        return std::nullopt;
    }
    const policy::PackLoader::Result loaded = policy::PackLoader::loadText(*text, file);
    if (!loaded.pack) {
        *error = HoldersVerbs::tr("ClearLine could not change %1 safely, so it left it as it was: %2")
                     .arg(file, loaded.errors.constFirst().toString());
        return std::nullopt;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(*text) != text->size() || !out.commit()) {
        *error = HoldersVerbs::tr("ClearLine could not write %1.").arg(file);
        return std::nullopt;
    }
    return loaded.pack;
}

QString signHint(const QString &file)
{
    return HoldersVerbs::tr("Now sign it (clearline policy sign %1 --key FILE) and send a bundle: the new policy "
                            "travels to every profile with it.")
        .arg(QDir::toNativeSeparators(file));
}

} // namespace

int HoldersVerbs::add(CommandContext &context, const QString &source)
{
    QString error;
    const QString file = packFile(context, &error);
    if (file.isEmpty()) {
        return context.usageError(error);
    }
    const std::optional<requests::Enrolment> enrolment = findEnrolment(context, source, &error);
    if (!enrolment) {
        return context.fail(error);
    }
    const policy::PackLoader::Result before = policy::PackLoader::loadFile(file);
    if (!before.pack) {
        return context.fail(tr("%1 has mistakes; fix them first: %2").arg(file, before.errors.constFirst().toString()));
    }
    const QString problem = requests::Enrolment::problem(*before.pack, enrolment->roleId, enrolment->school);
    if (!problem.isEmpty()) {
        return context.fail(tr("This enrolment does not fit the pack: %1").arg(problem));
    }
    const policy::Role *role = before.pack->role(enrolment->roleId);
    if (requests::holdsRole(*before.pack, enrolment->roleId, enrolment->school, enrolment->key)) {
        return context.fail(tr("The pack lists %1 as %2 with this key already.").arg(enrolment->name, role->title));
    }
    const auto edited =
        policy::PackHolders::add(readAll(file), enrolment->roleId,
                                 {enrolment->name, enrolment->email, enrolment->school, enrolment->key}, &error);
    const std::optional<policy::Pack> after = edited ? finish(file, *edited, &error) : std::nullopt;
    if (!after) {
        return context.fail(error);
    }
    const QString fingerprint = crypto::fingerprint(enrolment->key);
    if (context.json()) {
        context.printJson({{QStringLiteral("pack"), QFileInfo(file).absoluteFilePath()},
                           {QStringLiteral("role"), enrolment->roleId},
                           {QStringLiteral("school"), enrolment->school},
                           {QStringLiteral("name"), enrolment->name},
                           {QStringLiteral("email"), enrolment->email},
                           {QStringLiteral("fingerprint"), fingerprint},
                           {QStringLiteral("version"), after->district.version}});
        return Success;
    }
    const policy::School *school = after->school(enrolment->school);
    context.out()
        << (school ? tr("Added %1 <%2> as %3 at %4.").arg(enrolment->name, enrolment->email, role->title, school->name)
                   : tr("Added %1 <%2> as %3.").arg(enrolment->name, enrolment->email, role->title))
        << '\n'
        << tr("Key fingerprint: %1. Before you sign, call the person and have them read theirs to you "
              "(ClearLine shows it on their profile): it must be the same.")
               .arg(fingerprint)
        << '\n'
        << tr("The pack is now version %1.").arg(after->district.version) << '\n'
        << signHint(file) << '\n';
    return Success;
}

int HoldersVerbs::remove(CommandContext &context, const QString &source)
{
    QString error;
    const QString file = packFile(context, &error);
    if (file.isEmpty()) {
        return context.usageError(error);
    }
    const policy::PackLoader::Result before = policy::PackLoader::loadFile(file);
    if (!before.pack) {
        return context.fail(tr("%1 has mistakes; fix them first: %2").arg(file, before.errors.constFirst().toString()));
    }
    QByteArray key;
    QString name;
    if (QFileInfo(source).isFile()) {
        const auto read = sync::EnrolmentFile::read(source, &error);
        if (!read) {
            return context.fail(error);
        }
        key = read->enrolment.key;
        name = read->enrolment.name;
    }
    for (const policy::Role &role : before.pack->roles) {
        for (const policy::RoleHolder &holder : role.holders) {
            if (key.isEmpty() ? plain(crypto::fingerprint(holder.key)) == plain(source) : holder.key == key) {
                key = holder.key;
                name = holder.name;
            }
        }
    }
    if (key.isEmpty()) {
        return context.fail(tr("The pack lists nobody with the key %1.").arg(source));
    }
    QDateTime until = QDateTime::currentDateTimeUtc();
    if (context.parser().isSet(QStringLiteral("at"))) {
        until = QDateTime::fromString(context.parser().value(QStringLiteral("at")), Qt::ISODate);
        if (!until.isValid()) {
            return context.usageError(tr("--at needs a time such as 2026-12-07T14:00:00Z."));
        }
    }
    until = until.toUTC();
    until.setTime(QTime(until.time().hour(), until.time().minute(), until.time().second()));
    QStringList roles;
    const auto edited = policy::PackHolders::remove(readAll(file), key, until, &roles, &error);
    const std::optional<policy::Pack> after = edited ? finish(file, *edited, &error) : std::nullopt;
    if (!after) {
        return context.fail(error);
    }
    const QString fingerprint = crypto::fingerprint(key);
    if (context.json()) {
        context.printJson({{QStringLiteral("pack"), QFileInfo(file).absoluteFilePath()},
                           {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("fingerprint"), fingerprint},
                           {QStringLiteral("until"), until.toString(Qt::ISODate)},
                           {QStringLiteral("version"), after->district.version}});
        return Success;
    }
    context.out() << tr("%1 (%2) no longer holds %3 from %4: decisions they sign after that do not count; "
                        "earlier ones still do.")
                         .arg(name, fingerprint, roles.join(u", "), until.toString(Qt::ISODate))
                  << '\n'
                  << tr("The pack is now version %1.").arg(after->district.version) << '\n'
                  << signHint(file) << '\n';
    return Success;
}

} // namespace clearline::cli
