// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for sync bundles, which arrive by e-mail and shared
// folders from anyone. Whatever the bytes, reading must end in a refusal or
// in lines checked one by one: never a crash, a hang or unbounded memory.
//
// A signature cannot be guessed, so a fuzzer feeding whole files would
// never get past the manifest's. The first byte therefore picks a mode:
//   0: the bytes are a whole bundle file;
//   1: the bytes are the compressed payload of a bundle whose manifest is
//      made to match them and signed with a key of this target's own, so
//      the decompressor, the line splitter and the limits are reached;
//   2: the bytes are one manifest, as JSON;
//   3: the bytes are payload lines, parsed one by one.

#include "core/canonicaljson.h"
#include "crypto/digest.h"
#include "crypto/signingkey.h"
#include "sync/bundleformat.h"
#include "sync/bundlereader.h"
#include "sync/bundlereport.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>

using namespace clearline;

namespace {

void readWhole(const QByteArray &content)
{
    QTemporaryFile file;
    if (!file.open() || file.write(content) != content.size() || !file.flush()) {
        return;
    }
    sync::BundleReader reader(file.fileName());
    QString error;
    if (reader.open(&error)) {
        sync::BundleReport::checkSignatures(reader);
    }
}

QByteArray signedAround(const QByteArray &payload)
{
    static const crypto::SigningKey key = crypto::SigningKey::generate();
    sync::Manifest manifest;
    manifest.application = QStringLiteral("fuzz");
    manifest.created = QDateTime::fromMSecsSinceEpoch(0, QTimeZone::UTC);
    manifest.exporter = {QStringLiteral("p"), QStringLiteral("Fuzz"), {}, {}, key.publicKey(), {}};
    manifest.revisions = 1;
    manifest.payloadBytes = payload.size();
    // Lines may be as long as the real limit allows.
    manifest.textBytes = qMin<qint64>(payload.size() * sync::BundleFormat::kMaxRatio, 8 * 1024 * 1024);
    manifest.payloadSha256 = QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
    const QByteArray line = core::canonicalJson(manifest.toJson());
    return QByteArray("CLEARLINE BUNDLE 1\n") + line + '\n' + key.sign(line).toBase64() + '\n' + payload;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    crypto::initialize();
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    switch (data[0] % 4) {
    case 0:
        readWhole(bytes);
        break;
    case 1:
        readWhole(signedAround(bytes));
        break;
    case 2: {
        QString error;
        const auto manifest = sync::Manifest::fromJson(QJsonDocument::fromJson(bytes).object(), &error);
        // A manifest read back must write out the same way every time.
        if (manifest && core::canonicalJson(manifest->toJson()) != core::canonicalJson(manifest->toJson())) {
            __builtin_trap();
        }
        break;
    }
    case 3:
        for (const QByteArray &line : bytes.split('\n')) {
            std::optional<ledger::Revision> revision;
            std::optional<sync::BundleAttachment> attachment;
            QString error;
            if (sync::BundleLine::parse(line, &revision, &attachment, &error) && revision) {
                revision->hashMatches();
            }
        }
        break;
    }
    return 0;
}
