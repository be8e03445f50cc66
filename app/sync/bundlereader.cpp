// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/bundlereader.h"

#include "core/canonicaljson.h"
#include "crypto/signingkey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <zstd.h>

namespace clearline::sync {

namespace {
constexpr qint64 kHashBlock = 1024 * 1024;
constexpr qint64 kFormatLine = 64;
} // namespace

struct BundleReader::Stream
{
    ZSTD_DCtx *context = ZSTD_createDCtx();
    QByteArray in = QByteArray(qsizetype(ZSTD_DStreamInSize()), Qt::Uninitialized);
    QByteArray out = QByteArray(qsizetype(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    ZSTD_inBuffer input{nullptr, 0, 0};
    ~Stream() { ZSTD_freeDCtx(context); }
};

BundleReader::BundleReader(QString file)
    : m_file(std::move(file))
    , m_input(m_file)
{}

BundleReader::~BundleReader() = default;

QString BundleReader::damaged(const QString &detail) const
{
    return tr("%1 is damaged or incomplete (%2). Ask the sender for a new copy.")
        .arg(QFileInfo(m_file).fileName(), detail);
}

bool BundleReader::open(QString *error)
{
    const QString name = QFileInfo(m_file).fileName();
    if (!m_input.open(QIODevice::ReadOnly)) {
        *error = tr("ClearLine cannot read %1: %2").arg(QDir::toNativeSeparators(m_file), m_input.errorString());
        return false;
    }
    const QByteArray magic(BundleFormat::kMagic);
    const QByteArray formatLine = m_input.readLine(kFormatLine).trimmed();
    if (!formatLine.startsWith(magic)) {
        *error = tr("%1 is not a ClearLine bundle.").arg(name);
        return false;
    }
    bool numeric = false;
    const int format = formatLine.mid(magic.size()).toInt(&numeric);
    if (!numeric || format < 1) {
        *error = damaged(tr("its format line is not readable"));
        return false;
    }
    if (format > BundleFormat::kCurrent) {
        *error = tr("%1 was made by a newer version of ClearLine (bundle format %2; this version reads up to %3). "
                    "Update ClearLine, then import it again.")
                     .arg(name)
                     .arg(format)
                     .arg(BundleFormat::kCurrent);
        return false;
    }

    QByteArray manifestLine = m_input.readLine(BundleFormat::kMaxManifest);
    const QByteArray signatureLine = m_input.readLine(kFormatLine * 2).trimmed();
    if (!manifestLine.endsWith('\n') || signatureLine.isEmpty()) {
        *error = damaged(tr("its manifest is cut short"));
        return false;
    }
    manifestLine.chop(1);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(manifestLine, &parseError);
    QString problem;
    std::optional<Manifest> manifest;
    if (document.isObject()) {
        manifest = Manifest::fromJson(document.object(), &problem);
    } else {
        problem = parseError.errorString();
    }
    if (!manifest) {
        *error = damaged(tr("its manifest is not readable: %1").arg(problem));
        return false;
    }
    // The signature covers the exact bytes; requiring them canonical means
    // two bundles that say the same thing are the same bytes.
    const auto signature = QByteArray::fromBase64Encoding(signatureLine, QByteArray::AbortOnBase64DecodingErrors);
    if (core::canonicalJson(document.object()) != manifestLine || !signature ||
        !crypto::verifySignature(manifest->exporter.publicKey, manifestLine, signature.decoded)) {
        *error = tr("%1 does not carry a valid signature of the person it names as its sender (%2): it was changed "
                    "after it was made.")
                     .arg(name, manifest->exporter.name);
        return false;
    }
    m_manifest = std::move(*manifest);

    if (m_manifest.compression != QLatin1String("zstd")) {
        *error = damaged(tr("it is compressed with \"%1\", which ClearLine does not use").arg(m_manifest.compression));
        return false;
    }
    m_payloadStart = m_input.pos();
    const qint64 stored = m_input.size() - m_payloadStart;
    if (stored != m_manifest.payloadBytes) {
        *error = stored < m_manifest.payloadBytes
                     ? damaged(tr("it is cut short: %1 of %2 bytes are there").arg(stored).arg(m_manifest.payloadBytes))
                     : damaged(tr("it holds more than its manifest lists"));
        return false;
    }
    if (m_manifest.textBytes > m_manifest.payloadBytes * BundleFormat::kMaxRatio + 4096) {
        *error = damaged(tr("it claims to expand to %1 bytes from %2, more than any real bundle does")
                             .arg(m_manifest.textBytes)
                             .arg(m_manifest.payloadBytes));
        return false;
    }

    // Hash the payload and the whole file before reading any of it.
    QCryptographicHash payloadHash(QCryptographicHash::Sha256);
    QCryptographicHash fileHash(QCryptographicHash::Sha256);
    m_input.seek(0);
    while (!m_input.atEnd()) {
        const QByteArray block = m_input.read(kHashBlock);
        if (block.isEmpty()) {
            *error = tr("ClearLine cannot read %1: %2").arg(QDir::toNativeSeparators(m_file), m_input.errorString());
            return false;
        }
        fileHash.addData(block);
        const qint64 blockStart = m_input.pos() - block.size();
        const qint64 skip = qMax<qint64>(0, m_payloadStart - blockStart);
        if (skip < block.size()) {
            payloadHash.addData(QByteArrayView(block).sliced(skip));
        }
    }
    if (payloadHash.result() != m_manifest.payloadSha256) {
        *error = damaged(tr("its contents do not match the checksum its sender signed; it was changed after it was "
                            "made"));
        return false;
    }
    m_fileSha256 = QString::fromLatin1(fileHash.result().toHex());
    m_input.seek(m_payloadStart);
    m_stream = std::make_unique<Stream>();
    // ClearLine compresses with a window of a few MB; a frame asking for
    // more (up to zstd's 2 GB) would make the reader allocate it.
    if (!m_stream->context || ZSTD_isError(ZSTD_DCtx_setParameter(m_stream->context, ZSTD_d_windowLogMax, 23))) {
        *error = tr("ClearLine could not start reading the bundle.");
        return false;
    }
    return true;
}

bool BundleReader::fill(QString *error)
{
    // Lines already handed out go in one move per block, not one per line.
    m_pending.remove(0, m_pos);
    m_scanned = qMax<qsizetype>(0, m_scanned - m_pos);
    m_pos = 0;
    for (;;) {
        if (m_stream->input.pos == m_stream->input.size && !m_inputDone) {
            const qint64 got = m_input.read(m_stream->in.data(), m_stream->in.size());
            if (got < 0) {
                *error =
                    tr("ClearLine cannot read %1: %2").arg(QDir::toNativeSeparators(m_file), m_input.errorString());
                return false;
            }
            m_inputDone = got == 0;
            m_stream->input = {m_stream->in.constData(), size_t(got), 0};
        }
        const size_t consumedBefore = m_stream->input.pos;
        ZSTD_outBuffer out{m_stream->out.data(), size_t(m_stream->out.size()), 0};
        const size_t result = ZSTD_decompressStream(m_stream->context, &out, &m_stream->input);
        if (ZSTD_isError(result)) {
            *error = damaged(
                tr("its compressed contents are broken (%1)").arg(QString::fromUtf8(ZSTD_getErrorName(result))));
            return false;
        }
        if (result == 0) {
            m_frameDone = true;
        } else if (out.pos > 0 || m_stream->input.pos != consumedBefore) {
            m_frameDone = false;
        }
        m_textRead += qint64(out.pos);
        if (m_textRead > m_manifest.textBytes) {
            *error =
                damaged(tr("its contents expand beyond the %1 bytes its manifest declares").arg(m_manifest.textBytes));
            return false;
        }
        if (out.pos > 0) {
            m_pending.append(m_stream->out.constData(), qsizetype(out.pos));
            return true;
        }
        if (m_inputDone && m_stream->input.pos == m_stream->input.size) {
            m_drained = true;
            return true;
        }
    }
}

BundleReader::Item BundleReader::next(std::optional<ledger::Revision> *revision,
                                      std::optional<BundleAttachment> *attachment, QString *error)
{
    revision->reset();
    attachment->reset();
    QByteArray line;
    const Item item = nextLine(&line, error);
    if (item != Item::Line) {
        return item;
    }
    QString problem;
    if (!BundleLine::parse(line, revision, attachment, &problem)) {
        *error = damaged(problem);
        return Item::Failed;
    }
    return revision->has_value() ? Item::Revision : Item::Attachment;
}

BundleReader::Item BundleReader::nextLine(QByteArray *line, QString *error)
{
    for (;;) {
        const qsizetype end = m_pending.indexOf('\n', qMax(m_pos, m_scanned));
        if (end >= 0) {
            *line = m_pending.sliced(m_pos, end - m_pos);
            m_pos = end + 1;
            m_scanned = m_pos;
            return Item::Line;
        }
        m_scanned = m_pending.size();
        if (m_pending.size() - m_pos > BundleFormat::kMaxLine) {
            *error = damaged(tr("one of its lines is longer than any record can be"));
            return Item::Failed;
        }
        if (m_drained) {
            if (m_pos != m_pending.size() || !m_frameDone || m_textRead != m_manifest.textBytes) {
                *error = damaged(tr("its contents end early"));
                return Item::Failed;
            }
            return Item::End;
        }
        if (!fill(error)) {
            return Item::Failed;
        }
    }
}

} // namespace clearline::sync
