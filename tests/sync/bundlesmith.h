// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds bundle files by hand for the tests: whatever lines and manifest a
// test wants, compressed and signed like the real thing, so that each kind
// of tampering can be made exactly.

#include "testprofile.h"

#include "core/canonicaljson.h"
#include "crypto/signingkey.h"
#include "ledger/syncstore.h"
#include "sync/bundleformat.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

#include <functional>
#include <zstd.h>

namespace clearline::test {

inline QByteArray zstdCompress(const QByteArray &text)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(text.size()))), Qt::Uninitialized);
    const size_t size = ZSTD_compress(out.data(), size_t(out.size()), text.constData(), size_t(text.size()), 3);
    out.resize(qsizetype(size));
    return out;
}

inline QByteArray zstdDecompress(const QByteArray &data)
{
    ZSTD_DCtx *context = ZSTD_createDCtx();
    QByteArray result;
    QByteArray out(1 << 16, Qt::Uninitialized);
    ZSTD_inBuffer in{data.constData(), size_t(data.size()), 0};
    while (in.pos < in.size) {
        ZSTD_outBuffer buffer{out.data(), size_t(out.size()), 0};
        if (ZSTD_isError(ZSTD_decompressStream(context, &buffer, &in))) {
            break;
        }
        result.append(out.constData(), qsizetype(buffer.pos));
    }
    ZSTD_freeDCtx(context);
    return result;
}

/// A bundle taken apart: its manifest and the text of its payload lines.
struct BundleParts
{
    sync::Manifest manifest;
    QList<QByteArray> lines;
    QByteArray formatLine = "CLEARLINE BUNDLE 1";
};

inline BundleParts takeApart(const QString &file)
{
    const QByteArray content = readFile(file);
    const qsizetype first = content.indexOf('\n');
    const qsizetype second = content.indexOf('\n', first + 1);
    const qsizetype third = content.indexOf('\n', second + 1);
    BundleParts parts;
    QString error;
    parts.formatLine = content.left(first);
    parts.manifest =
        *sync::Manifest::fromJson(QJsonDocument::fromJson(content.mid(first + 1, second - first - 1)).object(), &error);
    const QByteArray text = zstdDecompress(content.mid(third + 1));
    parts.lines = text.split('\n');
    parts.lines.removeLast(); // after the last line end
    return parts;
}

/// Writes parts as a bundle signed with key. The payload's size and
/// checksum are filled in (so only what a test changes is wrong) unless
/// `keepPayloadFields` says the manifest already lies about them.
inline void putTogether(const QString &file, BundleParts parts, const crypto::SigningKey &key,
                        const std::function<void(sync::Manifest &)> &lie = {})
{
    QByteArray text;
    for (const QByteArray &line : parts.lines) {
        text += line + '\n';
    }
    const QByteArray payload = zstdCompress(text);
    parts.manifest.payloadBytes = payload.size();
    parts.manifest.textBytes = text.size();
    parts.manifest.payloadSha256 = QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
    if (lie) {
        lie(parts.manifest);
    }
    const QByteArray manifest = core::canonicalJson(parts.manifest.toJson());
    writeFile(file, parts.formatLine + '\n' + manifest + '\n' + key.sign(manifest).toBase64() + '\n' + payload);
}

} // namespace clearline::test
