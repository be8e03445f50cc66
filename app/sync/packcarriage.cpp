// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/packcarriage.h"

#include "core/settings.h"
#include "crypto/digest.h"
#include "policy/activepack.h"
#include "policy/packloader.h"
#include "policy/packsignature.h"
#include "sync/bundlereader.h"
#include "sync/sealedbundle.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>

namespace clearline::sync {

namespace {

const auto kText = QStringLiteral("text");
const auto kSignature = QStringLiteral("signature");
const auto kVersion = QStringLiteral("version");
const auto kPackName = QStringLiteral("pack.yaml");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
}

/// The top-level sections of a pack's text, by key, for telling which
/// changed. The version line is left out: it changes every time.
QMap<QString, QByteArray> sections(const QByteArray &text)
{
    static const QRegularExpression top(QStringLiteral("^([a-z_]+):"));
    static const QRegularExpression version(QStringLiteral("^ +version:"));
    QMap<QString, QByteArray> found;
    QString current;
    for (const QByteArray &line : text.split('\n')) {
        const QString decoded = QString::fromUtf8(line);
        const QRegularExpressionMatch match = top.match(decoded);
        if (match.hasMatch()) {
            current = match.captured(1);
        }
        if (!current.isEmpty() && !version.match(decoded).hasMatch() && !line.trimmed().startsWith('#')) {
            found[current] += line.trimmed() + '\n';
        }
    }
    return found;
}

struct Held
{
    QString roleId;
    QByteArray key;
    QString school;
    friend bool operator==(const Held &, const Held &) = default;
};

QList<Held> currentHolders(const std::optional<policy::Pack> &pack)
{
    QList<Held> held;
    if (pack) {
        for (const policy::Role &role : pack->roles) {
            for (const policy::RoleHolder &holder : role.holders) {
                if (holder.isCurrent()) {
                    held.append({role.id, holder.key, holder.school.id});
                }
            }
        }
    }
    return held;
}

QString describe(const policy::Pack &pack, const Held &held)
{
    const policy::Role *role = pack.role(held.roleId);
    QString name;
    for (const policy::RoleHolder &holder : role ? role->holders : QList<policy::RoleHolder>{}) {
        if (holder.key == held.key) {
            name = holder.name;
        }
    }
    const QString title = role ? role->title : held.roleId;
    const policy::School *school = pack.school(held.school);
    const QString who = QStringLiteral("%1 (%2)").arg(name, crypto::fingerprint(held.key));
    return school ? PackCarriage::tr("%1 as %2 at %3").arg(who, title, school->name)
                  : PackCarriage::tr("%1 as %2").arg(who, title);
}

/// The roles without their holders, as text, to tell whether anything but
/// the holders changed.
QString roleShapes(const std::optional<policy::Pack> &pack)
{
    QString text;
    if (pack) {
        for (const policy::Role &role : pack->roles) {
            text += QStringLiteral("%1|%2|%3|%4\n").arg(role.id, role.title, role.scope).arg(role.designee);
        }
    }
    return text;
}

} // namespace

QJsonObject PackCarriage::outgoing(const policy::Pack &pack)
{
    if (pack.file.isEmpty() || pack.file.startsWith(QLatin1Char(':'))) {
        return {};
    }
    const QByteArray text = readAll(pack.file);
    const QByteArray signature = readAll(policy::PackSignature::signatureFile(pack.file));
    if (text.isEmpty() || signature.isEmpty() || text.size() > policy::PackLoader::kMaxBytes) {
        return {};
    }
    return {{kVersion, pack.district.version},
            {kText, QString::fromLatin1(text.toBase64())},
            {kSignature, QString::fromLatin1(signature.toBase64())}};
}

int PackCarriage::carriedVersion(const std::optional<PackStamp> &stamp)
{
    if (!stamp || stamp->carried.isEmpty()) {
        return -1;
    }
    return stamp->carried.value(kVersion).toInt();
}

QString PackCarriage::text(const Arrival &arrival)
{
    QString text = arrival.line;
    for (const QString &change : arrival.changes) {
        text += QStringLiteral("\n  - ") + change;
    }
    return text;
}

QString PackCarriage::storedFolder(const core::Profile &profile)
{
    return QDir(profile.dataDirectory()).filePath(QStringLiteral("district-pack"));
}

PackCarriage::Arrival PackCarriage::receive(const core::Profile &profile, const std::optional<PackStamp> &stamp)
{
    Arrival arrival;
    if (!stamp || stamp->carried.isEmpty()) {
        return arrival;
    }
    arrival.outcome = Arrival::Outcome::Refused;
    arrival.version = stamp->carried.value(kVersion).toInt();
    const QByteArray text = QByteArray::fromBase64(stamp->carried.value(kText).toString().toLatin1());
    const QByteArray signature = QByteArray::fromBase64(stamp->carried.value(kSignature).toString().toLatin1());

    core::Settings settings(profile);
    const QString pinned = settings.districtSigningKey();
    if (pinned.isEmpty()) {
        arrival.line = tr("The bundle carries version %1 of the district policy, but this profile trusts no district "
                          "key yet, so ClearLine did not take it. District IT can set it with: clearline settings "
                          "set district_key FINGERPRINT")
                           .arg(arrival.version);
        return arrival;
    }
    // Checked where it will live (same signature file name, same folder for
    // an official text) but in a scratch folder until it is taken.
    QTemporaryDir scratch(QDir(profile.dataDirectory()).filePath(QStringLiteral("incoming-pack-XXXXXX")));
    const QString file = QDir(scratch.path()).filePath(kPackName);
    if (!scratch.isValid() || text.isEmpty() || !writeAll(file, text) ||
        !writeAll(policy::PackSignature::signatureFile(file), signature)) {
        arrival.line = tr("The bundle carries a district policy that ClearLine could not read, so it was not taken.");
        return arrival;
    }
    const policy::PackSignature::Check check = policy::PackSignature::check(file);
    if (check.state != policy::PackSignature::State::Valid) {
        arrival.line = tr("The bundle carries version %1 of the district policy, but it is %2, so ClearLine did not "
                          "take it.")
                           .arg(arrival.version)
                           .arg(check.message);
        return arrival;
    }
    if (check.fingerprint != pinned) {
        arrival.line = tr("The bundle carries version %1 of the district policy signed by the key %2, not by your "
                          "district's key %3, so ClearLine did not take it.")
                           .arg(arrival.version)
                           .arg(check.fingerprint, pinned);
        return arrival;
    }
    const policy::PackLoader::Result loaded = policy::PackLoader::loadFile(file);
    if (!loaded.pack) {
        arrival.line = tr("The bundle carries version %1 of the district policy, but it has mistakes (%2), so "
                          "ClearLine did not take it.")
                           .arg(arrival.version)
                           .arg(loaded.errors.constFirst().toString());
        return arrival;
    }
    arrival.version = loaded.pack->district.version;
    const policy::ActivePack current = policy::ActivePack::load(settings.district(), pinned);
    const std::optional<policy::Pack> &before = current.loaded.pack;
    if (before && before->district.id != loaded.pack->district.id) {
        arrival.line = tr("The bundle carries the policy of another district (%1), so ClearLine did not take it.")
                           .arg(loaded.pack->district.name);
        return arrival;
    }
    const int have = before && current.trusted ? before->district.version : -1;
    if (arrival.version <= have) {
        arrival.outcome = Arrival::Outcome::NotNewer;
        arrival.line = arrival.version == have
                           ? tr("The bundle carries the same version (%1) of the district policy as this profile has.")
                                 .arg(arrival.version)
                           : tr("The bundle carries version %1 of the district policy, older than this profile's "
                                "version %2, so ClearLine kept its own.")
                                 .arg(arrival.version)
                                 .arg(have);
        return arrival;
    }
    if (settings.isLocked(QStringLiteral("district"))) {
        arrival.line = tr("The bundle carries version %1 of the district policy, but your district's IT staff install "
                          "the policy on this computer, so ClearLine keeps theirs until they update it.")
                           .arg(arrival.version);
        return arrival;
    }

    const QString folder = storedFolder(profile);
    const QString stored = QDir(folder).filePath(kPackName);
    if (!QDir().mkpath(folder) || !writeAll(stored, text) ||
        !writeAll(policy::PackSignature::signatureFile(stored), signature)) {
        arrival.line = tr("ClearLine could not keep the new district policy in %1.").arg(folder);
        return arrival;
    }
    settings.setDistrict(folder);
    QString error;
    if (!settings.save(&error)) {
        arrival.line = error;
        return arrival;
    }
    arrival.outcome = Arrival::Outcome::Adopted;
    arrival.changes = changes(current.trusted ? before : std::nullopt, readAll(current.file), *loaded.pack, text);
    arrival.line = tr("This profile now follows version %1 of the district policy, signed by your district's key.")
                       .arg(arrival.version);
    return arrival;
}

QList<PackCarriage::Arrival> PackCarriage::receiveFromFolder(const core::Profile &profile, const QString &folder,
                                                             const QByteArray &ownKey, const crypto::SigningKey *key)
{
    QList<std::optional<PackStamp>> stamps;
    if (!key) {
        return {};
    }
    const QString forUs =
        QStringLiteral("clearline-*-to-") + crypto::fingerprint(ownKey).toLower() + QStringLiteral(".clsealed");
    for (const QFileInfo &file : QDir(folder).entryInfoList({forUs}, QDir::Files, QDir::Name)) {
        SealedBundle::Problem problem = SealedBundle::Problem::None;
        QString ignored;
        const std::optional<SealedBundle::Plain> plain =
            SealedBundle::open(file.absoluteFilePath(), key, &problem, &ignored);
        if (!plain) {
            continue; // the round that follows reports it
        }
        BundleReader reader(plain->path);
        if (reader.open(&ignored) && carriedVersion(reader.manifest().pack) >= 0) {
            stamps.append(reader.manifest().pack);
        }
    }
    // The newest first: once one is taken, the older ones have nothing to say.
    std::stable_sort(stamps.begin(), stamps.end(),
                     [](const auto &a, const auto &b) { return carriedVersion(a) > carriedVersion(b); });
    QList<Arrival> arrivals;
    for (const std::optional<PackStamp> &stamp : std::as_const(stamps)) {
        const Arrival arrival = receive(profile, stamp);
        if (arrival.outcome == Arrival::Outcome::Refused) {
            arrivals.append(arrival);
        }
        if (arrival.outcome == Arrival::Outcome::Adopted) {
            arrivals.append(arrival);
            break;
        }
    }
    return arrivals;
}

QStringList PackCarriage::changes(const std::optional<policy::Pack> &before, const QByteArray &beforeText,
                                  const policy::Pack &after, const QByteArray &afterText)
{
    QStringList lines;
    const QList<Held> was = currentHolders(before);
    const QList<Held> now = currentHolders(after);
    for (const Held &held : now) {
        if (!was.contains(held)) {
            lines.append(tr("Added: %1.").arg(describe(after, held)));
        }
    }
    for (const Held &held : was) {
        if (!now.contains(held)) {
            lines.append(tr("Removed: %1.").arg(describe(*before, held)));
        }
    }
    if (roleShapes(before) != roleShapes(after)) {
        lines.append(tr("The roles changed."));
    }
    const QMap<QString, QByteArray> old = sections(beforeText);
    const QMap<QString, QByteArray> fresh = sections(afterText);
    QStringList keys = old.keys() + fresh.keys();
    keys.removeDuplicates();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        if (key != QLatin1String("roles") && old.value(key) != fresh.value(key)) {
            lines.append(tr("The section \"%1\" changed.").arg(key));
        }
    }
    if (lines.isEmpty()) {
        lines.append(tr("Nothing but the version changed."));
    }
    return lines;
}

} // namespace clearline::sync
