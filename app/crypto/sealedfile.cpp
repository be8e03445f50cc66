// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/sealedfile.h"

#include "crypto/signingkey.h"

#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <array>
#include <sodium.h>

namespace clearline::crypto {

namespace {
constexpr qsizetype kMagicSize = sizeof(SealedFile::kMagic) - 1;
constexpr qsizetype kChunk = 64 * 1024;
constexpr qsizetype kEntrySize = crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES;
constexpr quint16 kMostRecipients = 4096;

/// Secret bytes that are wiped when they go out of scope.
template <std::size_t N> struct Secret
{
    std::array<unsigned char, N> bytes{};
    ~Secret() { sodium_memzero(bytes.data(), bytes.size()); }
    unsigned char *data() { return bytes.data(); }
};

const unsigned char *bytesOf(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

unsigned char *bytesOf(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

QByteArray bigEndian32(quint32 value)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(value, out.data());
    return out;
}

bool readExactly(QFile &file, qsizetype size, QByteArray *out)
{
    *out = file.read(size);
    return out->size() == size;
}
} // namespace

bool SealedFile::looksSealed(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(kMagicSize) == QByteArray(kMagic);
}

bool SealedFile::seal(const QString &plainPath, const QString &sealedPath, const QList<QByteArray> &recipients,
                      QString *error)
{
    if (sodium_init() < 0 || recipients.isEmpty() || recipients.size() > kMostRecipients) {
        *error = tr("The file could not be locked for its readers.");
        return false;
    }
    QFile plain(plainPath);
    if (!plain.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(plainPath, plain.errorString());
        return false;
    }
    Secret<crypto_secretstream_xchacha20poly1305_KEYBYTES> key;
    crypto_secretstream_xchacha20poly1305_keygen(key.data());

    QByteArray header(kMagic, kMagicSize);
    QByteArray count(2, Qt::Uninitialized);
    qToBigEndian(quint16(recipients.size()), count.data());
    header += count;
    for (const QByteArray &recipient : recipients) {
        std::array<unsigned char, crypto_box_PUBLICKEYBYTES> exchange{};
        if (recipient.size() != crypto_sign_PUBLICKEYBYTES ||
            crypto_sign_ed25519_pk_to_curve25519(exchange.data(), bytesOf(recipient)) != 0) {
            *error = tr("One of the people this file is for has a key ClearLine cannot use.");
            return false;
        }
        QByteArray entry(kEntrySize, Qt::Uninitialized);
        crypto_box_seal(bytesOf(entry), key.data(), crypto_secretstream_xchacha20poly1305_KEYBYTES, exchange.data());
        header += entry;
    }
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&state, bytesOf(streamHeader), key.data());
    header += streamHeader;

    QSaveFile out(sealedPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(header) != header.size()) {
        *error = tr("%1 cannot be written: %2").arg(sealedPath, out.errorString());
        return false;
    }
    // The first chunk authenticates everything before it: who it is for
    // cannot be changed without the file being refused.
    QByteArray additional = header;
    QByteArray chunk = plain.read(kChunk);
    while (true) {
        const QByteArray next = plain.read(kChunk);
        const bool last = next.isEmpty();
        QByteArray cipher(chunk.size() + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        crypto_secretstream_xchacha20poly1305_push(
            &state, bytesOf(cipher), nullptr, bytesOf(chunk), quint64(chunk.size()),
            additional.isEmpty() ? nullptr : bytesOf(additional), quint64(additional.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        additional.clear();
        const QByteArray record = bigEndian32(quint32(cipher.size())) + cipher;
        if (out.write(record) != record.size()) {
            *error = tr("%1 cannot be written: %2").arg(sealedPath, out.errorString());
            return false;
        }
        if (last) {
            break;
        }
        chunk = next;
    }
    sodium_memzero(&state, sizeof state);
    if (plain.error() != QFileDevice::NoError || !out.commit()) {
        *error = tr("%1 cannot be written: %2").arg(sealedPath, out.errorString());
        return false;
    }
    return true;
}

SealedFile::Opened SealedFile::open(const QString &sealedPath, const QString &plainPath, const SigningKey &key,
                                    QString *error)
{
    const QString damaged = tr("%1 is damaged or was changed after it was made, so nothing in it was read.")
                                .arg(sealedPath.section(QLatin1Char('/'), -1));
    if (sodium_init() < 0) {
        *error = damaged;
        return Opened::Damaged;
    }
    QFile in(sealedPath);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(sealedPath, in.errorString());
        return Opened::Failed;
    }
    QByteArray magic;
    QByteArray count;
    if (!readExactly(in, kMagicSize, &magic) || magic != QByteArray(kMagic) || !readExactly(in, 2, &count)) {
        *error = damaged;
        return Opened::Damaged;
    }
    const quint16 recipients = qFromBigEndian<quint16>(count.constData());
    QByteArray entries;
    if (recipients == 0 || recipients > kMostRecipients || !readExactly(in, recipients * kEntrySize, &entries)) {
        *error = damaged;
        return Opened::Damaged;
    }

    Secret<crypto_box_SECRETKEYBYTES> exchangeSecret;
    std::array<unsigned char, crypto_box_PUBLICKEYBYTES> exchangePublic{};
    const QByteArray ownPublic = key.publicKey();
    QByteArray ownSecret = key.secret();
    const bool derived = crypto_sign_ed25519_pk_to_curve25519(exchangePublic.data(), bytesOf(ownPublic)) == 0 &&
                         crypto_sign_ed25519_sk_to_curve25519(exchangeSecret.data(), bytesOf(ownSecret)) == 0;
    sodium_memzero(ownSecret.data(), size_t(ownSecret.size()));
    if (!derived) {
        *error = tr("Your key cannot open locked files.");
        return Opened::Failed;
    }
    Secret<crypto_secretstream_xchacha20poly1305_KEYBYTES> streamKey;
    bool addressed = false;
    for (quint16 i = 0; i < recipients && !addressed; ++i) {
        addressed = crypto_box_seal_open(streamKey.data(), bytesOf(entries) + i * kEntrySize, kEntrySize,
                                         exchangePublic.data(), exchangeSecret.data()) == 0;
    }
    if (!addressed) {
        *error = tr("%1 is not addressed to you.").arg(sealedPath.section(QLatin1Char('/'), -1));
        return Opened::NotAddressed;
    }
    QByteArray streamHeader;
    crypto_secretstream_xchacha20poly1305_state state;
    if (!readExactly(in, crypto_secretstream_xchacha20poly1305_HEADERBYTES, &streamHeader) ||
        crypto_secretstream_xchacha20poly1305_init_pull(&state, bytesOf(streamHeader), streamKey.data()) != 0) {
        *error = damaged;
        return Opened::Damaged;
    }

    QSaveFile out(plainPath);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(plainPath, out.errorString());
        return Opened::Failed;
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray additional = magic + count + entries + streamHeader;
    bool finished = false;
    while (!finished) {
        QByteArray length;
        QByteArray cipher;
        if (!readExactly(in, 4, &length)) {
            break; // cut short: no final chunk
        }
        const quint32 size = qFromBigEndian<quint32>(length.constData());
        if (size < crypto_secretstream_xchacha20poly1305_ABYTES ||
            size > kChunk + crypto_secretstream_xchacha20poly1305_ABYTES || !readExactly(in, size, &cipher)) {
            break;
        }
        QByteArray chunk(size - crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, bytesOf(chunk), nullptr, &tag, bytesOf(cipher), size,
                                                       additional.isEmpty() ? nullptr : bytesOf(additional),
                                                       quint64(additional.size())) != 0) {
            break;
        }
        additional.clear();
        if (out.write(chunk) != chunk.size()) {
            *error = tr("%1 cannot be written: %2").arg(plainPath, out.errorString());
            out.cancelWriting();
            return Opened::Failed;
        }
        finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    sodium_memzero(&state, sizeof state);
    // Anything after the final chunk was added by someone else.
    if (!finished || !in.atEnd()) {
        out.cancelWriting();
        *error = damaged;
        return Opened::Damaged;
    }
    if (!out.commit()) {
        *error = tr("%1 cannot be written: %2").arg(plainPath, out.errorString());
        return Opened::Failed;
    }
    return Opened::Yes;
}

} // namespace clearline::crypto
