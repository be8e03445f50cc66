// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/bundleexport.h"
#include "sync/bundleimport.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace clearline::crypto {
class Identity;
class SigningKey;
} // namespace clearline::crypto

namespace clearline::sync {

/// A bundle locked for the people it is for (crypto::SealedFile): what the
/// shared folder holds, and what `bundle export` writes. Reading one opens it
/// into a private temporary folder first; a plain bundle from an earlier
/// ClearLine is read as it is.
class SealedBundle
{
    Q_DECLARE_TR_FUNCTIONS(clearline::sync::SealedBundle)

public:
    /// A bundle as a plain file to read, for as long as this object lives.
    struct Plain
    {
        std::shared_ptr<QTemporaryDir> dir; ///< holds the opened copy; empty for a plain bundle
        QString path;
    };
    enum class Problem {
        None,
        NotAddressed, ///< sealed, and not for this person
        Damaged,      ///< sealed, and changed, cut or lengthened since
        Locked,       ///< sealed, and the key to open it is not unlocked
        Failed,       ///< could not be read or opened here
    };

    /// The file itself when it is a plain bundle; an opened copy when it is
    /// sealed to this key. Nothing, with why, otherwise.
    static std::optional<Plain> open(const QString &file, const crypto::SigningKey *key, Problem *problem,
                                     QString *error);
    /// BundleImport::run on a sealed or plain file; the report names `file`.
    static ImportReport import(ledger::Ledger &ledger, const QString &file, const crypto::SigningKey *key,
                               const ImportOptions &options);
    /// Exports as `choice` says and seals the bundle to `readers` (the
    /// exporter is always one of them, so it can read back what it sent).
    static std::optional<ExportResult> write(ledger::Ledger &ledger, const crypto::Identity &exporter,
                                             const std::optional<PackStamp> &pack, const ExportChoice &choice,
                                             const QList<QByteArray> &readers, const QString &file, QString *error);
};

} // namespace clearline::sync
