// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/identitycommand.h"

#include "crypto/identity.h"

#include <QJsonArray>
#include <QTextStream>

namespace clearline::cli {

QString IdentityCommand::name() const
{
    return QStringLiteral("identity");
}

QString IdentityCommand::summary() const
{
    return tr("show who this profile signs as, and the public key district IT and colleagues need (show)");
}

QString IdentityCommand::synopsis() const
{
    return QStringLiteral("show [--profile DIR] [--json]");
}

int IdentityCommand::run(CommandContext &context) const
{
    const QStringList args = context.positional();
    if (args != QStringList{QStringLiteral("show")}) {
        return context.usageError(tr("Use 'clearline identity show'."));
    }
    // Public facts only: nothing here needs the passphrase.
    QString error;
    const std::optional<crypto::IdentityInfo> info = crypto::Identity::readInfo(context.profile(), &error);
    if (!info) {
        return context.fail(error);
    }
    const QString publicKey = QString::fromLatin1(info->publicKey.toBase64());
    if (context.json()) {
        context.printJson({{QStringLiteral("personId"), info->personId},
                           {QStringLiteral("name"), info->name},
                           {QStringLiteral("email"), info->email},
                           {QStringLiteral("roles"), QJsonArray::fromStringList(info->roles)},
                           {QStringLiteral("fingerprint"), info->fingerprint()},
                           {QStringLiteral("publicKey"), publicKey}});
        return Success;
    }
    context.out() << tr("%1 <%2>").arg(info->name, info->email) << '\n'
                  << tr("Key fingerprint: %1").arg(info->fingerprint()) << '\n'
                  << tr("Public key: %1").arg(publicKey) << '\n'
                  << tr("District IT puts your public key in the district's policy to confirm you in a role. A "
                        "colleague who has not had records from you yet can send you some with "
                        "'clearline bundle export --for %1'. Anyone may see it; read the fingerprint aloud to "
                        "check it.")
                         .arg(publicKey)
                  << '\n';
    return Success;
}

} // namespace clearline::cli
