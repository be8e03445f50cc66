// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/bundleformat.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QString>
#include <QTemporaryFile>

#include <memory>

namespace clearline::crypto {
class SigningKey;
}

namespace clearline::sync {

/// Writes one bundle file: add revisions and attachments in the order the
/// receiver must read them, then finish() with the manifest, which the
/// writer completes (counts, chains, payload) and signs.
///
/// The payload is compressed into a temporary file as it comes, and the
/// bundle appears under its name only when whole (QSaveFile renames it), so
/// that a watched folder never shows a half-written bundle.
class BundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(clearline::sync::BundleWriter)

public:
    explicit BundleWriter(QString file);
    ~BundleWriter();
    BundleWriter(const BundleWriter &) = delete;
    BundleWriter &operator=(const BundleWriter &) = delete;

    bool begin(QString *error);
    /// Adds a revision; `line` is its payload line when the caller made it
    /// already (BundleLine::fromStoredRevision), else it is made here. A
    /// revision with `withheld` set goes as a stub (BundleLine::fromWithheld).
    bool addRevision(const ledger::Revision &revision, QString *error, const QByteArray &line = {});
    bool addAttachment(const BundleAttachment &attachment, QString *error);
    /// Completes and signs the manifest and writes the file.
    bool finish(Manifest manifest, const crypto::SigningKey &key, QString *error);

    qint64 revisions() const { return m_revisions; }
    qint64 withheld() const { return m_withheld; }
    qint64 attachments() const { return m_attachments; }
    QMap<QString, qint64> kinds() const { return m_kinds; }

private:
    bool writeLine(const QByteArray &line, QString *error);
    bool compress(const char *data, size_t size, bool end, QString *error);

    QString m_file;
    QTemporaryFile m_payload;
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    QCryptographicHash m_sha256{QCryptographicHash::Sha256};
    qint64 m_payloadBytes = 0;
    qint64 m_textBytes = 0;
    qint64 m_revisions = 0;
    qint64 m_withheld = 0;
    qint64 m_attachments = 0;
    QMap<QString, qint64> m_kinds;
    QHash<QByteArray, ChainSpan> m_chains;
    QList<QByteArray> m_authorOrder;
};

} // namespace clearline::sync
