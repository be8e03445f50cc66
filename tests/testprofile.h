// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/application.h"
#include "core/profile.h"
#include "crypto/identity.h"
#include "ledger/ledger.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace clearline::test {

inline const QString kPassphrase = QStringLiteral("correct horse battery");

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

/// A passphrase source that always gives `passphrase`, and counts the asks.
inline crypto::PassphraseSource fixedPassphrase(const QString &passphrase, int *asks = nullptr)
{
    return [passphrase, asks](crypto::PassphraseRequest request) -> std::optional<QString> {
        if (asks) {
            ++*asks;
        }
        if (request == crypto::PassphraseRequest::UnlockAgain) {
            return std::nullopt;
        }
        return passphrase;
    };
}

/// A throw-away profile with an identity (key in a passphrase file) and an
/// open ledger that trusts it.
struct TestProfile
{
    QTemporaryDir dir;
    core::Profile profile = core::Profile::inDirectory(dir.filePath(QStringLiteral("profile")));
    std::optional<crypto::Identity> identity;
    std::unique_ptr<ledger::Ledger> ledger;

    explicit TestProfile(const QString &name = QStringLiteral("Dana Coach"), const QString &school = {})
    {
        qputenv("CLEARLINE_KEYSTORE", "file");
        QString error;
        // The ledger first, as `clearline init` makes a profile.
        ledger = ledger::Ledger::open(profile, ledger::Database::Mode::ReadWrite, &error);
        // Each person their own address ("dana@district.example" for Dana
        // Coach): ClearLine tells people apart by name and e-mail too.
        const QString email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@district.example");
        identity =
            crypto::Identity::create(profile, {name, email, {}, {}, school}, fixedPassphrase(kPassphrase), &error);
        if (!identity) {
            qFatal("could not make a test identity: %s", qPrintable(error));
        }
        if (!ledger || !ledger->trustKey(identity->info(), QStringLiteral("self"), &error)) {
            qFatal("could not open a test ledger: %s", qPrintable(error));
        }
    }

    ledger::Revision submit(const QJsonObject &payload, const QString &kind = QStringLiteral("memo"))
    {
        QString error;
        const auto revision = ledger->submit(*identity, {kind, {}, {}, {}, payload, {}}, &error);
        if (!revision) {
            qFatal("submit failed: %s", qPrintable(error));
        }
        return *revision;
    }
};

} // namespace clearline::test
