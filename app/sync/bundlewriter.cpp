// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/bundlewriter.h"

#include "core/canonicaljson.h"
#include "crypto/signingkey.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <zstd.h>

namespace clearline::sync {

namespace {
// zstd's default level: fast enough that compressing never dominates, and
// JSON lines shrink by about half (signatures and ids do not compress).
constexpr int kLevel = 3;
constexpr qint64 kCopyBlock = 1024 * 1024;
} // namespace

struct BundleWriter::Stream
{
    ZSTD_CCtx *context = ZSTD_createCCtx();
    QByteArray out = QByteArray(qsizetype(ZSTD_CStreamOutSize()), Qt::Uninitialized);
    ~Stream() { ZSTD_freeCCtx(context); }
};

BundleWriter::BundleWriter(QString file)
    : m_file(std::move(file))
{}

BundleWriter::~BundleWriter() = default;

bool BundleWriter::begin(QString *error)
{
    // The payload waits next to the target, on the same disk, so a full
    // disk shows up here rather than half-way through the copy.
    m_payload.setFileTemplate(QFileInfo(m_file).absoluteDir().filePath(QStringLiteral(".clearline-payload-XXXXXX")));
    if (!m_payload.open()) {
        *error = tr("ClearLine cannot write in %1: %2")
                     .arg(QDir::toNativeSeparators(QFileInfo(m_file).absolutePath()), m_payload.errorString());
        return false;
    }
    m_stream = std::make_unique<Stream>();
    if (!m_stream->context ||
        ZSTD_isError(ZSTD_CCtx_setParameter(m_stream->context, ZSTD_c_compressionLevel, kLevel)) ||
        ZSTD_isError(ZSTD_CCtx_setParameter(m_stream->context, ZSTD_c_checksumFlag, 1))) {
        *error = tr("ClearLine could not start compressing the bundle.");
        return false;
    }
    return true;
}

bool BundleWriter::compress(const char *data, size_t size, bool end, QString *error)
{
    ZSTD_inBuffer in{data, size, 0};
    for (;;) {
        ZSTD_outBuffer out{m_stream->out.data(), size_t(m_stream->out.size()), 0};
        const size_t remaining = ZSTD_compressStream2(m_stream->context, &out, &in, end ? ZSTD_e_end : ZSTD_e_continue);
        if (ZSTD_isError(remaining)) {
            *error = tr("ClearLine could not compress the bundle (%1).")
                         .arg(QString::fromUtf8(ZSTD_getErrorName(remaining)));
            return false;
        }
        if (out.pos > 0) {
            const QByteArrayView chunk(m_stream->out.constData(), qsizetype(out.pos));
            if (m_payload.write(chunk.data(), chunk.size()) != chunk.size()) {
                *error = tr("ClearLine could not write the bundle: %1").arg(m_payload.errorString());
                return false;
            }
            m_sha256.addData(chunk);
            m_payloadBytes += chunk.size();
        }
        const bool done = end ? remaining == 0 : in.pos == in.size;
        if (done) {
            return true;
        }
    }
}

bool BundleWriter::writeLine(const QByteArray &line, QString *error)
{
    m_textBytes += line.size() + 1;
    return compress(line.constData(), size_t(line.size()), false, error) && compress("\n", 1, false, error);
}

bool BundleWriter::addRevision(const ledger::Revision &revision, QString *error, const QByteArray &line)
{
    if (revision.withheld) {
        if (!writeLine(BundleLine::fromWithheld(revision), error)) {
            return false;
        }
        ++m_withheld;
    } else {
        if (!writeLine(line.isEmpty() ? BundleLine::fromRevision(revision) : line, error)) {
            return false;
        }
        ++m_revisions;
        ++m_kinds[revision.kind];
    }
    auto span = m_chains.find(revision.authorKey);
    if (span == m_chains.end()) {
        span = m_chains.insert(revision.authorKey, {revision.authorKey, revision.prevHash, {}, 0});
        m_authorOrder.append(revision.authorKey);
    }
    span->last = revision.hash;
    ++span->count;
    return true;
}

bool BundleWriter::addAttachment(const BundleAttachment &attachment, QString *error)
{
    if (!writeLine(BundleLine::fromAttachment(attachment), error)) {
        return false;
    }
    ++m_attachments;
    return true;
}

bool BundleWriter::finish(Manifest manifest, const crypto::SigningKey &key, QString *error)
{
    if (!compress(nullptr, 0, true, error) || !m_payload.flush()) {
        if (error->isEmpty()) {
            *error = tr("ClearLine could not write the bundle: %1").arg(m_payload.errorString());
        }
        return false;
    }
    manifest.revisions = m_revisions;
    manifest.withheld = m_withheld;
    manifest.attachments = m_attachments;
    manifest.kinds = m_kinds;
    manifest.chains.clear();
    for (const QByteArray &author : std::as_const(m_authorOrder)) {
        manifest.chains.append(m_chains.value(author));
    }
    manifest.payloadBytes = m_payloadBytes;
    manifest.textBytes = m_textBytes;
    manifest.payloadSha256 = m_sha256.result();
    const QByteArray manifestLine = core::canonicalJson(manifest.toJson());

    QSaveFile target(m_file);
    if (!target.open(QIODevice::WriteOnly)) {
        *error = tr("ClearLine cannot write %1: %2").arg(QDir::toNativeSeparators(m_file), target.errorString());
        return false;
    }
    QByteArray head = BundleFormat::kMagic + QByteArray::number(BundleFormat::kCurrent) + '\n';
    head += manifestLine + '\n' + key.sign(manifestLine).toBase64() + '\n';
    bool ok = target.write(head) == head.size() && m_payload.seek(0);
    while (ok && !m_payload.atEnd()) {
        const QByteArray block = m_payload.read(kCopyBlock);
        ok = !block.isEmpty() && target.write(block) == block.size();
    }
    if (!ok || !target.commit()) {
        *error = tr("ClearLine could not write %1: %2. Nothing was sent; check that the disk has room.")
                     .arg(QDir::toNativeSeparators(m_file), target.errorString());
        return false;
    }
    return true;
}

} // namespace clearline::sync
