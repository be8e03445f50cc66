// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/bundleformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

namespace clearline::sync {

/// Reads a bundle file, trusting nothing in it until checked.
///
/// open() reads the format line, the manifest and its signature, and
/// hashes the payload against the manifest before a byte of it is
/// decompressed. next() then yields the lines one at a time, never holding
/// more than one line, and stops the moment the text outgrows what the
/// manifest declared (a compression bomb stops there too).
class BundleReader
{
    Q_DECLARE_TR_FUNCTIONS(clearline::sync::BundleReader)

public:
    explicit BundleReader(QString file);
    ~BundleReader();
    BundleReader(const BundleReader &) = delete;
    BundleReader &operator=(const BundleReader &) = delete;

    /// False with a message for people when the file is not a bundle this
    /// version can read, is damaged, or is not signed by its exporter.
    bool open(QString *error);
    const Manifest &manifest() const { return m_manifest; }
    /// The SHA-256 of the whole file, hex.
    QString fileSha256() const { return m_fileSha256; }

    enum class Item { Revision, Attachment, Line, End, Failed };
    /// The next line as text (Item::Line), for a caller that parses lines
    /// itself, on several threads.
    Item nextLine(QByteArray *line, QString *error);
    /// The next line. At End the payload was read whole and matched the
    /// manifest's sizes.
    Item next(std::optional<ledger::Revision> *revision, std::optional<BundleAttachment> *attachment, QString *error);

    /// The message for a bundle that is damaged in the way detail says.
    QString damaged(const QString &detail) const;

private:
    bool fill(QString *error);

    QString m_file;
    QFile m_input;
    Manifest m_manifest;
    QString m_fileSha256;
    qint64 m_payloadStart = 0;
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    QByteArray m_pending;    ///< decompressed text not yet split into lines
    qsizetype m_pos = 0;     ///< where in m_pending the next line starts
    qsizetype m_scanned = 0; ///< m_pending holds no line end before this
    qint64 m_textRead = 0;
    bool m_inputDone = false;
    bool m_frameDone = false;
    bool m_drained = false; ///< the file and the decompressor are both empty
};

} // namespace clearline::sync
