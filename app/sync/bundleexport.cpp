// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/bundleexport.h"

#include "audience/audience.h"

#include "core/version.h"
#include "crypto/digest.h"
#include "crypto/identity.h"
#include "ledger/syncstore.h"
#include "sync/bundlewriter.h"
#include "sync/packcarriage.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

#include <limits>
#include <memory>

namespace clearline::sync {

namespace {

constexpr qint64 kNothing = std::numeric_limits<qint64>::max();

} // namespace

QHash<QByteArray, qint64> BundleExport::startsAfter(const ledger::SyncStore &store, const QList<QByteArray> &peerKeys)
{
    QHash<QByteArray, qint64> result;
    if (peerKeys.isEmpty()) {
        return result;
    }
    QList<QHash<QByteArray, ledger::AuthorHead>> acknowledgements;
    for (const QByteArray &peer : peerKeys) {
        acknowledgements.append(store.acknowledged(peer));
    }
    const QList<ledger::AuthorHead> heads = store.heads();
    for (const ledger::AuthorHead &head : heads) {
        qint64 start = kNothing;
        for (const auto &acknowledged : std::as_const(acknowledgements)) {
            const auto found = acknowledged.constFind(head.authorKey);
            if (found == acknowledged.cend()) {
                start = 0;
                break;
            }
            // A hash this ledger lacks: the peer holds more of this author
            // than we do, and needs none of ours.
            const qint64 seq = store.seqOfHash(found->hash);
            start = qMin(start, seq == 0 ? kNothing : seq);
        }
        result.insert(head.authorKey, start);
    }
    return result;
}

namespace {

ledger::KnownPerson self(const crypto::Identity &identity)
{
    const crypto::IdentityInfo &info = identity.info();
    return {info.personId, info.name, info.email, info.school, info.publicKey, QStringLiteral("self")};
}

} // namespace

std::optional<PackStamp> BundleExport::stampOf(const std::optional<policy::Pack> &pack)
{
    if (!pack) {
        return std::nullopt;
    }
    QFile file(pack->file);
    const QByteArray content = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    return PackStamp{pack->district.id, pack->district.policyAdopted.toString(Qt::ISODate),
                     QString::fromLatin1(crypto::sha256(content).toHex()), PackCarriage::outgoing(*pack)};
}

std::optional<ExportResult> BundleExport::write(ledger::Ledger &ledger, const crypto::Identity &exporter,
                                                const std::optional<PackStamp> &pack, const ExportChoice &choice,
                                                const QString &file, QString *error)
{
    ledger::SyncStore store(ledger);
    const QHash<QByteArray, qint64> after = startsAfter(store, choice.peerKeys);
    const QTimeZone zone(exporter.info().zone.toUtf8());
    const QTimeZone district = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    const QDateTime since = choice.since.isValid() ? choice.since.startOfDay(district) : QDateTime();
    const QDateTime until = choice.until.isValid() ? choice.until.addDays(1).startOfDay(district) : QDateTime();

    BundleWriter writer(file);
    if (!writer.begin(error)) {
        return std::nullopt;
    }
    // Whom each record is for, when the bundle is made for one person.
    std::unique_ptr<audience::AudienceBook> audiences;
    if (!choice.audienceOf.isEmpty() && choice.audiencePack) {
        audiences =
            std::make_unique<audience::AudienceBook>(ledger, *choice.audiencePack, QDateTime::currentDateTimeUtc());
    }
    const auto mayGoWhole = [&](const ledger::Revision &revision) {
        if (revision.withheld) {
            return false; // this profile holds only the stub itself
        }
        if (choice.audienceOf.isEmpty() || revision.authorKey == choice.audienceOf) {
            return true;
        }
        if (!audiences) {
            return audience::AudienceBook::forEveryone(revision.kind);
        }
        const std::optional<audience::Audience> of = audiences->ofRecord(revision.recordId);
        return of && of->contains(choice.audienceOf);
    };
    QSet<QByteArray> started;
    QSet<QByteArray> ended;
    QSet<QString> attachmentsWritten;
    QSet<QByteArray> authors;
    QString failure;
    const bool ok = store.forEachStoredRevision(
        [&](qint64 seq, const ledger::Revision &revision, const QString &payload) {
            if (seq <= after.value(revision.authorKey, 0) || ended.contains(revision.authorKey)) {
                return true;
            }
            if (until.isValid() && revision.created >= until) {
                ended.insert(revision.authorKey);
                return true;
            }
            if (since.isValid() && !started.contains(revision.authorKey)) {
                if (revision.created < since) {
                    return true;
                }
                started.insert(revision.authorKey);
            }
            if (!mayGoWhole(revision)) {
                // The recipient may not see it: only what holds the chain.
                ledger::Revision stub;
                stub.withheld = true;
                stub.id = revision.id;
                stub.authorKey = revision.authorKey;
                stub.prevHash = revision.prevHash;
                stub.hash = revision.hash;
                stub.signature = revision.signature;
                return writer.addRevision(stub, &failure);
            }
            // A revision's files go first, so the receiver has them when it
            // checks the revision. Most have none: parse only those that may.
            if (payload.contains(QLatin1String("\"attachments\""))) {
                const QJsonArray files =
                    QJsonDocument::fromJson(payload.toUtf8()).object().value(QStringLiteral("attachments")).toArray();
                for (const QJsonValue &item : files) {
                    const QString sha256 = item.toObject().value(QStringLiteral("sha256")).toString();
                    if (attachmentsWritten.contains(sha256)) {
                        continue;
                    }
                    const std::optional<QByteArray> content = store.attachmentContent(sha256);
                    if (!content) {
                        failure = tr("An attachment of record %1 is missing from this profile; run 'clearline "
                                     "ledger verify'.")
                                      .arg(revision.recordId);
                        return false;
                    }
                    if (!writer.addAttachment({sha256, *content}, &failure)) {
                        return false;
                    }
                    attachmentsWritten.insert(sha256);
                }
            }
            authors.insert(revision.authorKey);
            return writer.addRevision(revision, &failure, BundleLine::fromStoredRevision(revision, payload));
        },
        &failure);
    if (!ok) {
        *error = failure;
        return std::nullopt;
    }

    Manifest manifest;
    manifest.application = QStringLiteral("ClearLine ") + QLatin1String(core::kVersion);
    manifest.created =
        QDateTime::fromString(ledger::Revision::timeText(QDateTime::currentDateTimeUtc()), Qt::ISODateWithMs);
    manifest.exporter = self(exporter);
    manifest.recipient = choice.recipient;
    manifest.pack = pack;
    authors.insert(exporter.info().publicKey);
    const QList<ledger::KnownPerson> people = ledger.people();
    for (const ledger::KnownPerson &person : people) {
        if (authors.remove(person.publicKey)) {
            manifest.keys.append(person);
        }
    }
    if (!authors.isEmpty()) {
        *error = tr("Some revisions here are signed by a key this profile does not list; run 'clearline ledger "
                    "verify'.");
        return std::nullopt;
    }
    manifest.holdings = store.heads();
    if (!writer.finish(manifest, exporter.key(), error)) {
        return std::nullopt;
    }
    ExportResult result;
    result.revisions = writer.revisions();
    result.withheld = writer.withheld();
    result.attachments = writer.attachments();
    result.bytes = QFileInfo(file).size();
    result.kinds = writer.kinds();
    return result;
}

} // namespace clearline::sync
