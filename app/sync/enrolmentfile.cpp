// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/enrolmentfile.h"

#include "crypto/digest.h"
#include "sync/bundleformat.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace clearline::sync {

namespace {
const auto kFormat = QStringLiteral("clearline-enrolment-1");
constexpr qint64 kMaxBytes = 64 * 1024; // one revision of a few lines
} // namespace

bool EnrolmentFile::write(const ledger::Revision &revision, const QString &file, QString *error)
{
    const QJsonObject line = QJsonDocument::fromJson(BundleLine::fromRevision(revision)).object();
    const QJsonObject object{{QStringLiteral("format"), kFormat}, {QStringLiteral("revision"), line}};
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(object).toJson()) < 0 || !out.commit()) {
        *error = tr("ClearLine could not write %1.").arg(file);
        return false;
    }
    return true;
}

std::optional<EnrolmentFile::Read> EnrolmentFile::read(const QString &file, QString *error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("ClearLine could not read %1.").arg(file);
        return std::nullopt;
    }
    const QJsonObject object = QJsonDocument::fromJson(in.read(kMaxBytes)).object();
    if (object.value(QStringLiteral("format")).toString() != kFormat) {
        *error = tr("%1 is not a ClearLine enrolment request.").arg(file);
        return std::nullopt;
    }
    std::optional<ledger::Revision> revision;
    std::optional<BundleAttachment> attachment;
    QString problem;
    const QByteArray line =
        QJsonDocument(object.value(QStringLiteral("revision")).toObject()).toJson(QJsonDocument::Compact);
    if (!BundleLine::parse(line, &revision, &attachment, &problem) || !revision) {
        *error = tr("%1 is damaged: %2").arg(file, problem);
        return std::nullopt;
    }
    if (!revision->hashMatches() || !revision->signatureValid()) {
        *error = tr("%1 was changed after it was signed: do not use it, and ask the person for a new one.").arg(file);
        return std::nullopt;
    }
    const auto enrolment = requests::Enrolment::fromRevision(*revision);
    if (!enrolment) {
        *error = tr("%1 is not a ClearLine enrolment request.").arg(file);
        return std::nullopt;
    }
    return Read{*revision, *enrolment};
}

QString EnrolmentFile::suggestedName(const requests::Enrolment &enrolment)
{
    return QStringLiteral("enrolment-%1-%2.json")
        .arg(enrolment.roleId, crypto::fingerprint(enrolment.key).section(QLatin1Char('-'), 0, 0).toLower());
}

} // namespace clearline::sync
